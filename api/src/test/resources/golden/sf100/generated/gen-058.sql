-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", (
          select (
            select row_to_json(r3.*) from (
              select coalesce(to_json(dg_global_id('Event', c4.slug)), '{"$error":0}'::json) as "id", c4.description as "a1", coalesce(to_json(array(select o5.outlet from (
                select distinct trim(o6.outlet) collate "C" as outlet from citation c7 join source s8 on s8.id = c7.source_id cross join lateral unnest(case when c7.credited_outlet is not null then string_to_array(c7.credited_outlet, ',') else array[coalesce(s8.publisher, s8.author, '“' || s8.title || '”')] end) as o6(outlet) where c7.event_id = c4.id
              ) o5 order by 1 limit 100)), '{"$error":1}'::json) as "outlets"
            ) r3
          ) from event c4 where c4.id = t2.superseded_by_event_id limit 1
        ) as "supersededByEvent", (case when t2.valid_from_precision is null then null else (
          select row_to_json(r9.*) from (
            select t2.valid_from_earliest as "earliest", coalesce(to_json(t2.valid_from_precision), '{"$error":2}'::json) as "precision", t2.valid_from_latest as "latest"
          ) r9
        ) end) as "validFrom"
      ) r1
    ) from exclusivity_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["exclusivity-8671"]
-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.description as "description", (
          select (
            select row_to_json(r3.*) from (
              select coalesce(to_json(array(select o4.outlet from (
                select distinct trim(o5.outlet) collate "C" as outlet from citation c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o5(outlet) where c6.deal_id = c8.id
              ) o4 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) from deal_timing x9 where x9.deal_id = c8.id
              ), 'UNKNOWN')), '{"$error":1}'::json) as "inForce"
            ) r3
          ) from deal c8 where c8.id = t2.deal_id limit 1
        ) as "deal"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2026-05-01","event-7924-1"]
