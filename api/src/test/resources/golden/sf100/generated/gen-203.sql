-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select a2.value from organization_alias a2 where a2.organization_id = t3.id and a2.kind = 'ALIAS' order by a2.value limit 100)), '{"$error":0}'::json) as "aliases", t3.name as "name", coalesce(to_json(dg_global_id('Organization', t3.slug)), '{"$error":1}'::json) as "id", (
          select row_to_json(z4.*) from (
            select (
              select count(*) from exclusive_term q5 where q5.holder_id = t3.id
            ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "edges", (
              select row_to_json(r7.*) from (
                select a6.fetched > ? as "hasNextPage"
              ) r7
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
                select row_number() over (order by t9.sort_0, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
                  select row_to_json(r10.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as "cursor", null::text as "inForce", (
                      select row_to_json(r11.*) from (
                        select coalesce(to_json(t9.status), '{"$error":2}'::json) as "status", coalesce(to_json(array(select o12.outlet from (
                          select distinct trim(o13.outlet) collate "C" as outlet from (
                            select cc14.source_id, cc14.credited_outlet, bool_or(cc14.credited_outlet is not null) over (partition by cc14.source_id) as credits from citation cc14 where cc14.exclusivity_term_id = t9.id
                          ) c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') when c15.credits then array[]::text[] else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o13(outlet)
                        ) o12 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", coalesce(to_json(t9.slug), '{"$error":4}'::json) as "slug", coalesce(to_json(dg_global_id('ExclusivityTerm', t9.slug)), '{"$error":5}'::json) as "id"
                      ) r11
                    ) as "node"
                  ) r10
                ) as l0 from (
                  select q5.*, coalesce(q5.valid_from_earliest, q5.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q5 where q5.holder_id = t3.id order by coalesce(q5.valid_from_earliest, q5.valid_from_latest, 'infinity'::date), q5.id limit ?
                ) t9
              ) n8
            ) a6
          ) z4
        ) as "exclusivityHeld"
      ) r1
    ) from organization t3 where t3.slug = ? limit 1
  )
)::text
-- values: [3,3,3,"VALID_FROM:ASC","VALID_FROM:ASC",4,"falcon-ai-270"]
