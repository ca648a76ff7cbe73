-- exclusivityTerms
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges", (
        select row_to_json(r3.*) from (
          select a2.fetched > ? as "hasNextPage", a2.cursors[1] as "startCursor", false as "hasPreviousPage"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select null::text as "inForce", dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor", (
                select row_to_json(r7.*) from (
                  select coalesce(to_json(t5.slug), '{"$error":0}'::json) as "slug", coalesce(to_json(coalesce((
                    select in_force(cast(? as date), x8.start_earliest, x8.start_latest, x8.start_precision, x8.end_earliest, x8.end_latest, x8.end_precision) from exclusivity_term_timing x8 where x8.term_id = t5.id
                  ), 'UNKNOWN')), '{"$error":1}'::json) as "inForce", coalesce(to_json(array(select o9.outlet from (
                    select distinct trim(o10.outlet) collate "C" as outlet from (
                      select cc11.source_id, cc11.credited_outlet, bool_or(cc11.credited_outlet is not null) over (partition by cc11.source_id) as credits from citation cc11 where cc11.exclusivity_term_id = t5.id
                    ) c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') when c12.credits then array[]::text[] else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o10(outlet)
                  ) o9 order by 1 limit 100)), '{"$error":2}'::json) as "outlets"
                ) r7
              ) as "node"
            ) r6
          ) as l0 from (
            select q14.*, coalesce(q14.valid_from_earliest, q14.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q14 where true order by coalesce(q14.valid_from_earliest, q14.valid_from_latest, 'infinity'::date), q14.id limit ?
          ) t5
        ) n4
      ) a2
    ) z1
  )
)::text
-- values: [7,7,7,"VALID_FROM:ASC","VALID_FROM:ASC","2017-01-24",8]
-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(t2.slug), '{"$error":0}'::json) as "slug", coalesce(to_json(t2.status), '{"$error":1}'::json) as "status", coalesce(to_json((
          select (
            select row_to_json(r3.*) from (
              select coalesce(to_json(array(select a4.value from organization_alias a4 where a4.organization_id = c5.id and a4.kind = 'ALIAS' order by a4.value limit 100)), '{"$error":2}'::json) as "aliases", c5.description as "description", c5.slug as "a2", coalesce(to_json(dg_global_id('Organization', c5.slug)), '{"$error":3}'::json) as "id", (
                select row_to_json(z6.*) from (
                  select ('[' || coalesce(a7.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
                      select row_number() over (order by t9.sort_0, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
                        select row_to_json(r10.*) from (
                          select coalesce(to_json((select count(*)::int from (
                            select distinct trim(o11.outlet) collate "C" as outlet from (
                              select cc12.source_id, cc12.credited_outlet, bool_or(cc12.credited_outlet is not null) over (partition by cc12.source_id) as credits from citation cc12 where cc12.event_id = t9.id
                            ) c13 join source s14 on s14.id = c13.source_id cross join lateral unnest(case when c13.credited_outlet is not null then string_to_array(c13.credited_outlet, ',') when c13.credits then array[]::text[] else array[coalesce(s14.publisher, s14.author, '“' || s14.title || '”')] end) as o11(outlet)
                          ) o15)), '{"$error":4}'::json) as "corroboration", t9.description as "description", coalesce(to_json((case when t9.date_precision is null then null else (
                            select row_to_json(r16.*) from (
                              select t9.date_earliest as "earliest", coalesce(to_json(t9.date_precision), '{"$error":5}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(t9.date_earliest, t9.date_latest, t9.date_precision)), '{"$error":6}'::json) as "display"
                            ) r16
                          ) end)), '{"$error":7}'::json) as "date"
                        ) r10
                      ) as l0 from (
                        select q17.*, coalesce(q17.date_earliest, q17.date_latest, 'infinity'::date) as sort_0 from event q17 where exists (select 1 from event_organization eo18 where eo18.event_id = q17.id and eo18.organization_id = c5.id) order by coalesce(q17.date_earliest, q17.date_latest, 'infinity'::date), q17.id limit ?
                      ) t9
                    ) n8
                  ) a7
                ) z6
              ) as "events"
            ) r3
          ) from organization c5 where c5.id = t2.grantor_id limit 1
        )), '{"$error":8}'::json) as "grantor"
      ) r1
    ) from exclusive_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,"DATE:ASC",2,"exclusivity-1881"]
-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["statement-4038"]
