-- aws
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where q2.committer_id = (
          select s3.id from organization s3 where s3.slug = ?
        ) or q2.recipient_id = (
          select s4.id from organization s4 where s4.slug = ?
        ) or exists (select 1 from commitment_committer cc5 where cc5.commitment_id = q2.id and cc5.organization_id = (
          select s6.id from organization s6 where s6.slug = ?
        ))
      ) as "totalCount", ('[' || coalesce(a7.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
          select row_number() over (order by t9.sort_0, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
            select row_to_json(r10.*) from (
              select t9.slug as "slug"
            ) r10
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where q2.committer_id = (
              select s3.id from organization s3 where s3.slug = ?
            ) or q2.recipient_id = (
              select s4.id from organization s4 where s4.slug = ?
            ) or exists (select 1 from commitment_committer cc5 where cc5.commitment_id = q2.id and cc5.organization_id = (
              select s6.id from organization s6 where s6.slug = ?
            )) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t9
        ) n8
      ) a7
    ) z1
  )
)::text
-- values: ["aws","aws","aws",20,20,"DATE:ASC","aws","aws","aws",21]
-- microsoft
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where q2.committer_id = (
          select s3.id from organization s3 where s3.slug = ?
        ) or q2.recipient_id = (
          select s4.id from organization s4 where s4.slug = ?
        ) or exists (select 1 from commitment_committer cc5 where cc5.commitment_id = q2.id and cc5.organization_id = (
          select s6.id from organization s6 where s6.slug = ?
        ))
      ) as "totalCount", ('[' || coalesce(a7.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
          select row_number() over (order by t9.sort_0, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
            select row_to_json(r10.*) from (
              select t9.slug as "slug"
            ) r10
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where q2.committer_id = (
              select s3.id from organization s3 where s3.slug = ?
            ) or q2.recipient_id = (
              select s4.id from organization s4 where s4.slug = ?
            ) or exists (select 1 from commitment_committer cc5 where cc5.commitment_id = q2.id and cc5.organization_id = (
              select s6.id from organization s6 where s6.slug = ?
            )) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t9
        ) n8
      ) a7
    ) z1
  )
)::text
-- values: ["microsoft","microsoft","microsoft",20,20,"DATE:ASC","microsoft","microsoft","microsoft",21]
-- openai
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where q2.committer_id = (
          select s3.id from organization s3 where s3.slug = ?
        ) or q2.recipient_id = (
          select s4.id from organization s4 where s4.slug = ?
        ) or exists (select 1 from commitment_committer cc5 where cc5.commitment_id = q2.id and cc5.organization_id = (
          select s6.id from organization s6 where s6.slug = ?
        ))
      ) as "totalCount" from (
        select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors from (
          select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where q2.committer_id = (
              select s3.id from organization s3 where s3.slug = ?
            ) or q2.recipient_id = (
              select s4.id from organization s4 where s4.slug = ?
            ) or exists (select 1 from commitment_committer cc5 where cc5.commitment_id = q2.id and cc5.organization_id = (
              select s6.id from organization s6 where s6.slug = ?
            )) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t8
        ) n7
      ) a9
    ) z1
  )
)::text
-- values: ["openai","openai","openai",20,"DATE:ASC","openai","openai","openai",21]
-- openaiToAws
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where (q2.committer_id = (
          select s3.id from organization s3 where s3.slug = ?
        ) or q2.recipient_id = (
          select s4.id from organization s4 where s4.slug = ?
        ) or exists (select 1 from commitment_committer cc5 where cc5.commitment_id = q2.id and cc5.organization_id = (
          select s6.id from organization s6 where s6.slug = ?
        ))) and (q2.recipient_id = (
          select s7.id from organization s7 where s7.slug = ?
        )) and (q2.kind = ?)
      ) as "totalCount", ('[' || coalesce(a8.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors, string_agg(n9.l0::text, ',' order by n9.ord) filter (where n9.ord <= ?) as l0 from (
          select row_number() over (order by t10.sort_0, t10.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as cursor, (
            select row_to_json(r11.*) from (
              select t10.slug as "slug"
            ) r11
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where (q2.committer_id = (
              select s3.id from organization s3 where s3.slug = ?
            ) or q2.recipient_id = (
              select s4.id from organization s4 where s4.slug = ?
            ) or exists (select 1 from commitment_committer cc5 where cc5.commitment_id = q2.id and cc5.organization_id = (
              select s6.id from organization s6 where s6.slug = ?
            ))) and (q2.recipient_id = (
              select s7.id from organization s7 where s7.slug = ?
            )) and (q2.kind = ?) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t10
        ) n9
      ) a8
    ) z1
  )
)::text
-- values: ["openai","openai","openai","aws","COMPUTE_CAPACITY",20,20,"DATE:ASC","openai","openai","openai","aws","COMPUTE_CAPACITY",21]
-- alphabet
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where q2.committer_id = (
          select s3.id from organization s3 where s3.slug = ?
        ) or q2.recipient_id = (
          select s4.id from organization s4 where s4.slug = ?
        ) or exists (select 1 from commitment_committer cc5 where cc5.commitment_id = q2.id and cc5.organization_id = (
          select s6.id from organization s6 where s6.slug = ?
        ))
      ) as "totalCount" from (
        select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors from (
          select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where q2.committer_id = (
              select s3.id from organization s3 where s3.slug = ?
            ) or q2.recipient_id = (
              select s4.id from organization s4 where s4.slug = ?
            ) or exists (select 1 from commitment_committer cc5 where cc5.commitment_id = q2.id and cc5.organization_id = (
              select s6.id from organization s6 where s6.slug = ?
            )) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t8
        ) n7
      ) a9
    ) z1
  )
)::text
-- values: ["alphabet","alphabet","alphabet",20,"DATE:ASC","alphabet","alphabet","alphabet",21]
