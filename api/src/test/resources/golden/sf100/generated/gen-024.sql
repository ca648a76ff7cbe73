-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.role as "role", t2.name as "name", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.person_id = t2.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o3(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", t2.slug as "slug", (
          select row_to_json(z8.*) from (
            select (
              select row_to_json(r9.*) from (
                select a10.cursors[1] as "startCursor", false as "hasPreviousPage"
              ) r9
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors from (
                select row_number() over (order by t12.sort_0 desc, t12.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text)]::text[], t12.id) as cursor from (
                  select q13.*, coalesce(q13.date_latest, q13.date_earliest, '-infinity'::date) as sort_0 from statement q13 where exists (select 1 from statement_speaker sp14 where sp14.statement_id = q13.id and sp14.person_id = t2.id) order by coalesce(q13.date_latest, q13.date_earliest, '-infinity'::date) desc, q13.id desc limit ?
                ) t12
              ) n11
            ) a10
          ) z8
        ) as "statements"
      ) r1
    ) from person t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,"DATE:DESC",4,"aisha-haddad-351"]
