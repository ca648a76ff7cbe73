-- any
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from deal q2 where exists (select 1 from deal_party p3 where p3.deal_id = q2.id and p3.organization_id = (
          select s4.id from organization s4 where s4.slug = ?
        ))
      ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
          select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
            select row_to_json(r8.*) from (
              select t7.slug as "slug"
            ) r8
          ) as l0 from (
            select q2.*, coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date) as sort_0 from deal q2 where exists (select 1 from deal_party p3 where p3.deal_id = q2.id and p3.organization_id = (
              select s4.id from organization s4 where s4.slug = ?
            )) order by coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id limit ?
          ) t7
        ) n6
      ) a5
    ) z1
  )
)::text
-- values: ["aws",20,20,"ANNOUNCED:ASC","aws",21]
-- distributor
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from deal q2 where exists (select 1 from deal_party p3 where p3.deal_id = q2.id and p3.organization_id = (
          select s4.id from organization s4 where s4.slug = ?
        ) and p3.role = ?)
      ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
          select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
            select row_to_json(r8.*) from (
              select t7.slug as "slug"
            ) r8
          ) as l0 from (
            select q2.*, coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date) as sort_0 from deal q2 where exists (select 1 from deal_party p3 where p3.deal_id = q2.id and p3.organization_id = (
              select s4.id from organization s4 where s4.slug = ?
            ) and p3.role = ?) order by coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id limit ?
          ) t7
        ) n6
      ) a5
    ) z1
  )
)::text
-- values: ["aws","DISTRIBUTOR",20,20,"ANNOUNCED:ASC","aws","DISTRIBUTOR",21]
-- investor
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from deal q2 where exists (select 1 from deal_party p3 where p3.deal_id = q2.id and p3.organization_id = (
          select s4.id from organization s4 where s4.slug = ?
        ) and p3.role = ?)
      ) as "totalCount" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor from (
            select q2.*, coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date) as sort_0 from deal q2 where exists (select 1 from deal_party p3 where p3.deal_id = q2.id and p3.organization_id = (
              select s4.id from organization s4 where s4.slug = ?
            ) and p3.role = ?) order by coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a7
    ) z1
  )
)::text
-- values: ["aws","INVESTOR",20,"ANNOUNCED:ASC","aws","INVESTOR",21]
