-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select a2.value from organization_alias a2 where a2.organization_id = t3.id and a2.kind = 'TICKER' order by a2.value limit 100)), '{"$error":0}'::json) as "tickers", (
          select row_to_json(z4.*) from (
            select ('[' || coalesce(a5.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
                select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as "cursor", null::text as "inForce"
                  ) r8
                ) as l0 from (
                  select q9.*, coalesce(q9.date_earliest, q9.date_latest, 'infinity'::date) as sort_0 from commitment q9 where (q9.recipient_id = t3.id) and ((coalesce(q9.date_earliest, q9.date_latest, 'infinity'::date), q9.id) > (cast(? as date), ?)) order by coalesce(q9.date_earliest, q9.date_latest, 'infinity'::date), q9.id limit ?
                ) t7
              ) n6
            ) a5
          ) z4
        ) as "commitmentsReceived", (
          select row_to_json(z10.*) from (
            select ('[' || coalesce(a11.l0, '') || ']')::json as "nodes", (
              select row_to_json(r12.*) from (
                select a11.fetched > ? as "hasNextPage", false as "hasPreviousPage", a11.cursors[array_length(a11.cursors, 1)] as "endCursor", a11.cursors[1] as "startCursor"
              ) r12
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors, string_agg(n13.l0::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l0 from (
                select row_number() over (order by t14.sort_0 desc, t14.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as cursor, (
                  select row_to_json(r15.*) from (
                    select t14.slug as "slug", coalesce(to_json(array(select o16.outlet from (
                      select distinct trim(o17.outlet) collate "C" as outlet from (
                        select cc18.source_id, cc18.credited_outlet, bool_or(cc18.credited_outlet is not null) over (partition by cc18.source_id) as credits from citation cc18 where cc18.statement_id = t14.id
                      ) c19 join source s20 on s20.id = c19.source_id cross join lateral unnest(case when c19.credited_outlet is not null then string_to_array(c19.credited_outlet, ',') when c19.credits then array[]::text[] else array[coalesce(s20.publisher, s20.author, '“' || s20.title || '”')] end) as o17(outlet)
                    ) o16 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", t14.quote as "quote", t14.channel as "channel"
                  ) r15
                ) as l0 from (
                  select q21.*, coalesce(q21.date_latest, q21.date_earliest, '-infinity'::date) as sort_0 from statement q21 where exists (select 1 from (
                    select ss22.statement_id, ss22.organization_id from statement_speaker ss22 where ss22.organization_id is not null union select ss22.statement_id, sp23.organization_id from statement_speaker ss22 join person sp23 on sp23.id = ss22.person_id where sp23.organization_id is not null
                  ) so24 where so24.statement_id = q21.id and so24.organization_id = t3.id) order by coalesce(q21.date_latest, q21.date_earliest, '-infinity'::date) desc, q21.id desc limit ?
                ) t14
              ) n13
            ) a11
          ) z10
        ) as "statements"
      ) r1
    ) from organization t3 where t3.slug = ? limit 1
  )
)::text
-- values: [3,3,"DATE:ASC","DATE:ASC","2015-07-01",10002411,4,20,20,20,"DATE:DESC",21,"beacon-analytics-267"]
