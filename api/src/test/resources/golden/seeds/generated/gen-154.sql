-- activity
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json((count(distinct q2.id) filter (where (case when q2.date_earliest is not null and q2.date_latest is not null and date_trunc('month', q2.date_earliest) = date_trunc('month', q2.date_latest) then to_char(q2.date_earliest, 'YYYY-MM') end) is null))::int), '{"$error":0}'::json) as "notPlaced" from (
        select i3.*, l4.organization_id from (
          select d5.id, d5.announced_earliest as date_earliest, d5.announced_latest as date_latest, d5.announced_precision as date_precision from deal d5
        ) i3 left join (
          select distinct deal_id as id, organization_id from deal_party
        ) l4 on l4.id = i3.id
      ) q2 where true group by ()
    ) r1
  )
)::text
-- values: []
-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.person_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", t5.slug as "slug", coalesce(to_json(dg_global_id('Person', t5.slug)), '{"$error":1}'::json) as "id", (
          select row_to_json(z7.*) from (
            select (
              select row_to_json(r8.*) from (
                select a9.cursors[array_length(a9.cursors, 1)] as "endCursor", a9.cursors[1] as "startCursor", a9.fetched > ? as "hasNextPage", false as "hasPreviousPage"
              ) r8
            ) as "pageInfo", ('[' || coalesce(a9.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                select row_number() over (order by t11.sort_0 desc, t11.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as cursor, (
                  select row_to_json(r12.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as "cursor"
                  ) r12
                ) as l0 from (
                  select q13.*, coalesce(q13.date_latest, q13.date_earliest, '-infinity'::date) as sort_0 from statement q13 where exists (select 1 from statement_speaker sp14 where sp14.statement_id = q13.id and sp14.person_id = t5.id) order by coalesce(q13.date_latest, q13.date_earliest, '-infinity'::date) desc, q13.id desc limit ?
                ) t11
              ) n10
            ) a9
          ) z7
        ) as "statements"
      ) r1
    ) from person t5 where t5.slug = ? limit 1
  )
)::text
-- values: [2,2,2,"DATE:DESC","DATE:DESC",3,"denise-dresser"]
