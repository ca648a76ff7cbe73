-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from exclusivity_term_timing x2 where x2.term_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "a0", coalesce(to_json(array(select o4.outlet from (
          select distinct trim(o5.outlet) collate "C" as outlet from citation c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o5(outlet) where c6.exclusivity_term_id = t3.id
        ) o4 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", coalesce(to_json((
          select (
            select row_to_json(r8.*) from (
              select c9.kind as "kind", coalesce(to_json(array(select a10.value from organization_alias a10 where a10.organization_id = c9.id and a10.kind = 'TICKER' order by a10.value limit 100)), '{"$error":2}'::json) as "tickers", '{"$error":3}'::json as "exclusivityGranted", (
                select row_to_json(z11.*) from (
                  select (
                    select count(*) from exclusivity_term q12 where q12.grantor_id = c9.id
                  ) as "totalCount", (
                    select row_to_json(r13.*) from (
                      select a14.cursors[array_length(a14.cursors, 1)] as "endCursor", false as "hasPreviousPage", a14.cursors[1] as "startCursor", a14.fetched > ? as "hasNextPage"
                    ) r13
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors from (
                      select row_number() over (order by t16.sort_0, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text)]::text[], t16.id) as cursor from (
                        select q12.*, coalesce(q12.valid_from_earliest, q12.valid_from_latest, 'infinity'::date) as sort_0 from exclusivity_term q12 where q12.grantor_id = c9.id order by coalesce(q12.valid_from_earliest, q12.valid_from_latest, 'infinity'::date), q12.id limit ?
                      ) t16
                    ) n15
                  ) a14
                ) z11
              ) as "again3"
            ) r8
          ) from organization c9 where c9.id = t3.grantor_id limit 1
        )), '{"$error":4}'::json) as "grantor"
      ) r1
    ) from exclusivity_term t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2026-05-01",3,3,"VALID_FROM:ASC",4,"aws-exclusive-third-party-distribution-for-frontier"]
