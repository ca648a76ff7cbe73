-- byOpenai
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where q2.committer_id = (
          select s3.id from organization s3 where s3.slug = ?
        )
      ) as "totalCount", ('[' || coalesce(a4.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select t6.slug as "slug"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where q2.committer_id = (
              select s3.id from organization s3 where s3.slug = ?
            ) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["openai",20,20,"DATE:ASC","openai",21]
-- toAws
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where q2.recipient_id = (
          select s3.id from organization s3 where s3.slug = ?
        )
      ) as "totalCount", ('[' || coalesce(a4.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select t6.slug as "slug"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where q2.recipient_id = (
              select s3.id from organization s3 where s3.slug = ?
            ) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["aws",20,20,"DATE:ASC","aws",21]
-- ofStargate
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where q2.deal_id = (
          select s3.id from deal s3 where s3.slug = ?
        )
      ) as "totalCount", ('[' || coalesce(a4.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select t6.slug as "slug", (
                select (
                  select row_to_json(r8.*) from (
                    select c9.slug as "slug"
                  ) r8
                ) from deal c9 where c9.id = t6.deal_id limit 1
              ) as "deal"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where q2.deal_id = (
              select s3.id from deal s3 where s3.slug = ?
            ) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["stargate",20,20,"DATE:ASC","stargate",21]
-- unknown
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where q2.committer_id = (
          select s3.id from organization s3 where s3.slug = ?
        )
      ) as "totalCount" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where q2.committer_id = (
              select s3.id from organization s3 where s3.slug = ?
            ) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t5
        ) n4
      ) a6
    ) z1
  )
)::text
-- values: ["no-such-organization",20,"DATE:ASC","no-such-organization",21]
