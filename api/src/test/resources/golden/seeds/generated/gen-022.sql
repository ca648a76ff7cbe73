-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.statement_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "a0", t4.quote as "quote", t4.channel as "channel", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r8.*) from (
              select (
                select (
                  select row_to_json(r9.*) from (
                    select c10.description as "description", (
                      select row_to_json(z11.*) from (
                        select (
                          select count(*) from exclusive_term q12 join exclusivity_term_timing x13 on x13.term_id = q12.id where (q12.holder_id = c10.id) and (in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) <> 'FALSE')
                        ) as "a0", ('[' || coalesce(a14.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                            select row_number() over (order by t16.sort_0, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text)]::text[], t16.id) as cursor, (
                              select row_to_json(r17.*) from (
                                select coalesce(to_json(coalesce((
                                  select in_force(cast(? as date), x18.start_earliest, x18.start_latest, x18.start_precision, x18.end_earliest, x18.end_latest, x18.end_precision) from exclusivity_term_timing x18 where x18.term_id = t16.id
                                ), 'UNKNOWN')), '{"$error":1}'::json) as "inForce", coalesce(to_json((select count(*)::int from (
                                  select distinct trim(o19.outlet) collate "C" as outlet from (
                                    select cc20.source_id, cc20.credited_outlet, bool_or(cc20.credited_outlet is not null) over (partition by cc20.source_id) as credits from citation cc20 where cc20.exclusivity_term_id = t16.id
                                  ) c21 join source s22 on s22.id = c21.source_id cross join lateral unnest(case when c21.credited_outlet is not null then string_to_array(c21.credited_outlet, ',') when c21.credits then array[]::text[] else array[coalesce(s22.publisher, s22.author, '“' || s22.title || '”')] end) as o19(outlet)
                                ) o23)), '{"$error":2}'::json) as "corroboration", coalesce(to_json(t16.status), '{"$error":3}'::json) as "status", coalesce(to_json(t16.scope), '{"$error":4}'::json) as "scope"
                              ) r17
                            ) as l0 from (
                              select q12.*, coalesce(q12.valid_from_earliest, q12.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) as in_force from exclusive_term q12 join exclusivity_term_timing x13 on x13.term_id = q12.id where (q12.holder_id = c10.id) and (in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) <> 'FALSE') and ((coalesce(q12.valid_from_earliest, q12.valid_from_latest, 'infinity'::date), q12.id) > (cast(? as date), ?)) order by coalesce(q12.valid_from_earliest, q12.valid_from_latest, 'infinity'::date), q12.id limit ?
                            ) t16
                          ) n15
                        ) a14
                      ) z11
                    ) as "exclusivityHeld"
                  ) r9
                ) from organization c10 where c10.id = c24.organization_id limit 1
              ) as "organization", (
                select (
                  select row_to_json(r25.*) from (
                    select c26.role as "role"
                  ) r25
                ) from person c26 where c26.id = c24.person_id limit 1
              ) as "person"
            ) r8
          )::text, ',' order by c24.id), '') || ']')::json from (
            select c24.* from statement_speaker c24 where c24.statement_id = t4.id order by c24.id limit ?
          ) c24 where true
        ) as "speakers", (case when t4.date_precision is null then null else (
          select row_to_json(r27.*) from (
            select coalesce(to_json(dg_fuzzy_display(t4.date_earliest, t4.date_latest, t4.date_precision)), '{"$error":5}'::json) as "display", t4.date_earliest as "earliest"
          ) r27
        ) end) as "date"
      ) r1
    ) from statement t4 where t4.slug = ? limit 1
  )
)::text
-- values: ["2015-06-30",2,2,"VALID_FROM:ASC","2026-04-28","2015-06-30","2015-06-30","infinity",3,3,10,"openai-memo-microsoft-limited-its-ability"]
