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
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.person_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", t4.slug as "slug", coalesce(to_json(dg_global_id('Person', t4.slug)), '{"$error":1}'::json) as "id", (
          select row_to_json(z8.*) from (
            select (
              select row_to_json(r9.*) from (
                select a10.cursors[array_length(a10.cursors, 1)] as "endCursor", a10.cursors[1] as "startCursor", a10.fetched > ? as "hasNextPage", false as "hasPreviousPage"
              ) r9
            ) as "pageInfo", ('[' || coalesce(a10.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors, string_agg(n11.l0::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l0 from (
                select row_number() over (order by t12.sort_0 desc, t12.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text)]::text[], t12.id) as cursor, (
                  select row_to_json(r13.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text)]::text[], t12.id) as "cursor"
                  ) r13
                ) as l0 from (
                  select q14.*, coalesce(q14.date_latest, q14.date_earliest, '-infinity'::date) as sort_0 from statement q14 where exists (select 1 from statement_speaker sp15 where sp15.statement_id = q14.id and sp15.person_id = t4.id) order by coalesce(q14.date_latest, q14.date_earliest, '-infinity'::date) desc, q14.id desc limit ?
                ) t12
              ) n11
            ) a10
          ) z8
        ) as "statements"
      ) r1
    ) from person t4 where t4.slug = ? limit 1
  )
)::text
-- values: [2,2,2,"DATE:DESC","DATE:DESC",3,"denise-dresser"]
