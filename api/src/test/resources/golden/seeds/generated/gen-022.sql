-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.statement_id = t5.id
        ) o6)), '{"$error":0}'::json) as "a0", t5.quote as "quote", t5.channel as "channel", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r7.*) from (
              select (
                select (
                  select row_to_json(r8.*) from (
                    select c9.description as "description", (
                      select row_to_json(z10.*) from (
                        select (
                          select count(*) from exclusivity_term q11 join exclusivity_term_timing x12 on x12.term_id = q11.id where (q11.holder_id = c9.id) and (in_force(cast(? as date), x12.start_earliest, x12.start_latest, x12.start_precision, x12.end_earliest, x12.end_latest, x12.end_precision) <> 'FALSE')
                        ) as "a0", ('[' || coalesce(a13.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0 from (
                            select row_number() over (order by t15.sort_0, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as cursor, (
                              select row_to_json(r16.*) from (
                                select coalesce(to_json(coalesce((
                                  select in_force(cast(? as date), x17.start_earliest, x17.start_latest, x17.start_precision, x17.end_earliest, x17.end_latest, x17.end_precision) from exclusivity_term_timing x17 where x17.term_id = t15.id
                                ), 'UNKNOWN')), '{"$error":1}'::json) as "inForce", coalesce(to_json((select count(*)::int from (
                                  select distinct trim(o18.outlet) collate "C" as outlet from citation c19 join source s20 on s20.id = c19.source_id cross join lateral unnest(case when c19.credited_outlet is not null then string_to_array(c19.credited_outlet, ',') else array[coalesce(s20.publisher, s20.author, '“' || s20.title || '”')] end) as o18(outlet) where c19.exclusivity_term_id = t15.id
                                ) o21)), '{"$error":2}'::json) as "corroboration", t15.status as "status", t15.scope as "scope"
                              ) r16
                            ) as l0 from (
                              select q11.*, coalesce(q11.valid_from_earliest, q11.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x12.start_earliest, x12.start_latest, x12.start_precision, x12.end_earliest, x12.end_latest, x12.end_precision) as in_force from exclusivity_term q11 join exclusivity_term_timing x12 on x12.term_id = q11.id where (q11.holder_id = c9.id) and (in_force(cast(? as date), x12.start_earliest, x12.start_latest, x12.start_precision, x12.end_earliest, x12.end_latest, x12.end_precision) <> 'FALSE') and ((coalesce(q11.valid_from_earliest, q11.valid_from_latest, 'infinity'::date), q11.id) > (cast(? as date), ?)) order by coalesce(q11.valid_from_earliest, q11.valid_from_latest, 'infinity'::date), q11.id limit ?
                            ) t15
                          ) n14
                        ) a13
                      ) z10
                    ) as "exclusivityHeld"
                  ) r8
                ) from organization c9 where c9.id = c22.organization_id limit 1
              ) as "organization", (
                select (
                  select row_to_json(r23.*) from (
                    select c24.role as "role"
                  ) r23
                ) from person c24 where c24.id = c22.person_id limit 1
              ) as "person"
            ) r7
          )::text, ',' order by c22.id), '') || ']')::json from (
            select c22.* from statement_speaker c22 where c22.statement_id = t5.id order by c22.id limit ?
          ) c22 where true
        ) as "speakers", (case when t5.date_precision is null then null else (
          select row_to_json(r25.*) from (
            select coalesce(to_json(dg_fuzzy_display(t5.date_earliest, t5.date_latest, t5.date_precision)), '{"$error":3}'::json) as "display", t5.date_earliest as "earliest"
          ) r25
        ) end) as "date"
      ) r1
    ) from statement t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["2015-06-30",2,2,"VALID_FROM:ASC","2026-04-28","2015-06-30","2015-06-30","infinity",3,3,10,"openai-memo-microsoft-limited-its-ability"]
