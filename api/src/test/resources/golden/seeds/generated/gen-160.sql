-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from exclusivity_term_timing x2 where x2.term_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "a0", coalesce(to_json(array(select o4.outlet from (
          select distinct trim(o5.outlet) collate "C" as outlet from (
            select cc6.source_id, cc6.credited_outlet, bool_or(cc6.credited_outlet is not null) over (partition by cc6.source_id) as credits from citation cc6 where cc6.exclusivity_term_id = t3.id
          ) c7 join source s8 on s8.id = c7.source_id cross join lateral unnest(case when c7.credited_outlet is not null then string_to_array(c7.credited_outlet, ',') when c7.credits then array[]::text[] else array[coalesce(s8.publisher, s8.author, '“' || s8.title || '”')] end) as o5(outlet)
        ) o4 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", coalesce(to_json((
          select (
            select row_to_json(r9.*) from (
              select c10.kind as "kind", coalesce(to_json(array(select a11.value from organization_alias a11 where a11.organization_id = c10.id and a11.kind = 'TICKER' order by a11.value limit 100)), '{"$error":2}'::json) as "tickers", '{"$error":3}'::json as "exclusivityGranted", (
                select row_to_json(z12.*) from (
                  select (
                    select count(*) from exclusive_term q13 where q13.grantor_id = c10.id
                  ) as "totalCount", (
                    select row_to_json(r14.*) from (
                      select a15.cursors[array_length(a15.cursors, 1)] as "endCursor", false as "hasPreviousPage", a15.cursors[1] as "startCursor", a15.fetched > ? as "hasNextPage"
                    ) r14
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n16.cursor order by n16.ord) filter (where n16.ord <= ?)) as cursors from (
                      select row_number() over (order by t17.sort_0, t17.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text)]::text[], t17.id) as cursor from (
                        select q13.*, coalesce(q13.valid_from_earliest, q13.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q13 where q13.grantor_id = c10.id order by coalesce(q13.valid_from_earliest, q13.valid_from_latest, 'infinity'::date), q13.id limit ?
                      ) t17
                    ) n16
                  ) a15
                ) z12
              ) as "again3"
            ) r9
          ) from organization c10 where c10.id = t3.grantor_id limit 1
        )), '{"$error":4}'::json) as "grantor"
      ) r1
    ) from exclusive_term t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2026-05-01",3,3,"VALID_FROM:ASC",4,"aws-exclusive-third-party-distribution-for-frontier"]
