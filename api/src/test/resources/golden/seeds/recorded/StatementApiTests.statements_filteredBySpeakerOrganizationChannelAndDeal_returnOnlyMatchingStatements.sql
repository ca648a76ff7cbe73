-- byDresser
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where exists (select 1 from statement_speaker sp3 where sp3.statement_id = q2.id and sp3.person_id = (
          select s4.id from person s4 where s4.slug = ?
        ))
      ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
          select row_number() over (order by t7.sort_0 desc, t7.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
            select row_to_json(r8.*) from (
              select t7.slug as "slug"
            ) r8
          ) as l0 from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where exists (select 1 from statement_speaker sp3 where sp3.statement_id = q2.id and sp3.person_id = (
              select s4.id from person s4 where s4.slug = ?
            )) order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t7
        ) n6
      ) a5
    ) z1
  )
)::text
-- values: ["denise-dresser",20,20,"DATE:DESC","denise-dresser",21]
-- byMicrosoft
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where exists (select 1 from (
          select ss3.statement_id, ss3.organization_id from statement_speaker ss3 where ss3.organization_id is not null union select ss3.statement_id, sp4.organization_id from statement_speaker ss3 join person sp4 on sp4.id = ss3.person_id where sp4.organization_id is not null
        ) so5 where so5.statement_id = q2.id and so5.organization_id = (
          select s6.id from organization s6 where s6.slug = ?
        ))
      ) as "totalCount", ('[' || coalesce(a7.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
          select row_number() over (order by t9.sort_0 desc, t9.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
            select row_to_json(r10.*) from (
              select t9.slug as "slug"
            ) r10
          ) as l0 from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where exists (select 1 from (
              select ss3.statement_id, ss3.organization_id from statement_speaker ss3 where ss3.organization_id is not null union select ss3.statement_id, sp4.organization_id from statement_speaker ss3 join person sp4 on sp4.id = ss3.person_id where sp4.organization_id is not null
            ) so5 where so5.statement_id = q2.id and so5.organization_id = (
              select s6.id from organization s6 where s6.slug = ?
            )) order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t9
        ) n8
      ) a7
    ) z1
  )
)::text
-- values: ["microsoft",20,20,"DATE:DESC","microsoft",21]
-- byOpenai
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where exists (select 1 from (
          select ss3.statement_id, ss3.organization_id from statement_speaker ss3 where ss3.organization_id is not null union select ss3.statement_id, sp4.organization_id from statement_speaker ss3 join person sp4 on sp4.id = ss3.person_id where sp4.organization_id is not null
        ) so5 where so5.statement_id = q2.id and so5.organization_id = (
          select s6.id from organization s6 where s6.slug = ?
        ))
      ) as "totalCount" from (
        select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors from (
          select row_number() over (order by t8.sort_0 desc, t8.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where exists (select 1 from (
              select ss3.statement_id, ss3.organization_id from statement_speaker ss3 where ss3.organization_id is not null union select ss3.statement_id, sp4.organization_id from statement_speaker ss3 join person sp4 on sp4.id = ss3.person_id where sp4.organization_id is not null
            ) so5 where so5.statement_id = q2.id and so5.organization_id = (
              select s6.id from organization s6 where s6.slug = ?
            )) order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t8
        ) n7
      ) a9
    ) z1
  )
)::text
-- values: ["openai",20,"DATE:DESC","openai",21]
-- memos
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where q2.channel = ?
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select t5.channel as "channel"
            ) r6
          ) as l0 from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where q2.channel = ? order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: ["MEMO",20,20,"DATE:DESC","MEMO",21]
-- dresserRemarks
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.slug as "slug"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.date_latest, q6.date_earliest, '-infinity'::date) as sort_0 from statement q6 where (q6.channel = ?) and (exists (select 1 from statement_speaker sp7 where sp7.statement_id = q6.id and sp7.person_id = (
              select s8.id from person s8 where s8.slug = ?
            ))) order by coalesce(q6.date_latest, q6.date_earliest, '-infinity'::date) desc, q6.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"DATE:DESC","REMARKS","denise-dresser",21]
-- aboutRestructuring
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.slug as "slug"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.date_latest, q6.date_earliest, '-infinity'::date) as sort_0 from statement q6 where q6.deal_id = (
              select s7.id from deal s7 where s7.slug = ?
            ) order by coalesce(q6.date_latest, q6.date_earliest, '-infinity'::date) desc, q6.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"DATE:DESC","microsoft-openai-restructuring-2026-04",21]
