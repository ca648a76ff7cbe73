-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.status as "status"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["microsoft-openai-partnership"]
-- r2
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "a0", t2.kind as "kind", (
          select row_to_json(z3.*) from (
            select ('[' || coalesce(a4.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
                select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
                  select row_to_json(r7.*) from (
                    select null::text as "inForce", dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as "cursor", (
                      select row_to_json(r8.*) from (
                        select coalesce(to_json((select count(*)::int from (
                          select distinct trim(o9.outlet) collate "C" as outlet from (
                            select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.exclusivity_term_id = t6.id
                          ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
                        ) o13)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(array(select o14.outlet from (
                          select distinct trim(o15.outlet) collate "C" as outlet from (
                            select cc16.source_id, cc16.credited_outlet, bool_or(cc16.credited_outlet is not null) over (partition by cc16.source_id) as credits from citation cc16 where cc16.exclusivity_term_id = t6.id
                          ) c17 join source s18 on s18.id = c17.source_id cross join lateral unnest(case when c17.credited_outlet is not null then string_to_array(c17.credited_outlet, ',') when c17.credits then array[]::text[] else array[coalesce(s18.publisher, s18.author, '“' || s18.title || '”')] end) as o15(outlet)
                        ) o14 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
                          select ('[' || coalesce(string_agg((
                            select row_to_json(r19.*) from (
                              select coalesce(to_json(coalesce((
                                select in_force(cast(? as date), x20.start_earliest, x20.start_latest, x20.start_precision, x20.end_earliest, x20.end_latest, x20.end_precision) from exclusivity_term_timing x20 where x20.term_id = c21.id
                              ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce", coalesce(to_json(array(select o22.outlet from (
                                select distinct trim(o23.outlet) collate "C" as outlet from (
                                  select cc24.source_id, cc24.credited_outlet, bool_or(cc24.credited_outlet is not null) over (partition by cc24.source_id) as credits from citation cc24 where cc24.exclusivity_term_id = c21.id
                                ) c25 join source s26 on s26.id = c25.source_id cross join lateral unnest(case when c25.credited_outlet is not null then string_to_array(c25.credited_outlet, ',') when c25.credits then array[]::text[] else array[coalesce(s26.publisher, s26.author, '“' || s26.title || '”')] end) as o23(outlet)
                              ) o22 order by 1 limit 100)), '{"$error":3}'::json) as "a1"
                            ) r19
                          )::text, ',' order by c21.id), '') || ']')::json from (
                            select c21.* from exclusive_term c21 where c21.superseded_by_term_id = t6.id order by c21.id limit ?
                          ) c21 where true
                        ) as "supersedes"
                      ) r8
                    ) as "node"
                  ) r7
                ) as l0 from (
                  select q27.*, coalesce(q27.valid_from_earliest, q27.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q27 where q27.holder_id = t2.id order by coalesce(q27.valid_from_earliest, q27.valid_from_latest, 'infinity'::date), q27.id limit ?
                ) t6
              ) n5
            ) a4
          ) z3
        ) as "exclusivityHeld"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,3,"VALID_FROM:ASC","VALID_FROM:ASC","2026-04-30",10,4,"openai"]
