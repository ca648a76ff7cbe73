-- activity
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(0), '{"$error":0}'::json) as "notPlaced", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r2.*) from (
            select coalesce(to_json(g3.n), '{"$error":1}'::json) as "count", coalesce(to_json(g3.key), '{"$error":2}'::json) as "key", g3.month as "month", (
              select (
                select row_to_json(r4.*) from (
                  select coalesce(to_json(array(select a5.value from organization_alias a5 where a5.organization_id = c6.id and a5.kind = 'TICKER' order by a5.value limit 100)), '{"$error":3}'::json) as "tickers", c6.kind as "a1", c6.slug as "slug"
                ) r4
              ) from organization c6 where c6.id = g3.organization_id limit 1
            ) as "organization"
          ) r2
        )::text, ',' order by g3.month, g3.n desc, g3.key), '') || ']')::json from (
          select g3.* from (
            select (
              select o7.slug from organization o7 where o7.id = q8.organization_id
            ) as key, null::text as month, q8.organization_id as organization_id, count(distinct q8.id)::int as n from (
              select i9.*, l10.organization_id from (
                select e11.id, e11.date_earliest, e11.date_latest, e11.date_precision from event e11
              ) i9 left join (
                select event_id as id, organization_id from event_organization
              ) l10 on l10.id = i9.id
            ) q8 where (q8.date_precision is not null and coalesce(q8.date_latest, 'infinity'::date) >= cast(? as date)) and (true) group by q8.organization_id having q8.organization_id is not null
          ) g3 where true order by g3.month, g3.n desc, g3.key limit ?
        ) g3 where true
      ) as "buckets" from (
        select i12.*, l13.organization_id from (
          select e14.id, e14.date_earliest, e14.date_latest, e14.date_precision from event e14
        ) i12 left join (
          select event_id as id, organization_id from event_organization
        ) l13 on l13.id = i12.id
      ) q15 where q15.date_precision is not null and coalesce(q15.date_latest, 'infinity'::date) >= cast(? as date) group by ()
    ) r1
  )
)::text
-- values: ["2017-02-01",100,"2017-02-01"]
-- exclusivityTerms
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(coalesce((
                select in_force(cast(? as date), x6.start_earliest, x6.start_latest, x6.start_precision, x6.end_earliest, x6.end_latest, x6.end_precision) from exclusivity_term_timing x6 where x6.term_id = t4.id
              ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", coalesce(to_json((select count(*)::int from (
                select distinct trim(o7.outlet) collate "C" as outlet from (
                  select cc8.source_id, cc8.credited_outlet, bool_or(cc8.credited_outlet is not null) over (partition by cc8.source_id) as credits from citation cc8 where cc8.exclusivity_term_id = t4.id
                ) c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') when c9.credits then array[]::text[] else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o7(outlet)
              ) o11)), '{"$error":1}'::json) as "corroboration", (
                select row_to_json(z12.*) from (
                  select (
                    select row_to_json(r13.*) from (
                      select a14.fetched > ? as "hasNextPage", a14.cursors[1] as "startCursor"
                    ) r13
                  ) as "pageInfo", ('[' || coalesce(a14.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                      select row_number() over (order by t16.sort_0, t16.sort_1, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as cursor, (
                        select row_to_json(r17.*) from (
                          select t16.end_offset as "endOffset", t16.credited_outlet as "creditedOutlet", t16.excerpt as "excerpt", t16.start_offset as "startOffset"
                        ) r17
                      ) as l0 from (
                        select q18.*, q18.source_id as sort_0, q18.start_offset as sort_1 from citation q18 where q18.exclusivity_term_id = t4.id order by q18.source_id, q18.start_offset, q18.id limit ?
                      ) t16
                    ) n15
                  ) a14
                ) z12
              ) as "citations"
            ) r5
          ) as l0 from (
            select q19.*, coalesce(q19.valid_from_earliest, q19.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q19 where true order by coalesce(q19.valid_from_earliest, q19.valid_from_latest, 'infinity'::date), q19.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [1,1,"VALID_FROM:ASC","2015-05-26",2,2,2,"SOURCE_POSITION:ASC",3,2]
