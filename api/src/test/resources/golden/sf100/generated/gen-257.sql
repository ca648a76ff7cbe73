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
                select distinct trim(o7.outlet) collate "C" as outlet from citation c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o7(outlet) where c8.exclusivity_term_id = t4.id
              ) o10)), '{"$error":1}'::json) as "corroboration", (
                select row_to_json(z11.*) from (
                  select (
                    select row_to_json(r12.*) from (
                      select a13.fetched > ? as "hasNextPage", a13.cursors[1] as "startCursor"
                    ) r12
                  ) as "pageInfo", ('[' || coalesce(a13.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0 from (
                      select row_number() over (order by t15.sort_0, t15.sort_1, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text), dg_cursor_value(t15.sort_1::text)]::text[], t15.id) as cursor, (
                        select row_to_json(r16.*) from (
                          select t15.end_offset as "endOffset", t15.credited_outlet as "creditedOutlet", t15.excerpt as "excerpt", t15.start_offset as "startOffset"
                        ) r16
                      ) as l0 from (
                        select q17.*, q17.source_id as sort_0, q17.start_offset as sort_1 from citation q17 where q17.exclusivity_term_id = t4.id order by q17.source_id, q17.start_offset, q17.id limit ?
                      ) t15
                    ) n14
                  ) a13
                ) z11
              ) as "citations"
            ) r5
          ) as l0 from (
            select q18.*, coalesce(q18.valid_from_earliest, q18.valid_from_latest, 'infinity'::date) as sort_0 from exclusivity_term q18 where true order by coalesce(q18.valid_from_earliest, q18.valid_from_latest, 'infinity'::date), q18.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [1,1,"VALID_FROM:ASC","2015-05-26",2,2,2,"SOURCE_POSITION:ASC",3,2]
