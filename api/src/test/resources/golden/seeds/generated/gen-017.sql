-- deals
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from deal q2 join deal_timing x3 on x3.deal_id = q2.id where (q2.status = ?) and (exists (select 1 from citation oc4 join source os5 on os5.id = oc4.source_id where oc4.deal_id = q2.id and (strpos(lower(oc4.credited_outlet), lower(?)) > 0 or strpos(lower(os5.publisher), lower(?)) > 0))) and (q2.announced_precision is not null and coalesce(q2.announced_latest, 'infinity'::date) >= cast(? as date)) and (in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE')
      ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
          select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
            select row_to_json(r9.*) from (
              select coalesce(to_json(dg_global_id('Deal', t8.slug)), '{"$error":0}'::json) as "id", t8.title as "a1", t8.kind as "kind", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x10.start_earliest, x10.start_latest, x10.start_precision, x10.end_earliest, x10.end_latest, x10.end_precision) from deal_timing x10 where x10.deal_id = t8.id
              ), 'UNKNOWN')), '{"$error":1}'::json) as "inForce"
            ) r9
          ) as l0 from (
            select q2.*, coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) as in_force from deal q2 join deal_timing x3 on x3.deal_id = q2.id where (q2.status = ?) and (exists (select 1 from citation oc4 join source os5 on os5.id = oc4.source_id where oc4.deal_id = q2.id and (strpos(lower(oc4.credited_outlet), lower(?)) > 0 or strpos(lower(os5.publisher), lower(?)) > 0))) and (q2.announced_precision is not null and coalesce(q2.announced_latest, 'infinity'::date) >= cast(? as date)) and (in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE') order by coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id limit ?
          ) t8
        ) n7
      ) a6
    ) z1
  )
)::text
-- values: ["PLANNED","Cailian Press","Cailian Press","2024-10-01","2015-06-30",3,3,"ANNOUNCED:ASC","2025-10-28","2015-06-30","PLANNED","Cailian Press","Cailian Press","2024-10-01","2015-06-30",4]
-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.deal_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", t4.status as "status", t4.title as "title"
      ) r1
    ) from deal t4 where t4.slug = ? limit 1
  )
)::text
-- values: ["microsoft-openai-partnership"]
