-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", (
          select row_to_json(z3.*) from (
            select (
              select count(*) from statement q4 where exists (select 1 from statement_speaker sp5 where sp5.statement_id = q4.id and sp5.person_id = t2.id)
            ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "nodes", ('[' || coalesce(a6.l1, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0, string_agg(n7.l1::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l1 from (
                select row_number() over (order by t8.sort_0 desc, t8.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select t8.slug as "slug"
                  ) r9
                ) as l0, (
                  select row_to_json(r10.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as "a0"
                  ) r10
                ) as l1 from (
                  select q4.*, coalesce(q4.date_latest, q4.date_earliest, '-infinity'::date) as sort_0 from statement q4 where exists (select 1 from statement_speaker sp5 where sp5.statement_id = q4.id and sp5.person_id = t2.id) order by coalesce(q4.date_latest, q4.date_earliest, '-infinity'::date) desc, q4.id desc limit ?
                ) t8
              ) n7
            ) a6
          ) z3
        ) as "statements"
      ) r1
    ) from person t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,3,3,"DATE:DESC","DATE:DESC",4,"denise-dresser"]
