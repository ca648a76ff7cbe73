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
                    select distinct trim(o8.outlet) collate "C" as outlet from (
                      select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.commitment_id = t5.id
                    ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
                  ) o12)), '{"$error":0}'::json) as "corroboration", t5.modality as "modality", coalesce(to_json((
                    select (
                      select row_to_json(r13.*) from (
                        select c14.kind as "kind", coalesce(to_json(array(select a15.value from organization_alias a15 where a15.organization_id = c14.id and a15.kind = 'ALIAS' order by a15.value limit 100)), '{"$error":1}'::json) as "aliases"
                      ) r13
                    ) from organization c14 where c14.id = t5.committer_id limit 1
                  )), '{"$error":2}'::json) as "committer"
                ) r7
              ) as "node"
            ) r6
          ) as l0 from (
            select q16.*, coalesce(q16.date_earliest, q16.date_latest, 'infinity'::date) as sort_0 from commitment q16 where true order by coalesce(q16.date_earliest, q16.date_latest, 'infinity'::date), q16.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [5,5,"DATE:ASC","DATE:ASC",6]
