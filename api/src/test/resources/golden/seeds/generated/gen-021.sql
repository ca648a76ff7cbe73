-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.content_sha256 as "a0", coalesce(to_json(dg_global_id('Source', t2.slug)), '{"$error":0}'::json) as "id", t2.file_name as "a2", (case when t2.published_precision is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(t2.published_precision), '{"$error":1}'::json) as "precision"
          ) r3
        ) end) as "published"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["openai-signals-strategic-shift-from-microsoft-to-amazon"]
-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 join commitment_timing x3 on x3.commitment_id = q2.id where (q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date)) and (exists (select 1 from citation oc4 join source os5 on os5.id = oc4.source_id where oc4.commitment_id = q2.id and (strpos(lower(oc4.credited_outlet), lower(?)) > 0 or strpos(lower(os5.publisher), lower(?)) > 0))) and (q2.modality = ?) and (in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE')
      ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
          select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
            select row_to_json(r9.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as "cursor", t8.in_force as "inForce"
            ) r9
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) as in_force from commitment q2 join commitment_timing x3 on x3.commitment_id = q2.id where (q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date)) and (exists (select 1 from citation oc4 join source os5 on os5.id = oc4.source_id where oc4.commitment_id = q2.id and (strpos(lower(oc4.credited_outlet), lower(?)) > 0 or strpos(lower(os5.publisher), lower(?)) > 0))) and (q2.modality = ?) and (in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE') and ((coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id) > (cast(? as date), ?)) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t8
        ) n7
      ) a6
    ) z1
  )
)::text
-- values: ["2026-04-28","cnbc.com","cnbc.com","PLANNED","2026-04-01",8,8,"DATE:ASC","DATE:ASC","2026-04-01","2026-04-28","cnbc.com","cnbc.com","PLANNED","2026-04-01","2025-01-21",9,9]
