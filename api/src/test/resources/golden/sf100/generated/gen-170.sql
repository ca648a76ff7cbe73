-- exclusivityTerms
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from exclusive_term q2 where exists (select 1 from citation oc3 join source os4 on os4.id = oc3.source_id where oc3.exclusivity_term_id = q2.id and (strpos(lower(oc3.credited_outlet), lower(?)) > 0 or strpos(lower(os4.publisher), lower(?)) > 0))
      ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
          select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
            select row_to_json(r8.*) from (
              select coalesce(to_json(t7.status), '{"$error":0}'::json) as "status", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) from exclusivity_term_timing x9 where x9.term_id = t7.id
              ), 'UNKNOWN')), '{"$error":1}'::json) as "inForce", coalesce(to_json(dg_global_id('ExclusivityTerm', t7.slug)), '{"$error":2}'::json) as "a2", coalesce(to_json(array(select o10.outlet from (
                select distinct trim(o11.outlet) collate "C" as outlet from (
                  select cc12.source_id, cc12.credited_outlet, bool_or(cc12.credited_outlet is not null) over (partition by cc12.source_id) as credits from citation cc12 where cc12.exclusivity_term_id = t7.id
                ) c13 join source s14 on s14.id = c13.source_id cross join lateral unnest(case when c13.credited_outlet is not null then string_to_array(c13.credited_outlet, ',') when c13.credits then array[]::text[] else array[coalesce(s14.publisher, s14.author, '“' || s14.title || '”')] end) as o11(outlet)
              ) o10 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r15.*) from (
                    select coalesce(to_json(c16.slug), '{"$error":4}'::json) as "slug", (
                      select ('[' || coalesce(string_agg((
                        select row_to_json(r17.*) from (
                          select coalesce(to_json(c18.scope), '{"$error":5}'::json) as "scope", coalesce(to_json(coalesce((
                            select in_force(cast(? as date), x19.start_earliest, x19.start_latest, x19.start_precision, x19.end_earliest, x19.end_latest, x19.end_precision) from exclusivity_term_timing x19 where x19.term_id = c18.id
                          ), 'UNKNOWN')), '{"$error":6}'::json) as "inForce", coalesce(to_json(c18.status), '{"$error":7}'::json) as "status", coalesce(to_json(c18.slug), '{"$error":8}'::json) as "slug"
                        ) r17
                      )::text, ',' order by c18.id), '') || ']')::json from (
                        select c18.* from exclusive_term c18 where c18.superseded_by_term_id = c16.id order by c18.id limit ?
                      ) c18 where true
                    ) as "supersedes"
                  ) r15
                )::text, ',' order by c16.id), '') || ']')::json from (
                  select c16.* from exclusive_term c16 where c16.superseded_by_term_id = t7.id order by c16.id limit ?
                ) c16 where true
              ) as "supersedes"
            ) r8
          ) as l0 from (
            select q2.*, coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q2 where exists (select 1 from citation oc3 join source os4 on os4.id = oc3.source_id where oc3.exclusivity_term_id = q2.id and (strpos(lower(oc3.credited_outlet), lower(?)) > 0 or strpos(lower(os4.publisher), lower(?)) > 0)) order by coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date), q2.id limit ?
          ) t7
        ) n6
      ) a5
    ) z1
  )
)::text
-- values: ["cnbc.com","cnbc.com",6,6,"VALID_FROM:ASC","2026-04-01","2020-11-16",10,10,"cnbc.com","cnbc.com",7]
