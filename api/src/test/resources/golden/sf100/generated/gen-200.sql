-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":0}'::json) as "id", t2.slug as "slug", t2.kind as "kind", (
          select row_to_json(z3.*) from (
            select (
              select count(*) from deal q4 join deal_timing x5 on x5.deal_id = q4.id where (exists (select 1 from deal_party p6 where p6.deal_id = q4.id and p6.organization_id = t2.id)) and (in_force(cast(? as date), x5.start_earliest, x5.start_latest, x5.start_precision, x5.end_earliest, x5.end_latest, x5.end_precision) <> 'FALSE')
            ) as "totalCount", (
              select row_to_json(r7.*) from (
                select exists (
                  select 1 from deal q4 join deal_timing x5 on x5.deal_id = q4.id where (exists (select 1 from deal_party p6 where p6.deal_id = q4.id and p6.organization_id = t2.id)) and (in_force(cast(? as date), x5.start_earliest, x5.start_latest, x5.start_precision, x5.end_earliest, x5.end_latest, x5.end_precision) <> 'FALSE') and (not (coalesce(q4.announced_earliest, q4.announced_latest, 'infinity'::date), q4.id) > (cast(? as date), ?))
                ) as "hasPreviousPage"
              ) r7
            ) as "pageInfo", ('[' || coalesce(a8.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors, string_agg(n9.l0::text, ',' order by n9.ord) filter (where n9.ord <= ?) as l0 from (
                select row_number() over (order by t10.sort_0, t10.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as cursor, (
                  select row_to_json(r11.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as "cursor", t10.in_force as "inForce", (
                      select row_to_json(r12.*) from (
                        select coalesce(to_json(dg_global_id('Deal', t10.slug)), '{"$error":1}'::json) as "id", t10.kind as "kind", coalesce(to_json((select count(*)::int from (
                          select distinct trim(o13.outlet) collate "C" as outlet from (
                            select cc14.source_id, cc14.credited_outlet, bool_or(cc14.credited_outlet is not null) over (partition by cc14.source_id) as credits from citation cc14 where cc14.deal_id = t10.id
                          ) c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') when c15.credits then array[]::text[] else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o13(outlet)
                        ) o17)), '{"$error":2}'::json) as "corroboration", t10.slug as "slug", (
                          select row_to_json(z18.*) from (
                            select (
                              select count(*) from exclusive_term q19 where q19.deal_id = t10.id
                            ) as "totalCount", ('[' || coalesce(a20.l0, '') || ']')::json as "nodes" from (
                              select count(*) as fetched, (array_agg(n21.cursor order by n21.ord) filter (where n21.ord <= ?)) as cursors, string_agg(n21.l0::text, ',' order by n21.ord) filter (where n21.ord <= ?) as l0 from (
                                select row_number() over (order by t22.sort_0, t22.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text)]::text[], t22.id) as cursor, (
                                  select row_to_json(r23.*) from (
                                    select coalesce(to_json(coalesce((
                                      select in_force(cast(? as date), x24.start_earliest, x24.start_latest, x24.start_precision, x24.end_earliest, x24.end_latest, x24.end_precision) from exclusivity_term_timing x24 where x24.term_id = t22.id
                                    ), 'UNKNOWN')), '{"$error":3}'::json) as "inForce"
                                  ) r23
                                ) as l0 from (
                                  select q19.*, coalesce(q19.valid_from_earliest, q19.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q19 where (q19.deal_id = t10.id) and ((coalesce(q19.valid_from_earliest, q19.valid_from_latest, 'infinity'::date), q19.id) > (cast(? as date), ?)) order by coalesce(q19.valid_from_earliest, q19.valid_from_latest, 'infinity'::date), q19.id limit ?
                                ) t22
                              ) n21
                            ) a20
                          ) z18
                        ) as "exclusivityTerms", (case when t10.ended_precision is null then null else (
                          select row_to_json(r25.*) from (
                            select t10.ended_earliest as "earliest"
                          ) r25
                        ) end) as "ended"
                      ) r12
                    ) as "node"
                  ) r11
                ) as l0 from (
                  select q4.*, coalesce(q4.announced_earliest, q4.announced_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x5.start_earliest, x5.start_latest, x5.start_precision, x5.end_earliest, x5.end_latest, x5.end_precision) as in_force from deal q4 join deal_timing x5 on x5.deal_id = q4.id where (exists (select 1 from deal_party p6 where p6.deal_id = q4.id and p6.organization_id = t2.id)) and (in_force(cast(? as date), x5.start_earliest, x5.start_latest, x5.start_precision, x5.end_earliest, x5.end_latest, x5.end_precision) <> 'FALSE') and ((coalesce(q4.announced_earliest, q4.announced_latest, 'infinity'::date), q4.id) > (cast(? as date), ?)) order by coalesce(q4.announced_earliest, q4.announced_latest, 'infinity'::date), q4.id limit ?
                ) t10
              ) n9
            ) a8
          ) z3
        ) as "deals", '{}'::json as "again4"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2016-04-02","2016-04-02","2015-01-09",10007455,3,3,"ANNOUNCED:ASC","ANNOUNCED:ASC",3,3,"VALID_FROM:ASC","2015-12-31","2015-01-01",10001881,4,"2016-04-02","2016-04-02","2015-01-09",10007455,4,"falcon-cloud-803"]
