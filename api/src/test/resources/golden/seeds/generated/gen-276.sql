-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.resource as "resource", coalesce(to_json((coalesce(t2.claim_preferred, false) or t2.claim_group is null)), '{"$error":0}'::json) as "preferred", t2.description as "description"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["openai-continues-increasing-azure-use-2025-01"]
-- statements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where true
      ) as "totalCount", (
        select row_to_json(r3.*) from (
          select a4.fetched > ? as "hasNextPage", a4.cursors[array_length(a4.cursors, 1)] as "endCursor", a4.cursors[1] as "a2"
        ) r3
      ) as "pageInfo", ('[' || coalesce(a4.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0 desc, t6.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select coalesce(to_json(dg_global_id('Statement', t6.slug)), '{"$error":0}'::json) as "id"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where (true) and ((coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date), q2.id) < (cast(? as date), ?)) order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: [7,7,7,"DATE:DESC","2026-04-13",2,8]
