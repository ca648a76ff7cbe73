-- units
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from organization q2 where q2.kind = ?
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select t5.slug as "slug", t5.kind as "kind"
            ) r6
          ) as l0 from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from organization q2 where q2.kind = ? order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: ["BUSINESS_UNIT",20,20,"NAME:ASC","BUSINESS_UNIT",21]
-- ventures
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from organization q2 where q2.kind = ?
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select t5.slug as "slug"
            ) r6
          ) as l0 from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from organization q2 where q2.kind = ? order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: ["JOINT_VENTURE",20,20,"NAME:ASC","JOINT_VENTURE",21]
-- funds
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from organization q2 where q2.kind = ?
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select t5.slug as "slug"
            ) r6
          ) as l0 from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from organization q2 where q2.kind = ? order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: ["INVESTMENT_FIRM",20,20,"NAME:ASC","INVESTMENT_FIRM",21]
