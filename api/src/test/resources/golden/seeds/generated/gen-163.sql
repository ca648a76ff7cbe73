-- r1
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from source q2 where true
      ) as "totalCount", (
        select row_to_json(r3.*) from (
          select a4.cursors[array_length(a4.cursors, 1)] as "endCursor"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor from (
            select q2.*, coalesce(q2.published_earliest, q2.published_latest, 'infinity'::date) as sort_0 from source q2 where (true) and ((coalesce(q2.published_earliest, q2.published_latest, 'infinity'::date), q2.id) > (cast(? as date), ?)) order by coalesce(q2.published_earliest, q2.published_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: [20,"PUBLISHED:ASC","infinity",5,21]
-- organizationByName
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":0}'::json) as "id", t2.description as "description", t2.name as "name"
      ) r1
    ) from organization t2 where lower(t2.name) = lower(?) or exists (select 1 from organization_alias a3 where a3.organization_id = t2.id and lower(a3.value) = lower(?)) order by t2.id limit 1
  )
)::text
-- values: ["Stargate project","Stargate project"]
