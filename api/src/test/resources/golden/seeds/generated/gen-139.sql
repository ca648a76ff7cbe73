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
                          select distinct trim(o9.outlet) collate "C" as outlet from citation c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o9(outlet) where c10.exclusivity_term_id = t6.id
                        ) o12)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(array(select o13.outlet from (
                          select distinct trim(o14.outlet) collate "C" as outlet from citation c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o14(outlet) where c15.exclusivity_term_id = t6.id
                        ) o13 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
                          select ('[' || coalesce(string_agg((
                            select row_to_json(r17.*) from (
                              select coalesce(to_json(coalesce((
                                select in_force(cast(? as date), x18.start_earliest, x18.start_latest, x18.start_precision, x18.end_earliest, x18.end_latest, x18.end_precision) from exclusivity_term_timing x18 where x18.term_id = c19.id
                              ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce", coalesce(to_json(array(select o20.outlet from (
                                select distinct trim(o21.outlet) collate "C" as outlet from citation c22 join source s23 on s23.id = c22.source_id cross join lateral unnest(case when c22.credited_outlet is not null then string_to_array(c22.credited_outlet, ',') else array[coalesce(s23.publisher, s23.author, '“' || s23.title || '”')] end) as o21(outlet) where c22.exclusivity_term_id = c19.id
                              ) o20 order by 1 limit 100)), '{"$error":3}'::json) as "a1"
                            ) r17
                          )::text, ',' order by c19.id), '') || ']')::json from (
                            select c19.* from exclusivity_term c19 where c19.superseded_by_term_id = t6.id order by c19.id limit ?
                          ) c19 where true
                        ) as "supersedes"
                      ) r8
                    ) as "node"
                  ) r7
                ) as l0 from (
                  select q24.*, coalesce(q24.valid_from_earliest, q24.valid_from_latest, 'infinity'::date) as sort_0 from exclusivity_term q24 where q24.holder_id = t2.id order by coalesce(q24.valid_from_earliest, q24.valid_from_latest, 'infinity'::date), q24.id limit ?
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
