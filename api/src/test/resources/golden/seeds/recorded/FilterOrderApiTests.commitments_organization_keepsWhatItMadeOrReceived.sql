-- aws
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where q2.committer_id = (
          select s3.id from organization s3 where s3.slug = ?
        ) or q2.recipient_id = (
          select s4.id from organization s4 where s4.slug = ?
        )
      ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
          select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
            select row_to_json(r8.*) from (
              select t7.slug as "slug"
            ) r8
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where q2.committer_id = (
              select s3.id from organization s3 where s3.slug = ?
            ) or q2.recipient_id = (
              select s4.id from organization s4 where s4.slug = ?
            ) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t7
        ) n6
      ) a5
    ) z1
  )
)::text
-- values: ["aws","aws",20,20,"DATE:ASC","aws","aws",21]
-- microsoft
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where q2.committer_id = (
          select s3.id from organization s3 where s3.slug = ?
        ) or q2.recipient_id = (
          select s4.id from organization s4 where s4.slug = ?
        )
      ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
          select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
            select row_to_json(r8.*) from (
              select t7.slug as "slug"
            ) r8
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where q2.committer_id = (
              select s3.id from organization s3 where s3.slug = ?
            ) or q2.recipient_id = (
              select s4.id from organization s4 where s4.slug = ?
            ) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t7
        ) n6
      ) a5
    ) z1
  )
)::text
-- values: ["microsoft","microsoft",20,20,"DATE:ASC","microsoft","microsoft",21]
-- openai
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where q2.committer_id = (
          select s3.id from organization s3 where s3.slug = ?
        ) or q2.recipient_id = (
          select s4.id from organization s4 where s4.slug = ?
        )
      ) as "totalCount" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where q2.committer_id = (
              select s3.id from organization s3 where s3.slug = ?
            ) or q2.recipient_id = (
              select s4.id from organization s4 where s4.slug = ?
            ) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a7
    ) z1
  )
)::text
-- values: ["openai","openai",20,"DATE:ASC","openai","openai",21]
-- openaiToAws
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where (q2.committer_id = (
          select s3.id from organization s3 where s3.slug = ?
        ) or q2.recipient_id = (
          select s4.id from organization s4 where s4.slug = ?
        )) and (q2.recipient_id = (
          select s5.id from organization s5 where s5.slug = ?
        )) and (q2.kind = ?)
      ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
          select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
            select row_to_json(r9.*) from (
              select t8.slug as "slug"
            ) r9
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where (q2.committer_id = (
              select s3.id from organization s3 where s3.slug = ?
            ) or q2.recipient_id = (
              select s4.id from organization s4 where s4.slug = ?
            )) and (q2.recipient_id = (
              select s5.id from organization s5 where s5.slug = ?
            )) and (q2.kind = ?) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t8
        ) n7
      ) a6
    ) z1
  )
)::text
-- values: ["openai","openai","aws","COMPUTE_CAPACITY",20,20,"DATE:ASC","openai","openai","aws","COMPUTE_CAPACITY",21]
-- alphabet
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where q2.committer_id = (
          select s3.id from organization s3 where s3.slug = ?
        ) or q2.recipient_id = (
          select s4.id from organization s4 where s4.slug = ?
        )
      ) as "totalCount" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where q2.committer_id = (
              select s3.id from organization s3 where s3.slug = ?
            ) or q2.recipient_id = (
              select s4.id from organization s4 where s4.slug = ?
            ) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a7
    ) z1
  )
)::text
-- values: ["alphabet","alphabet",20,"DATE:ASC","alphabet","alphabet",21]
