-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(t2.slug), '{"$error":0}'::json) as "slug", (
          select (
            select row_to_json(r3.*) from (
              select coalesce(to_json(dg_global_id('Event', c4.slug)), '{"$error":1}'::json) as "id", c4.description as "a1", coalesce(to_json(array(select o5.outlet from (
                select distinct trim(o6.outlet) collate "C" as outlet from (
                  select cc7.source_id, cc7.credited_outlet, bool_or(cc7.credited_outlet is not null) over (partition by cc7.source_id) as credits from citation cc7 where cc7.event_id = c4.id
                ) c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') when c8.credits then array[]::text[] else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o6(outlet)
              ) o5 order by 1 limit 100)), '{"$error":2}'::json) as "outlets"
            ) r3
          ) from event c4 where c4.id = t2.superseded_by_event_id limit 1
        ) as "supersededByEvent", (case when t2.valid_from_precision is null then null else (
          select row_to_json(r10.*) from (
            select t2.valid_from_earliest as "earliest", coalesce(to_json(t2.valid_from_precision), '{"$error":3}'::json) as "precision", t2.valid_from_latest as "latest"
          ) r10
        ) end) as "validFrom"
      ) r1
    ) from exclusive_term t2 where t2.slug = ? limit 1
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
                select distinct trim(o5.outlet) collate "C" as outlet from (
                  select cc6.source_id, cc6.credited_outlet, bool_or(cc6.credited_outlet is not null) over (partition by cc6.source_id) as credits from citation cc6 where cc6.deal_id = c7.id
                ) c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') when c8.credits then array[]::text[] else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o5(outlet)
              ) o4 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x10.start_earliest, x10.start_latest, x10.start_precision, x10.end_earliest, x10.end_latest, x10.end_precision) from deal_timing x10 where x10.deal_id = c7.id
              ), 'UNKNOWN')), '{"$error":1}'::json) as "inForce"
            ) r3
          ) from deal c7 where c7.id = t2.deal_id limit 1
        ) as "deal"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2026-05-01","event-7924-1"]
