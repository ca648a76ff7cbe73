-- node
select (
  (
    select (
      select row_to_json(r1.*) from (
        select 'Deal'::text as "__typename", coalesce(to_json(dg_global_id('Deal', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["summit-ai-236-aurora-labs-641-restructuring-1928"]
-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where (q2.kind = ?) and (q2.unit = ?)
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes", (
        select row_to_json(r4.*) from (
          select false as "hasPreviousPage"
        ) r4
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select t6.slug as "slug"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where (q2.kind = ?) and (q2.unit = ?) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a3
    ) z1
  )
)::text
-- values: ["CLOUD_SPEND","USD",20,20,"DATE:ASC","CLOUD_SPEND","USD",21]
