-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(t2.slug), '{"$error":0}'::json) as "a0", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.exclusivity_term_id = t2.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o3(outlet)
        ) o7)), '{"$error":1}'::json) as "corroboration", coalesce(to_json(coalesce((
          select in_force(cast(? as date), x8.start_earliest, x8.start_latest, x8.start_precision, x8.end_earliest, x8.end_latest, x8.end_precision) from exclusivity_term_timing x8 where x8.term_id = t2.id
        ), 'UNKNOWN')), '{"$error":2}'::json) as "a2", coalesce(to_json(array(select o9.outlet from (
          select distinct trim(o10.outlet) collate "C" as outlet from (
            select cc11.source_id, cc11.credited_outlet, bool_or(cc11.credited_outlet is not null) over (partition by cc11.source_id) as credits from citation cc11 where cc11.exclusivity_term_id = t2.id
          ) c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') when c12.credits then array[]::text[] else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o10(outlet)
        ) o9 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", (
          select (
            select row_to_json(r14.*) from (
              select c15.status as "status", (case when c15.ended_precision is null then null else (
                select row_to_json(r16.*) from (
                  select coalesce(to_json(c15.ended_text), '{"$error":4}'::json) as "text", coalesce(to_json(c15.ended_precision), '{"$error":5}'::json) as "precision"
                ) r16
              ) end) as "ended"
            ) r14
          ) from deal c15 where c15.id = t2.deal_id limit 1
        ) as "deal"
      ) r1
    ) from exclusive_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2019-07-22","exclusivity-9884"]
