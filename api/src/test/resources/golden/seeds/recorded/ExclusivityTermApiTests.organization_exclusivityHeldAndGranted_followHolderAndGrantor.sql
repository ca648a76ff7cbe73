-- aws
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select (
              select count(*) from exclusive_term q3 where q3.holder_id = t4.id
            ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
                select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select coalesce(to_json(t7.slug), '{"$error":0}'::json) as "slug", coalesce(to_json((
                      select (
                        select row_to_json(r9.*) from (
                          select c10.slug as "slug"
                        ) r9
                      ) from organization c10 where c10.id = t7.holder_id limit 1
                    )), '{"$error":1}'::json) as "holder"
                  ) r8
                ) as l0 from (
                  select q3.*, coalesce(q3.valid_from_earliest, q3.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q3 where q3.holder_id = t4.id order by coalesce(q3.valid_from_earliest, q3.valid_from_latest, 'infinity'::date), q3.id limit ?
                ) t7
              ) n6
            ) a5
          ) z2
        ) as "exclusivityHeld", (
          select row_to_json(z11.*) from (
            select (
              select count(*) from exclusive_term q12 where q12.grantor_id = t4.id
            ) as "totalCount" from (
              select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors from (
                select row_number() over (order by t14.sort_0, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as cursor from (
                  select q12.*, coalesce(q12.valid_from_earliest, q12.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q12 where q12.grantor_id = t4.id order by coalesce(q12.valid_from_earliest, q12.valid_from_latest, 'infinity'::date), q12.id limit ?
                ) t14
              ) n13
            ) a15
          ) z11
        ) as "exclusivityGranted"
      ) r1
    ) from organization t4 where t4.slug = ? limit 1
  )
)::text
-- values: [20,20,"VALID_FROM:ASC",21,20,"VALID_FROM:ASC",21,"aws"]
-- openai
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select (
              select count(*) from exclusive_term q3 where q3.holder_id = t4.id
            ) as "totalCount" from (
              select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
                select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor from (
                  select q3.*, coalesce(q3.valid_from_earliest, q3.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q3 where q3.holder_id = t4.id order by coalesce(q3.valid_from_earliest, q3.valid_from_latest, 'infinity'::date), q3.id limit ?
                ) t6
              ) n5
            ) a7
          ) z2
        ) as "exclusivityHeld", (
          select row_to_json(z8.*) from (
            select (
              select count(*) from exclusive_term q9 where q9.grantor_id = t4.id
            ) as "totalCount", ('[' || coalesce(a10.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors, string_agg(n11.l0::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l0 from (
                select row_number() over (order by t12.sort_0, t12.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text)]::text[], t12.id) as cursor, (
                  select row_to_json(r13.*) from (
                    select coalesce(to_json(t12.slug), '{"$error":0}'::json) as "slug", coalesce(to_json((
                      select (
                        select row_to_json(r14.*) from (
                          select c15.slug as "slug"
                        ) r14
                      ) from organization c15 where c15.id = t12.grantor_id limit 1
                    )), '{"$error":1}'::json) as "grantor"
                  ) r13
                ) as l0 from (
                  select q9.*, coalesce(q9.valid_from_earliest, q9.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q9 where q9.grantor_id = t4.id order by coalesce(q9.valid_from_earliest, q9.valid_from_latest, 'infinity'::date), q9.id limit ?
                ) t12
              ) n11
            ) a10
          ) z8
        ) as "exclusivityGranted"
      ) r1
    ) from organization t4 where t4.slug = ? limit 1
  )
)::text
-- values: [20,"VALID_FROM:ASC",21,20,20,"VALID_FROM:ASC",21,"openai"]
