-- r1
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.description as "description", coalesce(to_json(array(select a6.value from organization_alias a6 where a6.organization_id = t4.id and a6.kind = 'ALIAS' order by a6.value limit 100)), '{"$error":0}'::json) as "aliases"
            ) r5
          ) as l0 from (
            select q7.*, (lower(q7.name)) collate "C" as sort_0 from organization q7 where (q7.kind = ?) and (strpos(lower(q7.name), lower(?)) > 0 or exists (select 1 from organization_alias a8 where a8.organization_id = q7.id and strpos(lower(a8.value), lower(?)) > 0)) order by (lower(q7.name)) collate "C", q7.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [1,1,"NAME:ASC","JOINT_VENTURE","AWS","AWS",2]
