-- byName
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.slug as "slug"
            ) r5
          ) as l0 from (
            select q6.*, (lower(q6.name)) collate "C" as sort_0 from organization q6 where strpos(lower(q6.name), lower(?)) > 0 or exists (select 1 from organization_alias a7 where a7.organization_id = q6.id and strpos(lower(a7.value), lower(?)) > 0) order by (lower(q6.name)) collate "C", q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"NAME:ASC","AMAZON","AMAZON",21]
-- byAlias
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.slug as "slug"
            ) r5
          ) as l0 from (
            select q6.*, (lower(q6.name)) collate "C" as sort_0 from organization q6 where strpos(lower(q6.name), lower(?)) > 0 or exists (select 1 from organization_alias a7 where a7.organization_id = q6.id and strpos(lower(a7.value), lower(?)) > 0) order by (lower(q6.name)) collate "C", q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"NAME:ASC","project","project",21]
-- byTicker
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.slug as "slug"
            ) r5
          ) as l0 from (
            select q6.*, (lower(q6.name)) collate "C" as sort_0 from organization q6 where strpos(lower(q6.name), lower(?)) > 0 or exists (select 1 from organization_alias a7 where a7.organization_id = q6.id and strpos(lower(a7.value), lower(?)) > 0) order by (lower(q6.name)) collate "C", q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"NAME:ASC","msf","msf",21]
-- combined
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from organization q2 where (q2.kind = ?) and (strpos(lower(q2.name), lower(?)) > 0 or exists (select 1 from organization_alias a3 where a3.organization_id = q2.id and strpos(lower(a3.value), lower(?)) > 0))
      ) as "totalCount", ('[' || coalesce(a4.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select t6.slug as "slug"
            ) r7
          ) as l0 from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from organization q2 where (q2.kind = ?) and (strpos(lower(q2.name), lower(?)) > 0 or exists (select 1 from organization_alias a3 where a3.organization_id = q2.id and strpos(lower(a3.value), lower(?)) > 0)) order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["COMPANY","amazon","amazon",20,20,"NAME:ASC","COMPANY","amazon","amazon",21]
-- none
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from organization q2 where strpos(lower(q2.name), lower(?)) > 0 or exists (select 1 from organization_alias a3 where a3.organization_id = q2.id and strpos(lower(a3.value), lower(?)) > 0)
      ) as "totalCount" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from organization q2 where strpos(lower(q2.name), lower(?)) > 0 or exists (select 1 from organization_alias a3 where a3.organization_id = q2.id and strpos(lower(a3.value), lower(?)) > 0) order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t5
        ) n4
      ) a6
    ) z1
  )
)::text
-- values: ["azure","azure",20,"NAME:ASC","azure","azure",21]
