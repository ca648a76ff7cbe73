-- partnership
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select (
            select row_to_json(r2.*) from (
              select c3.slug as "slug"
            ) r2
          ) from deal c3 where c3.id = t4.parent_id limit 1
        ) as "parent", (
          select row_to_json(z5.*) from (
            select (
              select count(*) from deal q6 where q6.parent_id = t4.id
            ) as "totalCount", ('[' || coalesce(a7.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
                select row_number() over (order by t9.sort_0, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
                  select row_to_json(r10.*) from (
                    select t9.slug as "slug", (
                      select (
                        select row_to_json(r11.*) from (
                          select c12.slug as "slug"
                        ) r11
                      ) from deal c12 where c12.id = t9.parent_id limit 1
                    ) as "parent"
                  ) r10
                ) as l0 from (
                  select q6.*, coalesce(q6.announced_earliest, q6.announced_latest, 'infinity'::date) as sort_0 from deal q6 where q6.parent_id = t4.id order by coalesce(q6.announced_earliest, q6.announced_latest, 'infinity'::date), q6.id limit ?
                ) t9
              ) n8
            ) a7
          ) z5
        ) as "subDeals"
      ) r1
    ) from deal t4 where t4.slug = ? limit 1
  )
)::text
-- values: [20,20,"ANNOUNCED:ASC",21,"amazon-openai-partnership"]
-- restructuring
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select (
            select row_to_json(r2.*) from (
              select c3.slug as "slug", c3.title as "title", (
                select row_to_json(z4.*) from (
                  select ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
                      select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
                        select row_to_json(r8.*) from (
                          select t7.slug as "slug"
                        ) r8
                      ) as l0 from (
                        select q9.*, coalesce(q9.announced_earliest, q9.announced_latest, 'infinity'::date) as sort_0 from deal q9 where q9.parent_id = c3.id order by coalesce(q9.announced_earliest, q9.announced_latest, 'infinity'::date), q9.id limit ?
                      ) t7
                    ) n6
                  ) a5
                ) z4
              ) as "subDeals"
            ) r2
          ) from deal c3 where c3.id = t10.parent_id limit 1
        ) as "parent", (
          select row_to_json(z11.*) from (
            select (
              select count(*) from deal q12 where q12.parent_id = t10.id
            ) as "totalCount" from (
              select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors from (
                select row_number() over (order by t14.sort_0, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as cursor from (
                  select q12.*, coalesce(q12.announced_earliest, q12.announced_latest, 'infinity'::date) as sort_0 from deal q12 where q12.parent_id = t10.id order by coalesce(q12.announced_earliest, q12.announced_latest, 'infinity'::date), q12.id limit ?
                ) t14
              ) n13
            ) a15
          ) z11
        ) as "subDeals"
      ) r1
    ) from deal t10 where t10.slug = ? limit 1
  )
)::text
-- values: [20,20,"ANNOUNCED:ASC",21,20,"ANNOUNCED:ASC",21,"microsoft-openai-restructuring-2026-04"]
