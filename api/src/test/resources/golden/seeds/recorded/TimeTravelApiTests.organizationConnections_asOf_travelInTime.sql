-- amazon
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select (
              select count(*) from deal q3 join deal_timing x4 on x4.deal_id = q3.id where (exists (select 1 from deal_party p5 where p5.deal_id = q3.id and p5.organization_id = t6.id)) and (in_force(cast(? as date), x4.start_earliest, x4.start_latest, x4.start_precision, x4.end_earliest, x4.end_latest, x4.end_precision) <> 'FALSE')
            ) as "totalCount", ('[' || coalesce(a7.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
                select row_number() over (order by t9.sort_0, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
                  select row_to_json(r10.*) from (
                    select t9.in_force as "inForce", (
                      select row_to_json(r11.*) from (
                        select t9.slug as "slug"
                      ) r11
                    ) as "node"
                  ) r10
                ) as l0 from (
                  select q3.*, coalesce(q3.announced_earliest, q3.announced_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x4.start_earliest, x4.start_latest, x4.start_precision, x4.end_earliest, x4.end_latest, x4.end_precision) as in_force from deal q3 join deal_timing x4 on x4.deal_id = q3.id where (exists (select 1 from deal_party p5 where p5.deal_id = q3.id and p5.organization_id = t6.id)) and (in_force(cast(? as date), x4.start_earliest, x4.start_latest, x4.start_precision, x4.end_earliest, x4.end_latest, x4.end_precision) <> 'FALSE') order by coalesce(q3.announced_earliest, q3.announced_latest, 'infinity'::date), q3.id limit ?
                ) t9
              ) n8
            ) a7
          ) z2
        ) as "dealsFeb1", (
          select row_to_json(z12.*) from (
            select (
              select count(*) from deal q13 join deal_timing x14 on x14.deal_id = q13.id where (exists (select 1 from deal_party p15 where p15.deal_id = q13.id and p15.organization_id = t6.id)) and (in_force(cast(? as date), x14.start_earliest, x14.start_latest, x14.start_precision, x14.end_earliest, x14.end_latest, x14.end_precision) <> 'FALSE')
            ) as "totalCount", ('[' || coalesce(a16.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n17.cursor order by n17.ord) filter (where n17.ord <= ?)) as cursors, string_agg(n17.l0::text, ',' order by n17.ord) filter (where n17.ord <= ?) as l0 from (
                select row_number() over (order by t18.sort_0, t18.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t18.sort_0::text)]::text[], t18.id) as cursor, (
                  select row_to_json(r19.*) from (
                    select t18.in_force as "inForce", (
                      select row_to_json(r20.*) from (
                        select t18.slug as "slug"
                      ) r20
                    ) as "node"
                  ) r19
                ) as l0 from (
                  select q13.*, coalesce(q13.announced_earliest, q13.announced_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x14.start_earliest, x14.start_latest, x14.start_precision, x14.end_earliest, x14.end_latest, x14.end_precision) as in_force from deal q13 join deal_timing x14 on x14.deal_id = q13.id where (exists (select 1 from deal_party p15 where p15.deal_id = q13.id and p15.organization_id = t6.id)) and (in_force(cast(? as date), x14.start_earliest, x14.start_latest, x14.start_precision, x14.end_earliest, x14.end_latest, x14.end_precision) <> 'FALSE') order by coalesce(q13.announced_earliest, q13.announced_latest, 'infinity'::date), q13.id limit ?
                ) t18
              ) n17
            ) a16
          ) z12
        ) as "dealsApr28", (
          select row_to_json(z21.*) from (
            select (
              select count(*) from commitment q22 join commitment_timing x23 on x23.commitment_id = q22.id where (q22.committer_id = t6.id) and (in_force(cast(? as date), x23.start_earliest, x23.start_latest, x23.start_precision, x23.end_earliest, x23.end_latest, x23.end_precision) <> 'FALSE')
            ) as "totalCount", ('[' || coalesce(a24.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n25.cursor order by n25.ord) filter (where n25.ord <= ?)) as cursors, string_agg(n25.l0::text, ',' order by n25.ord) filter (where n25.ord <= ?) as l0 from (
                select row_number() over (order by t26.sort_0, t26.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t26.sort_0::text)]::text[], t26.id) as cursor, (
                  select row_to_json(r27.*) from (
                    select t26.in_force as "inForce", (
                      select row_to_json(r28.*) from (
                        select t26.slug as "slug"
                      ) r28
                    ) as "node"
                  ) r27
                ) as l0 from (
                  select q22.*, coalesce(q22.date_earliest, q22.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x23.start_earliest, x23.start_latest, x23.start_precision, x23.end_earliest, x23.end_latest, x23.end_precision) as in_force from commitment q22 join commitment_timing x23 on x23.commitment_id = q22.id where (q22.committer_id = t6.id) and (in_force(cast(? as date), x23.start_earliest, x23.start_latest, x23.start_precision, x23.end_earliest, x23.end_latest, x23.end_precision) <> 'FALSE') order by coalesce(q22.date_earliest, q22.date_latest, 'infinity'::date), q22.id limit ?
                ) t26
              ) n25
            ) a24
          ) z21
        ) as "madeFeb1", (
          select row_to_json(z29.*) from (
            select (
              select count(*) from commitment q30 join commitment_timing x31 on x31.commitment_id = q30.id where (q30.committer_id = t6.id) and (in_force(cast(? as date), x31.start_earliest, x31.start_latest, x31.start_precision, x31.end_earliest, x31.end_latest, x31.end_precision) <> 'FALSE')
            ) as "totalCount", ('[' || coalesce(a32.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n33.cursor order by n33.ord) filter (where n33.ord <= ?)) as cursors, string_agg(n33.l0::text, ',' order by n33.ord) filter (where n33.ord <= ?) as l0 from (
                select row_number() over (order by t34.sort_0, t34.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t34.sort_0::text)]::text[], t34.id) as cursor, (
                  select row_to_json(r35.*) from (
                    select t34.in_force as "inForce", (
                      select row_to_json(r36.*) from (
                        select t34.slug as "slug"
                      ) r36
                    ) as "node"
                  ) r35
                ) as l0 from (
                  select q30.*, coalesce(q30.date_earliest, q30.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x31.start_earliest, x31.start_latest, x31.start_precision, x31.end_earliest, x31.end_latest, x31.end_precision) as in_force from commitment q30 join commitment_timing x31 on x31.commitment_id = q30.id where (q30.committer_id = t6.id) and (in_force(cast(? as date), x31.start_earliest, x31.start_latest, x31.start_precision, x31.end_earliest, x31.end_latest, x31.end_precision) <> 'FALSE') order by coalesce(q30.date_earliest, q30.date_latest, 'infinity'::date), q30.id limit ?
                ) t34
              ) n33
            ) a32
          ) z29
        ) as "madeMar1"
      ) r1
    ) from organization t6 where t6.slug = ? limit 1
  )
)::text
-- values: ["2026-02-01",20,20,"ANNOUNCED:ASC","2026-02-01","2026-02-01",21,"2026-04-28",20,20,"ANNOUNCED:ASC","2026-04-28","2026-04-28",21,"2026-02-01",20,20,"DATE:ASC","2026-02-01","2026-02-01",21,"2026-03-01",20,20,"DATE:ASC","2026-03-01","2026-03-01",21,"amazon"]
-- aws
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select (
              select count(*) from commitment q3 join commitment_timing x4 on x4.commitment_id = q3.id where (q3.recipient_id = t5.id) and (in_force(cast(? as date), x4.start_earliest, x4.start_latest, x4.start_precision, x4.end_earliest, x4.end_latest, x4.end_precision) <> 'FALSE')
            ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select t8.in_force as "inForce", (
                      select row_to_json(r10.*) from (
                        select t8.slug as "slug"
                      ) r10
                    ) as "node"
                  ) r9
                ) as l0 from (
                  select q3.*, coalesce(q3.date_earliest, q3.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x4.start_earliest, x4.start_latest, x4.start_precision, x4.end_earliest, x4.end_latest, x4.end_precision) as in_force from commitment q3 join commitment_timing x4 on x4.commitment_id = q3.id where (q3.recipient_id = t5.id) and (in_force(cast(? as date), x4.start_earliest, x4.start_latest, x4.start_precision, x4.end_earliest, x4.end_latest, x4.end_precision) <> 'FALSE') order by coalesce(q3.date_earliest, q3.date_latest, 'infinity'::date), q3.id limit ?
                ) t8
              ) n7
            ) a6
          ) z2
        ) as "receivedMar1"
      ) r1
    ) from organization t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["2026-03-01",20,20,"DATE:ASC","2026-03-01","2026-03-01",21,"aws"]
