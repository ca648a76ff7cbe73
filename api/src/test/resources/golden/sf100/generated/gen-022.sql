-- r1
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.title as "title", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x6.start_earliest, x6.start_latest, x6.start_precision, x6.end_earliest, x6.end_latest, x6.end_precision) from deal_timing x6 where x6.deal_id = t4.id
              ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", t4.status as "status", coalesce(to_json(array(select o7.outlet from (
                select distinct trim(o8.outlet) collate "C" as outlet from (
                  select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.deal_id = t4.id
                ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
              ) o7 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (case when t4.announced_precision is null then null else (
                select row_to_json(r12.*) from (
                  select coalesce(to_json(t4.announced_precision), '{"$error":2}'::json) as "precision"
                ) r12
              ) end) as "announced"
            ) r5
          ) as l0 from (
            select q13.*, coalesce(q13.announced_earliest, q13.announced_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x14.start_earliest, x14.start_latest, x14.start_precision, x14.end_earliest, x14.end_latest, x14.end_precision) as in_force from deal q13 join deal_timing x14 on x14.deal_id = q13.id where in_force(cast(? as date), x14.start_earliest, x14.start_latest, x14.start_precision, x14.end_earliest, x14.end_latest, x14.end_precision) <> 'FALSE' order by coalesce(q13.announced_earliest, q13.announced_latest, 'infinity'::date), q13.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"ANNOUNCED:ASC","2015-07-01","2015-06-30","2015-06-30",21]
