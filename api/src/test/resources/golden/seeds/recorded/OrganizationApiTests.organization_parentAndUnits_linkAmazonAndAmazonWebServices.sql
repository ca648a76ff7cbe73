-- aws
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select (
            select row_to_json(r2.*) from (
              select c3.slug as "slug", c3.name as "name"
            ) r2
          ) from organization c3 where c3.id = t4.parent_id limit 1
        ) as "parent", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r5.*) from (
              select c6.slug as "slug"
            ) r5
          )::text, ',' order by c6.name, c6.id), '') || ']')::json from (
            select c6.* from organization c6 where c6.parent_id = t4.id order by c6.name, c6.id limit ?
          ) c6 where true
        ) as "units"
      ) r1
    ) from organization t4 where t4.slug = ? limit 1
  )
)::text
-- values: [50,"aws"]
-- amazon
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select (
            select row_to_json(r2.*) from (
              select c3.slug as "slug"
            ) r2
          ) from organization c3 where c3.id = t4.parent_id limit 1
        ) as "parent", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r5.*) from (
              select c6.slug as "slug", c6.name as "name", (
                select (
                  select row_to_json(r7.*) from (
                    select c8.slug as "slug"
                  ) r7
                ) from organization c8 where c8.id = c6.parent_id limit 1
              ) as "parent"
            ) r5
          )::text, ',' order by c6.name, c6.id), '') || ']')::json from (
            select c6.* from organization c6 where c6.parent_id = t4.id order by c6.name, c6.id limit ?
          ) c6 where true
        ) as "units"
      ) r1
    ) from organization t4 where t4.slug = ? limit 1
  )
)::text
-- values: [50,"amazon"]
-- openai
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select (
            select row_to_json(r2.*) from (
              select c3.slug as "slug"
            ) r2
          ) from organization c3 where c3.id = t4.parent_id limit 1
        ) as "parent", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r5.*) from (
              select c6.slug as "slug"
            ) r5
          )::text, ',' order by c6.name, c6.id), '') || ']')::json from (
            select c6.* from organization c6 where c6.parent_id = t4.id order by c6.name, c6.id limit ?
          ) c6 where true
        ) as "units"
      ) r1
    ) from organization t4 where t4.slug = ? limit 1
  )
)::text
-- values: [50,"openai"]
