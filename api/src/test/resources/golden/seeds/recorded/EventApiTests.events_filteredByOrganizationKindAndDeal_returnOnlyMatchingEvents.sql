-- withAws
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from event q2 where exists (select 1 from event_organization eo3 where eo3.event_id = q2.id and eo3.organization_id = (
          select s4.id from organization s4 where s4.slug = ?
        ))
      ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
          select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
            select row_to_json(r8.*) from (
              select t7.slug as "slug"
            ) r8
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from event q2 where exists (select 1 from event_organization eo3 where eo3.event_id = q2.id and eo3.organization_id = (
              select s4.id from organization s4 where s4.slug = ?
            )) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t7
        ) n6
      ) a5
    ) z1
  )
)::text
-- values: ["aws",20,20,"DATE:ASC","aws",21]
-- restructurings
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.slug as "slug", t4.kind as "kind"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date) as sort_0 from event q6 where q6.kind = ? order by coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"DATE:ASC","RESTRUCTURING",21]
-- ofMicrosoftPartnership
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
            select q6.*, coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date) as sort_0 from event q6 where q6.deal_id = (
              select s7.id from deal s7 where s7.slug = ?
            ) order by coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"DATE:ASC","microsoft-openai-partnership",21]
-- microsoftAnnouncements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from event q2 where (q2.kind = ?) and (exists (select 1 from event_organization eo3 where eo3.event_id = q2.id and eo3.organization_id = (
          select s4.id from organization s4 where s4.slug = ?
        )))
      ) as "totalCount" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from event q2 where (q2.kind = ?) and (exists (select 1 from event_organization eo3 where eo3.event_id = q2.id and eo3.organization_id = (
              select s4.id from organization s4 where s4.slug = ?
            ))) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a7
    ) z1
  )
)::text
-- values: ["ANNOUNCEMENT","microsoft",20,"DATE:ASC","ANNOUNCEMENT","microsoft",21]
-- agreements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from event q2 where q2.kind = ?
      ) as "totalCount" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from event q2 where q2.kind = ? order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t4
        ) n3
      ) a5
    ) z1
  )
)::text
-- values: ["AGREEMENT",20,"DATE:ASC","AGREEMENT",21]
