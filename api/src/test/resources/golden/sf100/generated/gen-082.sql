-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.exclusivity_term_id = t6.id
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", (
          select (
            select row_to_json(r7.*) from (
              select c8.slug as "slug", coalesce(to_json(array(select o9.outlet from (
                select distinct trim(o10.outlet) collate "C" as outlet from citation c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o10(outlet) where c11.exclusivity_term_id = c8.id
              ) o9 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
                select (
                  select row_to_json(r13.*) from (
                    select c14.status as "status"
                  ) r13
                ) from exclusivity_term c14 where c14.id = c8.superseded_by_term_id limit 1
              ) as "supersededBy"
            ) r7
          ) from exclusivity_term c8 where c8.id = t6.superseded_by_term_id limit 1
        ) as "supersededBy", (
          select (
            select row_to_json(r15.*) from (
              select coalesce(to_json(array(select o16.outlet from (
                select distinct trim(o17.outlet) collate "C" as outlet from citation c18 join source s19 on s19.id = c18.source_id cross join lateral unnest(case when c18.credited_outlet is not null then string_to_array(c18.credited_outlet, ',') else array[coalesce(s19.publisher, s19.author, '“' || s19.title || '”')] end) as o17(outlet) where c18.event_id = c20.id
              ) o16 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", c20.slug as "slug", coalesce(to_json(dg_global_id('Event', c20.slug)), '{"$error":3}'::json) as "id", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r21.*) from (
                    select c22.description as "description", coalesce(to_json(dg_global_id('Organization', c22.slug)), '{"$error":4}'::json) as "id"
                  ) r21
                )::text, ',' order by c22.name, c22.id), '') || ']')::json from (
                  select c22.* from organization c22 where exists (select 1 from event_organization eo23 where eo23.event_id = c20.id and eo23.organization_id = c22.id) order by c22.name, c22.id limit ?
                ) c22 where true
              ) as "organizations"
            ) r15
          ) from event c20 where c20.id = t6.superseded_by_event_id limit 1
        ) as "supersededByEvent"
      ) r1
    ) from exclusivity_term t6 where t6.slug = ? limit 1
  )
)::text
-- values: [20,"exclusivity-1164"]
