-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.amount_text as "amountText", coalesce(to_json(array(select o6.outlet from (
                select distinct trim(o7.outlet) collate "C" as outlet from citation c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o7(outlet) where c8.commitment_id = t4.id
              ) o6 order by 1 limit 100)), '{"$error":0}'::json) as "outlets"
            ) r5
          ) as l0 from (
            select q10.*, coalesce(q10.date_earliest, q10.date_latest, 'infinity'::date) as sort_0 from commitment q10 where (q10.amount >= ?) and (q10.unit = ?) and ((coalesce(q10.date_earliest, q10.date_latest, 'infinity'::date), q10.id) > (cast(? as date), ?)) order by coalesce(q10.date_earliest, q10.date_latest, 'infinity'::date), q10.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [7,7,"DATE:ASC",2,"GW","2026-02-27",1,8]
-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select false as "hasPreviousPage", a3.fetched > ? as "hasNextPage", a3.cursors[1] as "startCursor"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor"
            ) r6
          ) as l0 from (
            select q7.*, coalesce(q7.date_earliest, q7.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e8.id as id, 'EVENT' as kind, e8.id as fact_id, e8.title, e8.date_earliest, e8.date_latest, e8.date_precision, e8.date_text, array(select eo9.organization_id from event_organization eo9 where eo9.event_id = e8.id) as organization_ids from event e8 union all select (2::bigint << 40) + d10.id, 'DEAL_ANNOUNCED', d10.id, d10.title, d10.announced_earliest, d10.announced_latest, d10.announced_precision, d10.announced_text, array(select dp11.organization_id from deal_party dp11 where dp11.deal_id = d10.id) from deal d10 where d10.announced_precision is not null union all select (3::bigint << 40) + c12.id, 'COMMITMENT', c12.id, c12.description, c12.date_earliest, c12.date_latest, c12.date_precision, c12.date_text, array_remove(array[c12.committer_id, c12.recipient_id], null) from commitment c12 where c12.date_precision is not null union all select (4::bigint << 40) + s13.id, 'STATEMENT', s13.id, s13.quote, s13.date_earliest, s13.date_latest, s13.date_precision, s13.date_text, array(select coalesce(ss14.organization_id, p15.organization_id) from statement_speaker ss14 left join person p15 on p15.id = ss14.person_id where ss14.statement_id = s13.id) from statement s13 where s13.date_precision is not null union all select (5::bigint << 40) + t16.id, 'TERM_STARTED', t16.id, t16.scope, t16.valid_from_earliest, t16.valid_from_latest, t16.valid_from_precision, t16.valid_from_text, array[t16.grantor_id, t16.holder_id] from exclusivity_term t16 where t16.valid_from_precision is not null union all select (6::bigint << 40) + t16.id, 'TERM_ENDED', t16.id, t16.scope, t16.valid_to_earliest, t16.valid_to_latest, t16.valid_to_precision, t16.valid_to_text, array[t16.grantor_id, t16.holder_id] from exclusivity_term t16 where t16.valid_to_precision is not null
            ) q7 where q7.date_precision is not null and coalesce(q7.date_earliest, '-infinity'::date) <= cast(? as date) order by coalesce(q7.date_earliest, q7.date_latest, 'infinity'::date), q7.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [4,4,4,"DATE:ASC","DATE:ASC","2025-11-03",5]
