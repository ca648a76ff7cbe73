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
                      select distinct trim(o9.outlet) collate "C" as outlet from citation c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o9(outlet) where c10.statement_id = t7.id
                    ) o12)), '{"$error":1}'::json) as "corroboration"
                  ) r8
                ) as l0, (
                  select row_to_json(r13.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as "cursor"
                  ) r13
                ) as l1 from (
                  select q14.*, coalesce(q14.date_latest, q14.date_earliest, '-infinity'::date) as sort_0 from statement q14 where (exists (select 1 from (
                    select ss15.statement_id, ss15.organization_id from statement_speaker ss15 where ss15.organization_id is not null union select ss15.statement_id, sp16.organization_id from statement_speaker ss15 join person sp16 on sp16.id = ss15.person_id where sp16.organization_id is not null
                  ) so17 where so17.statement_id = q14.id and so17.organization_id = t3.id)) and ((coalesce(q14.date_latest, q14.date_earliest, '-infinity'::date), q14.id) < (cast(? as date), ?)) order by coalesce(q14.date_latest, q14.date_earliest, '-infinity'::date) desc, q14.id desc limit ?
                ) t7
              ) n6
            ) a5
          ) z4
        ) as "statements", (
          select row_to_json(z18.*) from (
            select (
              select count(*) from exclusivity_term q19 where q19.grantor_id = t3.id
            ) as "totalCount", ('[' || coalesce(a20.l0, '') || ']')::json as "edges", (
              select row_to_json(r21.*) from (
                select a20.fetched > ? as "hasNextPage", a20.cursors[array_length(a20.cursors, 1)] as "endCursor", a20.cursors[1] as "startCursor", false as "a3"
              ) r21
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n22.cursor order by n22.ord) filter (where n22.ord <= ?)) as cursors, string_agg(n22.l0::text, ',' order by n22.ord) filter (where n22.ord <= ?) as l0 from (
                select row_number() over (order by t23.sort_0, t23.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t23.sort_0::text)]::text[], t23.id) as cursor, (
                  select row_to_json(r24.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t23.sort_0::text)]::text[], t23.id) as "cursor"
                  ) r24
                ) as l0 from (
                  select q19.*, coalesce(q19.valid_from_earliest, q19.valid_from_latest, 'infinity'::date) as sort_0 from exclusivity_term q19 where q19.grantor_id = t3.id order by coalesce(q19.valid_from_earliest, q19.valid_from_latest, 'infinity'::date), q19.id limit ?
                ) t23
              ) n22
            ) a20
          ) z18
        ) as "exclusivityGranted"
      ) r1
    ) from organization t3 where lower(t3.name) = lower(?) or exists (select 1 from organization_alias a25 where a25.organization_id = t3.id and lower(a25.value) = lower(?)) order by t3.id limit 1
  )
)::text
-- values: [3,3,3,"DATE:DESC","DATE:DESC","2026-04-13",4,4,3,3,3,"VALID_FROM:ASC","VALID_FROM:ASC",4,"GOOGL","GOOGL"]
