-- deals
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from deal q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select null::text as "inForce"
            ) r6
          ) as l0 from (
            select q2.*, coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date) as sort_0 from deal q2 where true order by coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [100,100,"ANNOUNCED:ASC",101]
-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select null::text as "inForce"
            ) r6
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where true order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [100,100,"DATE:ASC",101]
-- exclusivityTerms
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from exclusive_term q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select null::text as "inForce"
            ) r6
          ) as l0 from (
            select q2.*, coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q2 where true order by coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date), q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [100,100,"VALID_FROM:ASC",101]
-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
                select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
                  select row_to_json(r6.*) from (
                    select null::text as "inForce"
                  ) r6
                ) as l0 from (
                  select q7.*, coalesce(q7.date_earliest, q7.date_latest, 'infinity'::date) as sort_0 from commitment q7 where q7.deal_id = t8.id order by coalesce(q7.date_earliest, q7.date_latest, 'infinity'::date), q7.id limit ?
                ) t5
              ) n4
            ) a3
          ) z2
        ) as "commitments", (
          select row_to_json(z9.*) from (
            select ('[' || coalesce(a10.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors, string_agg(n11.l0::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l0 from (
                select row_number() over (order by t12.sort_0, t12.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text)]::text[], t12.id) as cursor, (
                  select row_to_json(r13.*) from (
                    select null::text as "inForce"
                  ) r13
                ) as l0 from (
                  select q14.*, coalesce(q14.valid_from_earliest, q14.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q14 where q14.deal_id = t8.id order by coalesce(q14.valid_from_earliest, q14.valid_from_latest, 'infinity'::date), q14.id limit ?
                ) t12
              ) n11
            ) a10
          ) z9
        ) as "exclusivityTerms"
      ) r1
    ) from deal t8 where t8.slug = ? limit 1
  )
)::text
-- values: [20,20,"DATE:ASC",21,20,20,"VALID_FROM:ASC",21,"amazon-openai-partnership"]
-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
                select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
                  select row_to_json(r6.*) from (
                    select null::text as "inForce"
                  ) r6
                ) as l0 from (
                  select q7.*, coalesce(q7.announced_earliest, q7.announced_latest, 'infinity'::date) as sort_0 from deal q7 where exists (select 1 from deal_party p8 where p8.deal_id = q7.id and p8.organization_id = t9.id) order by coalesce(q7.announced_earliest, q7.announced_latest, 'infinity'::date), q7.id limit ?
                ) t5
              ) n4
            ) a3
          ) z2
        ) as "deals", (
          select row_to_json(z10.*) from (
            select ('[' || coalesce(a11.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors, string_agg(n12.l0::text, ',' order by n12.ord) filter (where n12.ord <= ?) as l0 from (
                select row_number() over (order by t13.sort_0, t13.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text)]::text[], t13.id) as cursor, (
                  select row_to_json(r14.*) from (
                    select null::text as "inForce"
                  ) r14
                ) as l0 from (
                  select q15.*, coalesce(q15.date_earliest, q15.date_latest, 'infinity'::date) as sort_0 from commitment q15 where q15.committer_id = t9.id order by coalesce(q15.date_earliest, q15.date_latest, 'infinity'::date), q15.id limit ?
                ) t13
              ) n12
            ) a11
          ) z10
        ) as "commitmentsMade", (
          select row_to_json(z16.*) from (
            select ('[' || coalesce(a17.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n18.cursor order by n18.ord) filter (where n18.ord <= ?)) as cursors, string_agg(n18.l0::text, ',' order by n18.ord) filter (where n18.ord <= ?) as l0 from (
                select row_number() over (order by t19.sort_0, t19.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text)]::text[], t19.id) as cursor, (
                  select row_to_json(r20.*) from (
                    select null::text as "inForce"
                  ) r20
                ) as l0 from (
                  select q21.*, coalesce(q21.date_earliest, q21.date_latest, 'infinity'::date) as sort_0 from commitment q21 where q21.recipient_id = t9.id order by coalesce(q21.date_earliest, q21.date_latest, 'infinity'::date), q21.id limit ?
                ) t19
              ) n18
            ) a17
          ) z16
        ) as "commitmentsReceived", (
          select row_to_json(z22.*) from (
            select ('[' || coalesce(a23.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n24.cursor order by n24.ord) filter (where n24.ord <= ?)) as cursors, string_agg(n24.l0::text, ',' order by n24.ord) filter (where n24.ord <= ?) as l0 from (
                select row_number() over (order by t25.sort_0, t25.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t25.sort_0::text)]::text[], t25.id) as cursor, (
                  select row_to_json(r26.*) from (
                    select null::text as "inForce"
                  ) r26
                ) as l0 from (
                  select q27.*, coalesce(q27.valid_from_earliest, q27.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q27 where q27.grantor_id = t9.id order by coalesce(q27.valid_from_earliest, q27.valid_from_latest, 'infinity'::date), q27.id limit ?
                ) t25
              ) n24
            ) a23
          ) z22
        ) as "exclusivityGranted"
      ) r1
    ) from organization t9 where t9.slug = ? limit 1
  )
)::text
-- values: [20,20,"ANNOUNCED:ASC",21,20,20,"DATE:ASC",21,20,20,"DATE:ASC",21,20,20,"VALID_FROM:ASC",21,"openai"]
