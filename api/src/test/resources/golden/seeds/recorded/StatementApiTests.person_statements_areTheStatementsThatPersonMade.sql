-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select (
              select count(*) from statement q3 where exists (select 1 from statement_speaker sp4 where sp4.statement_id = q3.id and sp4.person_id = t5.id)
            ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0 desc, t8.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select t8.slug as "slug", (
                      select ('[' || coalesce(string_agg((
                        select row_to_json(r10.*) from (
                          select (
                            select (
                              select row_to_json(r11.*) from (
                                select c12.slug as "slug"
                              ) r11
                            ) from person c12 where c12.id = c13.person_id limit 1
                          ) as "person"
                        ) r10
                      )::text, ',' order by c13.id), '') || ']')::json from (
                        select c13.* from statement_speaker c13 where c13.statement_id = t8.id order by c13.id limit ?
                      ) c13 where true
                    ) as "speakers"
                  ) r9
                ) as l0 from (
                  select q3.*, coalesce(q3.date_latest, q3.date_earliest, '-infinity'::date) as sort_0 from statement q3 where exists (select 1 from statement_speaker sp4 where sp4.statement_id = q3.id and sp4.person_id = t5.id) order by coalesce(q3.date_latest, q3.date_earliest, '-infinity'::date) desc, q3.id desc limit ?
                ) t8
              ) n7
            ) a6
          ) z2
        ) as "statements"
      ) r1
    ) from person t5 where t5.slug = ? limit 1
  )
)::text
-- values: [20,20,"DATE:DESC",10,21,"denise-dresser"]
