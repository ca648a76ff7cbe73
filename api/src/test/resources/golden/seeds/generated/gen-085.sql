-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.deal_id = t5.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o3(outlet)
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t5.title as "title", coalesce(to_json(dg_global_id('Deal', t5.slug)), '{"$error":1}'::json) as "id", (
          select row_to_json(z8.*) from (
            select (
              select count(*) from exclusive_term q9 join exclusivity_term_timing x10 on x10.term_id = q9.id where (q9.deal_id = t5.id) and (in_force(cast(? as date), x10.start_earliest, x10.start_latest, x10.start_precision, x10.end_earliest, x10.end_latest, x10.end_precision) <> 'FALSE')
            ) as "totalCount", ('[' || coalesce(a11.l0, '') || ']')::json as "nodes", ('[' || coalesce(a11.l1, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors, string_agg(n12.l0::text, ',' order by n12.ord) filter (where n12.ord <= ?) as l0, string_agg(n12.l1::text, ',' order by n12.ord) filter (where n12.ord <= ?) as l1 from (
                select row_number() over (order by t13.sort_0, t13.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text)]::text[], t13.id) as cursor, (
                  select row_to_json(r14.*) from (
                    select coalesce(to_json(dg_global_id('ExclusivityTerm', t13.slug)), '{"$error":2}'::json) as "id", coalesce(to_json((select count(*)::int from (
                      select distinct trim(o15.outlet) collate "C" as outlet from (
                        select cc16.source_id, cc16.credited_outlet, bool_or(cc16.credited_outlet is not null) over (partition by cc16.source_id) as credits from citation cc16 where cc16.exclusivity_term_id = t13.id
                      ) c17 join source s18 on s18.id = c17.source_id cross join lateral unnest(case when c17.credited_outlet is not null then string_to_array(c17.credited_outlet, ',') when c17.credits then array[]::text[] else array[coalesce(s18.publisher, s18.author, '“' || s18.title || '”')] end) as o15(outlet)
                    ) o19)), '{"$error":3}'::json) as "corroboration"
                  ) r14
                ) as l0, (
                  select row_to_json(r20.*) from (
                    select t13.in_force as "inForce"
                  ) r20
                ) as l1 from (
                  select q9.*, coalesce(q9.valid_from_earliest, q9.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x10.start_earliest, x10.start_latest, x10.start_precision, x10.end_earliest, x10.end_latest, x10.end_precision) as in_force from exclusive_term q9 join exclusivity_term_timing x10 on x10.term_id = q9.id where (q9.deal_id = t5.id) and (in_force(cast(? as date), x10.start_earliest, x10.start_latest, x10.start_precision, x10.end_earliest, x10.end_latest, x10.end_precision) <> 'FALSE') and ((coalesce(q9.valid_from_earliest, q9.valid_from_latest, 'infinity'::date), q9.id) > (cast(? as date), ?)) order by coalesce(q9.valid_from_earliest, q9.valid_from_latest, 'infinity'::date), q9.id limit ?
                ) t13
              ) n12
            ) a11
          ) z8
        ) as "exclusivityTerms"
      ) r1
    ) from deal t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["2026-04-13",1,1,1,"VALID_FROM:ASC","2026-04-13","2026-04-13","infinity",3,2,"microsoft-openai-restructuring-2026-04"]
