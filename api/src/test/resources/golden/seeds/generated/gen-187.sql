-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.kind as "kind", coalesce(to_json(array(select a3.value from organization_alias a3 where a3.organization_id = t2.id and a3.kind = 'TICKER' order by a3.value limit 100)), '{"$error":0}'::json) as "tickers", (
          select row_to_json(z4.*) from (
            select (
              select count(*) from statement q5 where exists (select 1 from (
                select ss6.statement_id, ss6.organization_id from statement_speaker ss6 where ss6.organization_id is not null union select ss6.statement_id, sp7.organization_id from statement_speaker ss6 join person sp7 on sp7.id = ss6.person_id where sp7.organization_id is not null
              ) so8 where so8.statement_id = q5.id and so8.organization_id = t2.id)
            ) as "totalCount", ('[' || coalesce(a9.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                select row_number() over (order by t11.sort_0 desc, t11.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as cursor, (
                  select row_to_json(r12.*) from (
                    select coalesce(to_json((select count(*)::int from (
                      select distinct trim(o13.outlet) collate "C" as outlet from (
                        select cc14.source_id, cc14.credited_outlet, bool_or(cc14.credited_outlet is not null) over (partition by cc14.source_id) as credits from citation cc14 where cc14.statement_id = t11.id
                      ) c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') when c15.credits then array[]::text[] else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o13(outlet)
                    ) o17)), '{"$error":1}'::json) as "corroboration", t11.slug as "a1"
                  ) r12
                ) as l0 from (
                  select q5.*, coalesce(q5.date_latest, q5.date_earliest, '-infinity'::date) as sort_0 from statement q5 where exists (select 1 from (
                    select ss6.statement_id, ss6.organization_id from statement_speaker ss6 where ss6.organization_id is not null union select ss6.statement_id, sp7.organization_id from statement_speaker ss6 join person sp7 on sp7.id = ss6.person_id where sp7.organization_id is not null
                  ) so8 where so8.statement_id = q5.id and so8.organization_id = t2.id) order by coalesce(q5.date_latest, q5.date_earliest, '-infinity'::date) desc, q5.id desc limit ?
                ) t11
              ) n10
            ) a9
          ) z4
        ) as "statements"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,2,"DATE:DESC",3,"mgx"]
