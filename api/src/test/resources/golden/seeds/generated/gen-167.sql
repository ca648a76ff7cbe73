-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges", ('[' || coalesce(a2.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", (
                select row_to_json(r6.*) from (
                  select coalesce(to_json(t4.title), '{"$error":0}'::json) as "title", coalesce(to_json(t4.kind), '{"$error":1}'::json) as "kind"
                ) r6
              ) as "node"
            ) r5
          ) as l0, (
            select row_to_json(r7.*) from (
              select coalesce(to_json(t4.kind), '{"$error":2}'::json) as "kind", coalesce(to_json(t4.title), '{"$error":3}'::json) as "title", coalesce(to_json((case when t4.date_precision is null then null else (
                select row_to_json(r8.*) from (
                  select coalesce(to_json(dg_fuzzy_display(t4.date_earliest, t4.date_latest, t4.date_precision)), '{"$error":4}'::json) as "display", t4.date_earliest as "earliest", coalesce(to_json(t4.date_precision), '{"$error":5}'::json) as "precision", coalesce(to_json(t4.date_text), '{"$error":6}'::json) as "a3"
                ) r8
              ) end)), '{"$error":7}'::json) as "date"
            ) r7
          ) as l1 from (
            select q9.*, coalesce(q9.date_earliest, q9.date_latest, '-infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e10.id as id, 'EVENT' as kind, e10.id as fact_id, e10.title, e10.date_earliest, e10.date_latest, e10.date_precision, e10.date_text, array(select eo11.organization_id from event_organization eo11 where eo11.event_id = e10.id) as organization_ids from event e10 union all select (2::bigint << 40) + d12.id, 'DEAL_ANNOUNCED', d12.id, d12.title, d12.announced_earliest, d12.announced_latest, d12.announced_precision, d12.announced_text, array(select dp13.organization_id from deal_party dp13 where dp13.deal_id = d12.id) from deal d12 where d12.announced_precision is not null union all select (3::bigint << 40) + c14.id, 'COMMITMENT', c14.id, c14.description, c14.date_earliest, c14.date_latest, c14.date_precision, c14.date_text, array_remove(array[c14.committer_id, c14.recipient_id], null) from commitment c14 where c14.date_precision is not null union all select (4::bigint << 40) + s15.id, 'STATEMENT', s15.id, s15.quote, s15.date_earliest, s15.date_latest, s15.date_precision, s15.date_text, array(select coalesce(ss16.organization_id, p17.organization_id) from statement_speaker ss16 left join person p17 on p17.id = ss16.person_id where ss16.statement_id = s15.id) from statement s15 where s15.date_precision is not null union all select (5::bigint << 40) + t18.id, 'TERM_STARTED', t18.id, t18.scope, t18.valid_from_earliest, t18.valid_from_latest, t18.valid_from_precision, t18.valid_from_text, array[t18.grantor_id, t18.holder_id] from exclusivity_term t18 where t18.valid_from_precision is not null union all select (6::bigint << 40) + t18.id, 'TERM_ENDED', t18.id, t18.scope, t18.valid_to_earliest, t18.valid_to_latest, t18.valid_to_precision, t18.valid_to_text, array[t18.grantor_id, t18.holder_id] from exclusivity_term t18 where t18.valid_to_precision is not null
            ) q9 where q9.date_precision is not null and coalesce(q9.date_latest, 'infinity'::date) >= cast(? as date) order by coalesce(q9.date_earliest, q9.date_latest, '-infinity'::date) desc, q9.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [6,6,6,"DATE:DESC","DATE:DESC","2024-10-01",7]
-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from exclusivity_term_timing x2 where x2.term_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", coalesce(to_json(array(select o4.outlet from (
          select distinct trim(o5.outlet) collate "C" as outlet from citation c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o5(outlet) where c6.exclusivity_term_id = t3.id
        ) o4 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", t3.status as "a2", t3.scope as "scope", (
          select (
            select row_to_json(r8.*) from (
              select c9.status as "status", (
                select row_to_json(z10.*) from (
                  select ('[' || coalesce(a11.l0, '') || ']')::json as "edges", ('[' || coalesce(a11.l1, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors, string_agg(n12.l0::text, ',' order by n12.ord) filter (where n12.ord <= ?) as l0, string_agg(n12.l1::text, ',' order by n12.ord) filter (where n12.ord <= ?) as l1 from (
                      select row_number() over (order by t13.sort_0, t13.sort_1, t13.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text), dg_cursor_value(t13.sort_1::text)]::text[], t13.id) as cursor, (
                        select row_to_json(r14.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text), dg_cursor_value(t13.sort_1::text)]::text[], t13.id) as "cursor"
                        ) r14
                      ) as l0, (
                        select row_to_json(r15.*) from (
                          select t13.excerpt as "excerpt", t13.end_offset as "endOffset"
                        ) r15
                      ) as l1 from (
                        select q16.*, q16.source_id as sort_0, q16.start_offset as sort_1 from citation q16 where q16.deal_id = c9.id order by q16.source_id, q16.start_offset, q16.id limit ?
                      ) t13
                    ) n12
                  ) a11
                ) z10
              ) as "citations", (
                select row_to_json(z17.*) from (
                  select ('[' || coalesce(a18.l0, '') || ']')::json as "edges" from (
                    select count(*) as fetched, (array_agg(n19.cursor order by n19.ord) filter (where n19.ord <= ?)) as cursors, string_agg(n19.l0::text, ',' order by n19.ord) filter (where n19.ord <= ?) as l0 from (
                      select row_number() over (order by t20.sort_0, t20.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t20.sort_0::text)]::text[], t20.id) as cursor, (
                        select row_to_json(r21.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t20.sort_0::text)]::text[], t20.id) as "cursor", null::text as "a1"
                        ) r21
                      ) as l0 from (
                        select q22.*, coalesce(q22.date_earliest, q22.date_latest, 'infinity'::date) as sort_0 from commitment q22 where q22.deal_id = c9.id order by coalesce(q22.date_earliest, q22.date_latest, 'infinity'::date), q22.id limit ?
                      ) t20
                    ) n19
                  ) a18
                ) z17
              ) as "commitments"
            ) r8
          ) from deal c9 where c9.id = t3.deal_id limit 1
        ) as "deal", coalesce(to_json((
          select (
            select row_to_json(r23.*) from (
              select coalesce(to_json(array(select a24.value from organization_alias a24 where a24.organization_id = c25.id and a24.kind = 'ALIAS' order by a24.value limit 100)), '{"$error":2}'::json) as "aliases", c25.slug as "slug", coalesce(to_json(dg_global_id('Organization', c25.slug)), '{"$error":3}'::json) as "id", c25.kind as "kind"
            ) r23
          ) from organization c25 where c25.id = t3.holder_id limit 1
        )), '{"$error":4}'::json) as "holder"
      ) r1
    ) from exclusivity_term t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2027-01-03",2,2,2,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",3,3,3,"DATE:ASC","DATE:ASC",4,"microsoft-sole-cloud-for-third-party-api-products"]
