-- amazon
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select coalesce(a3.dg_total_count, 0) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, max(n4.dg_total_count) as dg_total_count, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
                select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, t5.dg_total_count as dg_total_count, (
                  select row_to_json(r6.*) from (
                    select t5.in_force as "inForce", (
                      select row_to_json(r7.*) from (
                        select t5.slug as "slug"
                      ) r7
                    ) as "node"
                  ) r6
                ) as l0 from (
                  select q8.*, coalesce(q8.announced_earliest, q8.announced_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) as in_force, count(*) over () as dg_total_count from deal q8 join deal_timing x9 on x9.deal_id = q8.id where (exists (select 1 from deal_party p10 where p10.deal_id = q8.id and p10.organization_id = t11.id)) and (in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) <> 'FALSE') order by coalesce(q8.announced_earliest, q8.announced_latest, 'infinity'::date), q8.id limit ?
                ) t5
              ) n4
            ) a3
          ) z2
        ) as "dealsFeb1", (
          select row_to_json(z12.*) from (
            select coalesce(a13.dg_total_count, 0) as "totalCount", ('[' || coalesce(a13.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, max(n14.dg_total_count) as dg_total_count, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0 from (
                select row_number() over (order by t15.sort_0, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as cursor, t15.dg_total_count as dg_total_count, (
                  select row_to_json(r16.*) from (
                    select t15.in_force as "inForce", (
                      select row_to_json(r17.*) from (
                        select t15.slug as "slug"
                      ) r17
                    ) as "node"
                  ) r16
                ) as l0 from (
                  select q18.*, coalesce(q18.announced_earliest, q18.announced_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x19.start_earliest, x19.start_latest, x19.start_precision, x19.end_earliest, x19.end_latest, x19.end_precision) as in_force, count(*) over () as dg_total_count from deal q18 join deal_timing x19 on x19.deal_id = q18.id where (exists (select 1 from deal_party p20 where p20.deal_id = q18.id and p20.organization_id = t11.id)) and (in_force(cast(? as date), x19.start_earliest, x19.start_latest, x19.start_precision, x19.end_earliest, x19.end_latest, x19.end_precision) <> 'FALSE') order by coalesce(q18.announced_earliest, q18.announced_latest, 'infinity'::date), q18.id limit ?
                ) t15
              ) n14
            ) a13
          ) z12
        ) as "dealsApr28", (
          select row_to_json(z21.*) from (
            select coalesce(a22.dg_total_count, 0) as "totalCount", ('[' || coalesce(a22.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, max(n23.dg_total_count) as dg_total_count, (array_agg(n23.cursor order by n23.ord) filter (where n23.ord <= ?)) as cursors, string_agg(n23.l0::text, ',' order by n23.ord) filter (where n23.ord <= ?) as l0 from (
                select row_number() over (order by t24.sort_0, t24.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t24.sort_0::text)]::text[], t24.id) as cursor, t24.dg_total_count as dg_total_count, (
                  select row_to_json(r25.*) from (
                    select t24.in_force as "inForce", (
                      select row_to_json(r26.*) from (
                        select t24.slug as "slug"
                      ) r26
                    ) as "node"
                  ) r25
                ) as l0 from (
                  select q27.*, coalesce(q27.date_earliest, q27.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x28.start_earliest, x28.start_latest, x28.start_precision, x28.end_earliest, x28.end_latest, x28.end_precision) as in_force, count(*) over () as dg_total_count from commitment q27 join commitment_timing x28 on x28.commitment_id = q27.id where (q27.committer_id = t11.id) and (in_force(cast(? as date), x28.start_earliest, x28.start_latest, x28.start_precision, x28.end_earliest, x28.end_latest, x28.end_precision) <> 'FALSE') order by coalesce(q27.date_earliest, q27.date_latest, 'infinity'::date), q27.id limit ?
                ) t24
              ) n23
            ) a22
          ) z21
        ) as "madeFeb1", (
          select row_to_json(z29.*) from (
            select coalesce(a30.dg_total_count, 0) as "totalCount", ('[' || coalesce(a30.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, max(n31.dg_total_count) as dg_total_count, (array_agg(n31.cursor order by n31.ord) filter (where n31.ord <= ?)) as cursors, string_agg(n31.l0::text, ',' order by n31.ord) filter (where n31.ord <= ?) as l0 from (
                select row_number() over (order by t32.sort_0, t32.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t32.sort_0::text)]::text[], t32.id) as cursor, t32.dg_total_count as dg_total_count, (
                  select row_to_json(r33.*) from (
                    select t32.in_force as "inForce", (
                      select row_to_json(r34.*) from (
                        select t32.slug as "slug"
                      ) r34
                    ) as "node"
                  ) r33
                ) as l0 from (
                  select q35.*, coalesce(q35.date_earliest, q35.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x36.start_earliest, x36.start_latest, x36.start_precision, x36.end_earliest, x36.end_latest, x36.end_precision) as in_force, count(*) over () as dg_total_count from commitment q35 join commitment_timing x36 on x36.commitment_id = q35.id where (q35.committer_id = t11.id) and (in_force(cast(? as date), x36.start_earliest, x36.start_latest, x36.start_precision, x36.end_earliest, x36.end_latest, x36.end_precision) <> 'FALSE') order by coalesce(q35.date_earliest, q35.date_latest, 'infinity'::date), q35.id limit ?
                ) t32
              ) n31
            ) a30
          ) z29
        ) as "madeMar1"
      ) r1
    ) from organization t11 where t11.slug = ? limit 1
  )
)::text
-- values: [20,20,"ANNOUNCED:ASC","2026-02-01","2026-02-01",21,20,20,"ANNOUNCED:ASC","2026-04-28","2026-04-28",21,20,20,"DATE:ASC","2026-02-01","2026-02-01",21,20,20,"DATE:ASC","2026-03-01","2026-03-01",21,"amazon"]
-- aws
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select coalesce(a3.dg_total_count, 0) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, max(n4.dg_total_count) as dg_total_count, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
                select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, t5.dg_total_count as dg_total_count, (
                  select row_to_json(r6.*) from (
                    select t5.in_force as "inForce", (
                      select row_to_json(r7.*) from (
                        select t5.slug as "slug"
                      ) r7
                    ) as "node"
                  ) r6
                ) as l0 from (
                  select q8.*, coalesce(q8.date_earliest, q8.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) as in_force, count(*) over () as dg_total_count from commitment q8 join commitment_timing x9 on x9.commitment_id = q8.id where (q8.recipient_id = t10.id) and (in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) <> 'FALSE') order by coalesce(q8.date_earliest, q8.date_latest, 'infinity'::date), q8.id limit ?
                ) t5
              ) n4
            ) a3
          ) z2
        ) as "receivedMar1"
      ) r1
    ) from organization t10 where t10.slug = ? limit 1
  )
)::text
-- values: [20,20,"DATE:ASC","2026-03-01","2026-03-01",21,"aws"]
-- openai
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select coalesce(a3.dg_total_count, 0) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, max(n4.dg_total_count) as dg_total_count, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
                select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, t5.dg_total_count as dg_total_count, (
                  select row_to_json(r6.*) from (
                    select t5.in_force as "inForce", (
                      select row_to_json(r7.*) from (
                        select t5.slug as "slug"
                      ) r7
                    ) as "node"
                  ) r6
                ) as l0 from (
                  select q8.*, coalesce(q8.date_earliest, q8.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) as in_force, count(*) over () as dg_total_count from commitment q8 join commitment_timing x9 on x9.commitment_id = q8.id where (q8.recipient_id = t10.id) and (in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) <> 'FALSE') order by coalesce(q8.date_earliest, q8.date_latest, 'infinity'::date), q8.id limit ?
                ) t5
              ) n4
            ) a3
          ) z2
        ) as "receivedMar1", (
          select row_to_json(z11.*) from (
            select coalesce(a12.dg_total_count, 0) as "totalCount", ('[' || coalesce(a12.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, max(n13.dg_total_count) as dg_total_count, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors, string_agg(n13.l0::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l0 from (
                select row_number() over (order by t14.sort_0, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as cursor, t14.dg_total_count as dg_total_count, (
                  select row_to_json(r15.*) from (
                    select t14.in_force as "inForce", (
                      select row_to_json(r16.*) from (
                        select coalesce(to_json(t14.slug), '{"$error":0}'::json) as "slug"
                      ) r16
                    ) as "node"
                  ) r15
                ) as l0 from (
                  select q17.*, coalesce(q17.valid_from_earliest, q17.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x18.start_earliest, x18.start_latest, x18.start_precision, x18.end_earliest, x18.end_latest, x18.end_precision) as in_force, count(*) over () as dg_total_count from exclusive_term q17 join exclusivity_term_timing x18 on x18.term_id = q17.id where (q17.grantor_id = t10.id) and (in_force(cast(? as date), x18.start_earliest, x18.start_latest, x18.start_precision, x18.end_earliest, x18.end_latest, x18.end_precision) <> 'FALSE') order by coalesce(q17.valid_from_earliest, q17.valid_from_latest, 'infinity'::date), q17.id limit ?
                ) t14
              ) n13
            ) a12
          ) z11
        ) as "grantedApr28", (
          select row_to_json(z19.*) from (
            select coalesce(a20.dg_total_count, 0) as "totalCount", ('[' || coalesce(a20.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, max(n21.dg_total_count) as dg_total_count, (array_agg(n21.cursor order by n21.ord) filter (where n21.ord <= ?)) as cursors, string_agg(n21.l0::text, ',' order by n21.ord) filter (where n21.ord <= ?) as l0 from (
                select row_number() over (order by t22.sort_0, t22.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text)]::text[], t22.id) as cursor, t22.dg_total_count as dg_total_count, (
                  select row_to_json(r23.*) from (
                    select t22.in_force as "inForce", (
                      select row_to_json(r24.*) from (
                        select coalesce(to_json(t22.slug), '{"$error":1}'::json) as "slug"
                      ) r24
                    ) as "node"
                  ) r23
                ) as l0 from (
                  select q25.*, coalesce(q25.valid_from_earliest, q25.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x26.start_earliest, x26.start_latest, x26.start_precision, x26.end_earliest, x26.end_latest, x26.end_precision) as in_force, count(*) over () as dg_total_count from exclusive_term q25 join exclusivity_term_timing x26 on x26.term_id = q25.id where (q25.grantor_id = t10.id) and (in_force(cast(? as date), x26.start_earliest, x26.start_latest, x26.start_precision, x26.end_earliest, x26.end_latest, x26.end_precision) <> 'FALSE') order by coalesce(q25.valid_from_earliest, q25.valid_from_latest, 'infinity'::date), q25.id limit ?
                ) t22
              ) n21
            ) a20
          ) z19
        ) as "grantedMay1"
      ) r1
    ) from organization t10 where t10.slug = ? limit 1
  )
)::text
-- values: [20,20,"DATE:ASC","2026-03-01","2026-03-01",21,20,20,"VALID_FROM:ASC","2026-04-28","2026-04-28",21,20,20,"VALID_FROM:ASC","2026-05-01","2026-05-01",21,"openai"]
