-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(t2.scope), '{"$error":0}'::json) as "scope", coalesce(to_json((
          select (
            select row_to_json(r3.*) from (
              select c4.slug as "slug", c4.name as "name", (
                select row_to_json(z5.*) from (
                  select (
                    select row_to_json(r6.*) from (
                      select a7.cursors[array_length(a7.cursors, 1)] as "endCursor", a7.fetched > ? as "hasNextPage", exists (
                        select 1 from exclusive_term q8 where (q8.grantor_id = c4.id) and (not (coalesce(q8.valid_from_earliest, q8.valid_from_latest, 'infinity'::date), q8.id) > (cast(? as date), ?))
                      ) as "a2", a7.cursors[1] as "startCursor"
                    ) r6
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors from (
                      select row_number() over (order by t10.sort_0, t10.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as cursor from (
                        select q8.*, coalesce(q8.valid_from_earliest, q8.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q8 where (q8.grantor_id = c4.id) and ((coalesce(q8.valid_from_earliest, q8.valid_from_latest, 'infinity'::date), q8.id) > (cast(? as date), ?)) order by coalesce(q8.valid_from_earliest, q8.valid_from_latest, 'infinity'::date), q8.id limit ?
                      ) t10
                    ) n9
                  ) a7
                ) z5
              ) as "exclusivityGranted", (
                select row_to_json(z11.*) from (
                  select coalesce(a12.dg_total_count, 0) as "totalCount", ('[' || coalesce(a12.l0, '') || ']')::json as "edges" from (
                    select count(*) as fetched, max(n13.dg_total_count) as dg_total_count, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors, string_agg(n13.l0::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l0 from (
                      select row_number() over (order by t14.sort_0, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as cursor, t14.dg_total_count as dg_total_count, (
                        select row_to_json(r15.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as "cursor", (
                            select row_to_json(r16.*) from (
                              select coalesce(to_json(array(select o17.outlet from (
                                select distinct trim(o18.outlet) collate "C" as outlet from (
                                  select cc19.source_id, cc19.credited_outlet, bool_or(cc19.credited_outlet is not null) over (partition by cc19.source_id) as credits from citation cc19 where cc19.exclusivity_term_id = t14.id
                                ) c20 join source s21 on s21.id = c20.source_id cross join lateral unnest(case when c20.credited_outlet is not null then string_to_array(c20.credited_outlet, ',') when c20.credits then array[]::text[] else array[coalesce(s21.publisher, s21.author, '“' || s21.title || '”')] end) as o18(outlet)
                              ) o17 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", coalesce(to_json(t14.scope), '{"$error":2}'::json) as "scope"
                            ) r16
                          ) as "node"
                        ) r15
                      ) as l0 from (
                        select q22.*, coalesce(q22.valid_from_earliest, q22.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x23.start_earliest, x23.start_latest, x23.start_precision, x23.end_earliest, x23.end_latest, x23.end_precision) as in_force, count(*) over () as dg_total_count from exclusive_term q22 join exclusivity_term_timing x23 on x23.term_id = q22.id where (q22.holder_id = c4.id) and (in_force(cast(? as date), x23.start_earliest, x23.start_latest, x23.start_precision, x23.end_earliest, x23.end_latest, x23.end_precision) <> 'FALSE') order by coalesce(q22.valid_from_earliest, q22.valid_from_latest, 'infinity'::date), q22.id limit ?
                      ) t14
                    ) n13
                  ) a12
                ) z11
              ) as "exclusivityHeld"
            ) r3
          ) from organization c4 where c4.id = t2.grantor_id limit 1
        )), '{"$error":3}'::json) as "grantor"
      ) r1
    ) from exclusive_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,"infinity",3,2,"VALID_FROM:ASC","infinity",3,3,1,1,"VALID_FROM:ASC","VALID_FROM:ASC","2030-12-31","2030-12-31",2,"microsoft-sole-cloud-for-third-party-api-products"]
-- r2
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[array_length(a3.cursors, 1)] as "endCursor", false as "hasPreviousPage", a3.cursors[1] as "startCursor", a3.fetched > ? as "hasNextPage"
        ) r2
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor from (
            select q6.*, coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) as in_force from commitment q6 join commitment_timing x7 on x7.commitment_id = q6.id where (q6.deal_id = (
              select s8.id from deal s8 where s8.slug = ?
            )) and (in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) <> 'FALSE') order by coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [20,20,"DATE:ASC","2026-02-27","amazon-openai-stateful-runtime","2026-02-27",21]
