-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.exclusivity_term_id = t5.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o3(outlet)
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", (
          select (
            select row_to_json(r8.*) from (
              select coalesce(to_json(c9.slug), '{"$error":1}'::json) as "slug", coalesce(to_json(array(select o10.outlet from (
                select distinct trim(o11.outlet) collate "C" as outlet from (
                  select cc12.source_id, cc12.credited_outlet, bool_or(cc12.credited_outlet is not null) over (partition by cc12.source_id) as credits from citation cc12 where cc12.exclusivity_term_id = c9.id
                ) c13 join source s14 on s14.id = c13.source_id cross join lateral unnest(case when c13.credited_outlet is not null then string_to_array(c13.credited_outlet, ',') when c13.credits then array[]::text[] else array[coalesce(s14.publisher, s14.author, '“' || s14.title || '”')] end) as o11(outlet)
              ) o10 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", (
                select (
                  select row_to_json(r15.*) from (
                    select coalesce(to_json(c16.status), '{"$error":3}'::json) as "status"
                  ) r15
                ) from exclusive_term c16 where c16.id = c9.superseded_by_term_id limit 1
              ) as "supersededBy"
            ) r8
          ) from exclusive_term c9 where c9.id = t5.superseded_by_term_id limit 1
        ) as "supersededBy", (
          select (
            select row_to_json(r17.*) from (
              select coalesce(to_json(array(select o18.outlet from (
                select distinct trim(o19.outlet) collate "C" as outlet from (
                  select cc20.source_id, cc20.credited_outlet, bool_or(cc20.credited_outlet is not null) over (partition by cc20.source_id) as credits from citation cc20 where cc20.event_id = c21.id
                ) c22 join source s23 on s23.id = c22.source_id cross join lateral unnest(case when c22.credited_outlet is not null then string_to_array(c22.credited_outlet, ',') when c22.credits then array[]::text[] else array[coalesce(s23.publisher, s23.author, '“' || s23.title || '”')] end) as o19(outlet)
              ) o18 order by 1 limit 100)), '{"$error":4}'::json) as "outlets", c21.slug as "slug", coalesce(to_json(dg_global_id('Event', c21.slug)), '{"$error":5}'::json) as "id", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r24.*) from (
                    select c25.description as "description", coalesce(to_json(dg_global_id('Organization', c25.slug)), '{"$error":6}'::json) as "id"
                  ) r24
                )::text, ',' order by c25.name, c25.id), '') || ']')::json from (
                  select c25.* from organization c25 where exists (select 1 from event_organization eo26 where eo26.event_id = c21.id and eo26.organization_id = c25.id) order by c25.name, c25.id limit ?
                ) c25 where true
              ) as "organizations"
            ) r17
          ) from event c21 where c21.id = t5.superseded_by_event_id limit 1
        ) as "supersededByEvent"
      ) r1
    ) from exclusive_term t5 where t5.slug = ? limit 1
  )
)::text
-- values: [20,"exclusivity-1164"]
