-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.role as "role", t2.name as "name", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.person_id = t2.id
        ) o6)), '{"$error":0}'::json) as "corroboration", t2.slug as "slug", (
          select row_to_json(z7.*) from (
            select (
              select row_to_json(r8.*) from (
                select a9.cursors[1] as "startCursor", false as "hasPreviousPage"
              ) r8
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors from (
                select row_number() over (order by t11.sort_0 desc, t11.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as cursor from (
                  select q12.*, coalesce(q12.date_latest, q12.date_earliest, '-infinity'::date) as sort_0 from statement q12 where exists (select 1 from statement_speaker sp13 where sp13.statement_id = q12.id and sp13.person_id = t2.id) order by coalesce(q12.date_latest, q12.date_earliest, '-infinity'::date) desc, q12.id desc limit ?
                ) t11
              ) n10
            ) a9
          ) z7
        ) as "statements"
      ) r1
    ) from person t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,"DATE:DESC",4,"aisha-haddad-351"]
