-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.deal_id = t6.id
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t6.summary as "summary", coalesce(to_json(dg_global_id('Deal', t6.slug)), '{"$error":1}'::json) as "id", (
          select row_to_json(z7.*) from (
            select (
              select count(*) from commitment q8 where q8.deal_id = t6.id
            ) as "totalCount", ('[' || coalesce(a9.l0, '') || ']')::json as "nodes", ('[' || coalesce(a9.l1, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0, string_agg(n10.l1::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l1 from (
                select row_number() over (order by t11.sort_0, t11.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as cursor, (
                  select row_to_json(r12.*) from (
                    select coalesce(to_json(dg_global_id('Commitment', t11.slug)), '{"$error":2}'::json) as "id", coalesce(to_json(array(select o13.outlet from (
                      select distinct trim(o14.outlet) collate "C" as outlet from citation c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o14(outlet) where c15.commitment_id = t11.id
                    ) o13 order by 1 limit 100)), '{"$error":3}'::json) as "a1", t11.kind as "kind", coalesce(to_json((coalesce(t11.claim_preferred, false) or t11.claim_group is null)), '{"$error":4}'::json) as "preferred", (case when t11.amount is null then null else (
                      select row_to_json(r17.*) from (
                        select coalesce(to_json(trim_scale(t11.amount)::text), '{"$error":5}'::json) as "amount", coalesce(to_json((case t11.qualifier when 'UP_TO' then 'up to ' when 'AT_LEAST' then 'at least ' when 'ABOUT' then 'about ' when 'MORE_THAN' then 'more than ' else '' end) || trim_scale(t11.amount)::text || ' ' || t11.unit), '{"$error":6}'::json) as "text"
                      ) r17
                    ) end) as "quantity"
                  ) r12
                ) as l0, (
                  select row_to_json(r18.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as "cursor", null::text as "inForce"
                  ) r18
                ) as l1 from (
                  select q8.*, coalesce(q8.date_earliest, q8.date_latest, 'infinity'::date) as sort_0 from commitment q8 where q8.deal_id = t6.id order by coalesce(q8.date_earliest, q8.date_latest, 'infinity'::date), q8.id limit ?
                ) t11
              ) n10
            ) a9
          ) z7
        ) as "commitments", (
          select row_to_json(z19.*) from (
            select (
              select count(*) from commitment q20 where q20.deal_id = t6.id
            ) as "totalCount", ('[' || coalesce(a21.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n22.cursor order by n22.ord) filter (where n22.ord <= ?)) as cursors, string_agg(n22.l0::text, ',' order by n22.ord) filter (where n22.ord <= ?) as l0 from (
                select row_number() over (order by t23.sort_0, t23.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t23.sort_0::text)]::text[], t23.id) as cursor, (
                  select row_to_json(r24.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t23.sort_0::text)]::text[], t23.id) as "cursor", null::text as "inForce", (
                      select row_to_json(r25.*) from (
                        select t23.description as "description", t23.amount_text as "amountText"
                      ) r25
                    ) as "node"
                  ) r24
                ) as l0 from (
                  select q20.*, coalesce(q20.date_earliest, q20.date_latest, 'infinity'::date) as sort_0 from commitment q20 where (q20.deal_id = t6.id) and ((coalesce(q20.date_earliest, q20.date_latest, 'infinity'::date), q20.id) > (cast(? as date), ?)) order by coalesce(q20.date_earliest, q20.date_latest, 'infinity'::date), q20.id limit ?
                ) t23
              ) n22
            ) a21
          ) z19
        ) as "again4", (case when t6.ended_precision is null then null else (
          select row_to_json(r26.*) from (
            select coalesce(to_json(dg_fuzzy_display(t6.ended_earliest, t6.ended_latest, t6.ended_precision)), '{"$error":7}'::json) as "display", coalesce(to_json(t6.ended_precision), '{"$error":8}'::json) as "precision"
          ) r26
        ) end) as "ended"
      ) r1
    ) from deal t6 where t6.slug = ? limit 1
  )
)::text
-- values: [2,2,2,"DATE:ASC","DATE:ASC",3,3,3,"DATE:ASC","DATE:ASC","2015-02-05",10012379,4,"sierra-data-5-vertex-capital-66-co-development-deal-2022"]
-- r2
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_to_precision is not null
        ) q11 where q11.date_precision is not null and coalesce(q11.date_latest, 'infinity'::date) >= cast(? as date)
      ) as "totalCount", ('[' || coalesce(a12.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors, string_agg(n13.l0::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l0 from (
          select row_number() over (order by t14.sort_0, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as cursor, (
            select row_to_json(r15.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as "cursor"
            ) r15
          ) as l0 from (
            select q11.*, coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_to_precision is not null
            ) q11 where q11.date_precision is not null and coalesce(q11.date_latest, 'infinity'::date) >= cast(? as date) order by coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date), q11.id limit ?
          ) t14
        ) n13
      ) a12
    ) z1
  )
)::text
-- values: ["2026-05-03",5,5,"DATE:ASC","DATE:ASC","2026-05-03",6]
