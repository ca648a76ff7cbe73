-- heldByMicrosoft
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from exclusive_term q2 where q2.holder_id = (
          select s3.id from organization s3 where s3.slug = ?
        )
      ) as "totalCount", ('[' || coalesce(a4.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select coalesce(to_json(t6.slug), '{"$error":0}'::json) as "slug"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q2 where q2.holder_id = (
              select s3.id from organization s3 where s3.slug = ?
            ) order by coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["microsoft",20,20,"VALID_FROM:ASC","microsoft",21]
-- grantedByOpenai
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from exclusive_term q2 where q2.grantor_id = (
          select s3.id from organization s3 where s3.slug = ?
        )
      ) as "totalCount" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor from (
            select q2.*, coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q2 where q2.grantor_id = (
              select s3.id from organization s3 where s3.slug = ?
            ) order by coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date), q2.id limit ?
          ) t5
        ) n4
      ) a6
    ) z1
  )
)::text
-- values: ["openai",20,"VALID_FROM:ASC","openai",21]
-- grantedByAmazon
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from exclusive_term q2 where q2.grantor_id = (
          select s3.id from organization s3 where s3.slug = ?
        )
      ) as "totalCount" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor from (
            select q2.*, coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q2 where q2.grantor_id = (
              select s3.id from organization s3 where s3.slug = ?
            ) order by coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date), q2.id limit ?
          ) t5
        ) n4
      ) a6
    ) z1
  )
)::text
-- values: ["amazon",20,"VALID_FROM:ASC","amazon",21]
-- ended
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(t4.slug), '{"$error":0}'::json) as "slug", coalesce(to_json(t4.status), '{"$error":1}'::json) as "status"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.valid_from_earliest, q6.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q6 where q6.status = ? order by coalesce(q6.valid_from_earliest, q6.valid_from_latest, 'infinity'::date), q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"VALID_FROM:ASC","ENDED",21]
-- ofPartnership
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(t4.slug), '{"$error":0}'::json) as "slug"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.valid_from_earliest, q6.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q6 where q6.deal_id = (
              select s7.id from deal s7 where s7.slug = ?
            ) order by coalesce(q6.valid_from_earliest, q6.valid_from_latest, 'infinity'::date), q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"VALID_FROM:ASC","amazon-openai-partnership",21]
-- inForceForMicrosoft
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(t4.slug), '{"$error":0}'::json) as "slug"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.valid_from_earliest, q6.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q6 where (q6.holder_id = (
              select s7.id from organization s7 where s7.slug = ?
            )) and (q6.deal_id = (
              select s8.id from deal s8 where s8.slug = ?
            )) and (q6.status = ?) order by coalesce(q6.valid_from_earliest, q6.valid_from_latest, 'infinity'::date), q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"VALID_FROM:ASC","microsoft","microsoft-openai-partnership","IN_FORCE",21]
