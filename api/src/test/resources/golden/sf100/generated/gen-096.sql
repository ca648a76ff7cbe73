-- node
select (
  (
    select (
      select row_to_json(r1.*) from (
        select 'Organization'::text as "__typename"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["apex-ai-279"]
-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select false as "hasPreviousPage"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor", null::text as "inForce", (
                select row_to_json(r7.*) from (
                  select coalesce(to_json((select count(*)::int from (
                    select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.commitment_id = t5.id
                  ) o11)), '{"$error":0}'::json) as "corroboration", t5.modality as "modality", coalesce(to_json((
                    select (
                      select row_to_json(r12.*) from (
                        select c13.kind as "kind", coalesce(to_json(array(select a14.value from organization_alias a14 where a14.organization_id = c13.id and a14.kind = 'ALIAS' order by a14.value limit 100)), '{"$error":1}'::json) as "aliases"
                      ) r12
                    ) from organization c13 where c13.id = t5.committer_id limit 1
                  )), '{"$error":2}'::json) as "committer"
                ) r7
              ) as "node"
            ) r6
          ) as l0 from (
            select q15.*, coalesce(q15.date_earliest, q15.date_latest, 'infinity'::date) as sort_0 from commitment q15 where true order by coalesce(q15.date_earliest, q15.date_latest, 'infinity'::date), q15.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [5,5,"DATE:ASC","DATE:ASC",6]
