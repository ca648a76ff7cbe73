-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.kind as "kind", coalesce(to_json((case when t2.date_precision is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(dg_fuzzy_display(t2.date_earliest, t2.date_latest, t2.date_precision)), '{"$error":0}'::json) as "display", coalesce(to_json(t2.date_text), '{"$error":1}'::json) as "text", coalesce(to_json(t2.date_precision), '{"$error":2}'::json) as "a2", t2.date_earliest as "earliest"
          ) r3
        ) end)), '{"$error":3}'::json) as "date"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["microsoft-openai-restructuring-2026-04-announced"]
-- organizationByName
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select a2.value from organization_alias a2 where a2.organization_id = t3.id and a2.kind = 'TICKER' order by a2.value limit 100)), '{"$error":0}'::json) as "tickers", (
          select row_to_json(z4.*) from (
            select ('[' || coalesce(a5.l0, '') || ']')::json as "nodes", ('[' || coalesce(a5.l1, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0, string_agg(n6.l1::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l1 from (
                select row_number() over (order by t7.sort_0 desc, t7.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select t7.slug as "slug", coalesce(to_json((select count(*)::int from (
                      select distinct trim(o9.outlet) collate "C" as outlet from (
                        select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.statement_id = t7.id
                      ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
                    ) o13)), '{"$error":1}'::json) as "corroboration"
                  ) r8
                ) as l0, (
                  select row_to_json(r14.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as "cursor"
                  ) r14
                ) as l1 from (
                  select q15.*, coalesce(q15.date_latest, q15.date_earliest, '-infinity'::date) as sort_0 from statement q15 where (exists (select 1 from (
                    select ss16.statement_id, ss16.organization_id from statement_speaker ss16 where ss16.organization_id is not null union select ss16.statement_id, sp17.organization_id from statement_speaker ss16 join person sp17 on sp17.id = ss16.person_id where sp17.organization_id is not null
                  ) so18 where so18.statement_id = q15.id and so18.organization_id = t3.id)) and ((coalesce(q15.date_latest, q15.date_earliest, '-infinity'::date), q15.id) < (cast(? as date), ?)) order by coalesce(q15.date_latest, q15.date_earliest, '-infinity'::date) desc, q15.id desc limit ?
                ) t7
              ) n6
            ) a5
          ) z4
        ) as "statements", (
          select row_to_json(z19.*) from (
            select (
              select count(*) from exclusive_term q20 where q20.grantor_id = t3.id
            ) as "totalCount", ('[' || coalesce(a21.l0, '') || ']')::json as "edges", (
              select row_to_json(r22.*) from (
                select a21.fetched > ? as "hasNextPage", a21.cursors[array_length(a21.cursors, 1)] as "endCursor", a21.cursors[1] as "startCursor", false as "a3"
              ) r22
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n23.cursor order by n23.ord) filter (where n23.ord <= ?)) as cursors, string_agg(n23.l0::text, ',' order by n23.ord) filter (where n23.ord <= ?) as l0 from (
                select row_number() over (order by t24.sort_0, t24.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t24.sort_0::text)]::text[], t24.id) as cursor, (
                  select row_to_json(r25.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t24.sort_0::text)]::text[], t24.id) as "cursor"
                  ) r25
                ) as l0 from (
                  select q20.*, coalesce(q20.valid_from_earliest, q20.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q20 where q20.grantor_id = t3.id order by coalesce(q20.valid_from_earliest, q20.valid_from_latest, 'infinity'::date), q20.id limit ?
                ) t24
              ) n23
            ) a21
          ) z19
        ) as "exclusivityGranted"
      ) r1
    ) from organization t3 where lower(t3.name) = lower(?) or exists (select 1 from organization_alias a26 where a26.organization_id = t3.id and lower(a26.value) = lower(?)) order by t3.id limit 1
  )
)::text
-- values: [3,3,3,"DATE:DESC","DATE:DESC","2026-04-13",4,4,3,3,3,"VALID_FROM:ASC","VALID_FROM:ASC",4,"GOOGL","GOOGL"]
