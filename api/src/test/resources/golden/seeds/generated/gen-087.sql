-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.horizon as "horizon", t2.resource as "resource", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.commitment_id = t2.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o3(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", t2.slug as "slug"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["amazon-invests-50b-in-openai-announced"]
-- people
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[1] as "startCursor", false as "hasPreviousPage", a3.cursors[array_length(a3.cursors, 1)] as "endCursor", a3.fetched > ? as "a3"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select coalesce(to_json(dg_global_id('Person', t5.slug)), '{"$error":0}'::json) as "id", t5.role as "role", t5.slug as "slug", (
                select (
                  select row_to_json(r7.*) from (
                    select coalesce(to_json(array(select a8.value from organization_alias a8 where a8.organization_id = c9.id and a8.kind = 'TICKER' order by a8.value limit 100)), '{"$error":1}'::json) as "tickers", c9.description as "description"
                  ) r7
                ) from organization c9 where c9.id = t5.organization_id limit 1
              ) as "organization"
            ) r6
          ) as l0 from (
            select q10.*, (lower(q10.name)) collate "C" as sort_0 from person q10 where q10.organization_id = (
              select s11.id from organization s11 where s11.slug = ?
            ) order by (lower(q10.name)) collate "C", q10.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [2,2,2,"NAME:ASC","microsoft",3]
