-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select (
              select count(*) from deal_party q3 where q3.deal_id = t4.id
            ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
                select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select t7.role as "role", coalesce(to_json((
                      select (
                        select row_to_json(r9.*) from (
                          select c10.slug as "slug"
                        ) r9
                      ) from organization c10 where c10.id = t7.organization_id limit 1
                    )), '{"$error":0}'::json) as "organization", coalesce(to_json((
                      select (
                        select row_to_json(r11.*) from (
                          select c12.slug as "slug"
                        ) r11
                      ) from deal c12 where c12.id = t7.deal_id limit 1
                    )), '{"$error":1}'::json) as "deal"
                  ) r8
                ) as l0 from (
                  select q3.*, (q3.role) collate "C" as sort_0 from deal_party q3 where q3.deal_id = t4.id order by (q3.role) collate "C", q3.id limit ?
                ) t7
              ) n6
            ) a5
          ) z2
        ) as "parties"
      ) r1
    ) from deal t4 where t4.slug = ? limit 1
  )
)::text
-- values: [20,20,"ROLE:ASC",21,"amazon-openai-partnership"]
