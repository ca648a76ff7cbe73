-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.deal_id = t6.id
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t6.title as "title", coalesce(to_json(dg_global_id('Deal', t6.slug)), '{"$error":1}'::json) as "id", (
          select row_to_json(z7.*) from (
            select (
              select count(*) from exclusivity_term q8 join exclusivity_term_timing x9 on x9.term_id = q8.id where (q8.deal_id = t6.id) and (in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) <> 'FALSE')
            ) as "totalCount", ('[' || coalesce(a10.l0, '') || ']')::json as "nodes", ('[' || coalesce(a10.l1, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors, string_agg(n11.l0::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l0, string_agg(n11.l1::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l1 from (
                select row_number() over (order by t12.sort_0, t12.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text)]::text[], t12.id) as cursor, (
                  select row_to_json(r13.*) from (
                    select coalesce(to_json(dg_global_id('ExclusivityTerm', t12.slug)), '{"$error":2}'::json) as "id", coalesce(to_json((select count(*)::int from (
                      select distinct trim(o14.outlet) collate "C" as outlet from citation c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o14(outlet) where c15.exclusivity_term_id = t12.id
                    ) o17)), '{"$error":3}'::json) as "corroboration"
                  ) r13
                ) as l0, (
                  select row_to_json(r18.*) from (
                    select t12.in_force as "inForce"
                  ) r18
                ) as l1 from (
                  select q8.*, coalesce(q8.valid_from_earliest, q8.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) as in_force from exclusivity_term q8 join exclusivity_term_timing x9 on x9.term_id = q8.id where (q8.deal_id = t6.id) and (in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) <> 'FALSE') and ((coalesce(q8.valid_from_earliest, q8.valid_from_latest, 'infinity'::date), q8.id) > (cast(? as date), ?)) order by coalesce(q8.valid_from_earliest, q8.valid_from_latest, 'infinity'::date), q8.id limit ?
                ) t12
              ) n11
            ) a10
          ) z7
        ) as "exclusivityTerms"
      ) r1
    ) from deal t6 where t6.slug = ? limit 1
  )
)::text
-- values: ["2026-04-13",1,1,1,"VALID_FROM:ASC","2026-04-13","2026-04-13","infinity",3,2,"microsoft-openai-restructuring-2026-04"]
