-- search
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select d2.*, w3 as tsq, ts_rank_cd(d2.tsv, w3) as score from search_document d2, websearch_to_tsquery('english', ?) w3 where d2.tsv @@ w3
        ) q4 where q4.kind = any(cast(? as text[]))
      ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
          select row_number() over (order by t7.sort_0 desc, t7.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
            select row_to_json(r8.*) from (
              select coalesce(to_json(t7.kind), '{"$error":0}'::json) as "kind", coalesce(to_json(t7.score), '{"$error":1}'::json) as "score", coalesce(to_json((case t7.kind when 'COMMITMENT' then (
                select (
                  select row_to_json(r9.*) from (
                    select 'Commitment'::text as "__typename"
                  ) r9
                ) from commitment c10 where c10.id = t7.fact_id limit 1
              ) when 'DEAL' then (
                select (
                  select row_to_json(r11.*) from (
                    select 'Deal'::text as "__typename"
                  ) r11
                ) from deal c12 where c12.id = t7.fact_id limit 1
              ) when 'EVENT' then (
                select (
                  select row_to_json(r13.*) from (
                    select 'Event'::text as "__typename", c14.description as "description", c14.title as "title", c14.slug as "slug", c14.kind as "a3", coalesce(to_json((case when c14.date_precision is null then null else (
                      select row_to_json(r15.*) from (
                        select coalesce(to_json(dg_fuzzy_display(c14.date_earliest, c14.date_latest, c14.date_precision)), '{"$error":2}'::json) as "display", c14.date_latest as "latest", coalesce(to_json(c14.date_precision), '{"$error":3}'::json) as "precision"
                      ) r15
                    ) end)), '{"$error":4}'::json) as "date"
                  ) r13
                ) from event c14 where c14.id = t7.fact_id limit 1
              ) when 'EXCLUSIVITY_TERM' then (
                select (
                  select row_to_json(r16.*) from (
                    select 'ExclusivityTerm'::text as "__typename", coalesce(to_json(c17.slug), '{"$error":5}'::json) as "slug", coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x18.start_earliest, x18.start_latest, x18.start_precision, x18.end_earliest, x18.end_latest, x18.end_precision) from exclusivity_term_timing x18 where x18.term_id = c17.id
                    ), 'UNKNOWN')), '{"$error":6}'::json) as "inForce", coalesce(to_json(c17.scope), '{"$error":7}'::json) as "scope", coalesce(to_json(dg_global_id('ExclusivityTerm', c17.slug)), '{"$error":8}'::json) as "id"
                  ) r16
                ) from exclusive_term c17 where c17.id = t7.fact_id limit 1
              ) when 'ORGANIZATION' then (
                select (
                  select row_to_json(r19.*) from (
                    select 'Organization'::text as "__typename"
                  ) r19
                ) from organization c20 where c20.id = t7.fact_id limit 1
              ) when 'PERSON' then (
                select (
                  select row_to_json(r21.*) from (
                    select 'Person'::text as "__typename"
                  ) r21
                ) from person c22 where c22.id = t7.fact_id limit 1
              ) when 'SOURCE' then (
                select (
                  select row_to_json(r23.*) from (
                    select 'Source'::text as "__typename"
                  ) r23
                ) from source c24 where c24.id = t7.fact_id limit 1
              ) when 'STATEMENT' then (
                select (
                  select row_to_json(r25.*) from (
                    select 'Statement'::text as "__typename"
                  ) r25
                ) from statement c26 where c26.id = t7.fact_id limit 1
              ) end)), '{"$error":9}'::json) as "node"
            ) r8
          ) as l0 from (
            select q4.*, q4.score as sort_0 from (
              select d2.*, w3 as tsq, ts_rank_cd(d2.tsv, w3) as score from search_document d2, websearch_to_tsquery('english', ?) w3 where d2.tsv @@ w3
            ) q4 where q4.kind = any(cast(? as text[])) order by q4.score desc, q4.id desc limit ?
          ) t7
        ) n6
      ) a5
    ) z1
  )
)::text
-- values: ["invest",["ORGANIZATION"],6,6,"SCORE:DESC","2027-01-01","invest",["ORGANIZATION"],7]
-- activity
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(0), '{"$error":0}'::json) as "notPlaced" from (
        select i2.*, l3.organization_id from (
          select e4.id, e4.date_earliest, e4.date_latest, e4.date_precision from event e4
        ) i2 left join (
          select event_id as id, organization_id from event_organization
        ) l3 on l3.id = i2.id
      ) q5 where q5.date_precision is not null and coalesce(q5.date_latest, 'infinity'::date) >= cast(? as date) group by ()
    ) r1
  )
)::text
-- values: ["2027-01-04"]