-- openai
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select (
              select count(*) from commitment q3 join commitment_timing x4 on x4.commitment_id = q3.id where (q3.recipient_id = t5.id) and (in_force(cast(? as date), x4.start_earliest, x4.start_latest, x4.start_precision, x4.end_earliest, x4.end_latest, x4.end_precision) <> 'FALSE')
            ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select t8.in_force as "inForce", (
                      select row_to_json(r10.*) from (
                        select t8.slug as "slug"
                      ) r10
                    ) as "node"
                  ) r9
                ) as l0 from (
                  select q3.*, coalesce(q3.date_earliest, q3.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x4.start_earliest, x4.start_latest, x4.start_precision, x4.end_earliest, x4.end_latest, x4.end_precision) as in_force from commitment q3 join commitment_timing x4 on x4.commitment_id = q3.id where (q3.recipient_id = t5.id) and (in_force(cast(? as date), x4.start_earliest, x4.start_latest, x4.start_precision, x4.end_earliest, x4.end_latest, x4.end_precision) <> 'FALSE') order by coalesce(q3.date_earliest, q3.date_latest, 'infinity'::date), q3.id limit ?
                ) t8
              ) n7
            ) a6
          ) z2
        ) as "receivedMar1", (
          select row_to_json(z11.*) from (
            select (
              select count(*) from exclusive_term q12 join exclusivity_term_timing x13 on x13.term_id = q12.id where (q12.grantor_id = t5.id) and (in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) <> 'FALSE')
            ) as "totalCount", ('[' || coalesce(a14.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                select row_number() over (order by t16.sort_0, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text)]::text[], t16.id) as cursor, (
                  select row_to_json(r17.*) from (
                    select t16.in_force as "inForce", (
                      select row_to_json(r18.*) from (
                        select coalesce(to_json(t16.slug), '{"$error":0}'::json) as "slug"
                      ) r18
                    ) as "node"
                  ) r17
                ) as l0 from (
                  select q12.*, coalesce(q12.valid_from_earliest, q12.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) as in_force from exclusive_term q12 join exclusivity_term_timing x13 on x13.term_id = q12.id where (q12.grantor_id = t5.id) and (in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) <> 'FALSE') order by coalesce(q12.valid_from_earliest, q12.valid_from_latest, 'infinity'::date), q12.id limit ?
                ) t16
              ) n15
            ) a14
          ) z11
        ) as "grantedApr28", (
          select row_to_json(z19.*) from (
            select (
              select count(*) from exclusive_term q20 join exclusivity_term_timing x21 on x21.term_id = q20.id where (q20.grantor_id = t5.id) and (in_force(cast(? as date), x21.start_earliest, x21.start_latest, x21.start_precision, x21.end_earliest, x21.end_latest, x21.end_precision) <> 'FALSE')
            ) as "totalCount", ('[' || coalesce(a22.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n23.cursor order by n23.ord) filter (where n23.ord <= ?)) as cursors, string_agg(n23.l0::text, ',' order by n23.ord) filter (where n23.ord <= ?) as l0 from (
                select row_number() over (order by t24.sort_0, t24.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t24.sort_0::text)]::text[], t24.id) as cursor, (
                  select row_to_json(r25.*) from (
                    select t24.in_force as "inForce", (
                      select row_to_json(r26.*) from (
                        select coalesce(to_json(t24.slug), '{"$error":1}'::json) as "slug"
                      ) r26
                    ) as "node"
                  ) r25
                ) as l0 from (
                  select q20.*, coalesce(q20.valid_from_earliest, q20.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x21.start_earliest, x21.start_latest, x21.start_precision, x21.end_earliest, x21.end_latest, x21.end_precision) as in_force from exclusive_term q20 join exclusivity_term_timing x21 on x21.term_id = q20.id where (q20.grantor_id = t5.id) and (in_force(cast(? as date), x21.start_earliest, x21.start_latest, x21.start_precision, x21.end_earliest, x21.end_latest, x21.end_precision) <> 'FALSE') order by coalesce(q20.valid_from_earliest, q20.valid_from_latest, 'infinity'::date), q20.id limit ?
                ) t24
              ) n23
            ) a22
          ) z19
        ) as "grantedMay1"
      ) r1
    ) from organization t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["2026-03-01",20,20,"DATE:ASC","2026-03-01","2026-03-01",21,"2026-04-28",20,20,"VALID_FROM:ASC","2026-04-28","2026-04-28",21,"2026-05-01",20,20,"VALID_FROM:ASC","2026-05-01","2026-05-01",21,"openai"]
