-- organizations
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from organization q2 where q2.kind = ?
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select coalesce(to_json(dg_global_id('Organization', t5.slug)), '{"$error":0}'::json) as "id"
            ) r6
          ) as l0 from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from organization q2 where q2.kind = ? order by (lower(q2.name)) collate "C" desc, q2.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: ["JOINT_VENTURE",20,20,"NAME:DESC","JOINT_VENTURE",21]
