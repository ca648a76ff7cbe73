-- r1
select (
  '{"$error":0}'::json
)::text
-- values: []
-- events
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from event q2 where (exists (select 1 from citation oc3 join source os4 on os4.id = oc3.source_id where oc3.event_id = q2.id and (strpos(lower(oc3.credited_outlet), lower(?)) > 0 or strpos(lower(os4.publisher), lower(?)) > 0))) and (q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date))
      ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
          select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
            select row_to_json(r8.*) from (
              select t7.slug as "slug", coalesce(to_json(dg_global_id('Event', t7.slug)), '{"$error":0}'::json) as "id", t7.title as "title", coalesce(to_json(array(select o9.outlet from (
                select distinct trim(o10.outlet) collate "C" as outlet from (
                  select cc11.source_id, cc11.credited_outlet, bool_or(cc11.credited_outlet is not null) over (partition by cc11.source_id) as credits from citation cc11 where cc11.event_id = t7.id
                ) c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') when c12.credits then array[]::text[] else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o10(outlet)
              ) o9 order by 1 limit 100)), '{"$error":1}'::json) as "outlets"
            ) r8
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from event q2 where (exists (select 1 from citation oc3 join source os4 on os4.id = oc3.source_id where oc3.event_id = q2.id and (strpos(lower(oc3.credited_outlet), lower(?)) > 0 or strpos(lower(os4.publisher), lower(?)) > 0))) and (q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date)) and ((coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id) > (cast(? as date), ?)) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t7
        ) n6
      ) a5
    ) z1
  )
)::text
-- values: ["“OpenAI Shifts Strategic Focus Toward Amazon Amid Microsoft Friction”","“OpenAI Shifts Strategic Focus Toward Amazon Amid Microsoft Friction”","2026-05-01",2,2,"DATE:ASC","“OpenAI Shifts Strategic Focus Toward Amazon Amid Microsoft Friction”","“OpenAI Shifts Strategic Focus Toward Amazon Amid Microsoft Friction”","2026-05-01","2025-01-21",7,3]
