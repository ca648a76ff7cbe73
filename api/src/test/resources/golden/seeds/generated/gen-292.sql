-- organizations
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[array_length(a3.cursors, 1)] as "endCursor", a3.fetched > ? as "hasNextPage"
        ) r2
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor from (
            select q6.*, (lower(q6.name)) collate "C" as sort_0 from organization q6 where (q6.kind = ?) and (strpos(lower(q6.name), lower(?)) > 0 or exists (select 1 from organization_alias a7 where a7.organization_id = q6.id and strpos(lower(a7.value), lower(?)) > 0)) order by (lower(q6.name)) collate "C", q6.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [20,20,"NAME:ASC","BUSINESS_UNIT","MS","MS",21]
