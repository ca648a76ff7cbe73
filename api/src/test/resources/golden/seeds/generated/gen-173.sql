-- activity
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json((count(distinct q2.id) filter (where (case when q2.date_earliest is not null and q2.date_latest is not null and date_trunc('month', q2.date_earliest) = date_trunc('month', q2.date_latest) then to_char(q2.date_earliest, 'YYYY-MM') end) is null))::int), '{"$error":0}'::json) as "notPlaced" from (
        select i3.*, l4.organization_id from (
          select d5.id, d5.announced_earliest as date_earliest, d5.announced_latest as date_latest, d5.announced_precision as date_precision from deal d5
        ) i3 left join (
          select distinct deal_id as id, organization_id from deal_party
        ) l4 on l4.id = i3.id
      ) q2 where true group by ()
    ) r1
  )
)::text
-- values: []
-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from commitment_timing x2 where x2.commitment_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", coalesce(to_json((
          select (
            select row_to_json(r4.*) from (
              select c5.description as "description", coalesce(to_json(dg_global_id('Organization', c5.slug)), '{"$error":1}'::json) as "id", c5.slug as "slug", c5.name as "name", (
                select row_to_json(z6.*) from (
                  select (
                    select count(*) from deal q7 join deal_timing x8 on x8.deal_id = q7.id where (exists (select 1 from deal_party p9 where p9.deal_id = q7.id and p9.organization_id = c5.id)) and (in_force(cast(? as date), x8.start_earliest, x8.start_latest, x8.start_precision, x8.end_earliest, x8.end_latest, x8.end_precision) <> 'FALSE')
                  ) as "totalCount", ('[' || coalesce(a10.l0, '') || ']')::json as "edges" from (
                    select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors, string_agg(n11.l0::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l0 from (
                      select row_number() over (order by t12.sort_0, t12.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text)]::text[], t12.id) as cursor, (
                        select row_to_json(r13.*) from (
                          select t12.in_force as "a0", (
                            select row_to_json(r14.*) from (
                              select t12.title as "title", coalesce(to_json(coalesce((
                                select in_force(cast(? as date), x15.start_earliest, x15.start_latest, x15.start_precision, x15.end_earliest, x15.end_latest, x15.end_precision) from deal_timing x15 where x15.deal_id = t12.id
                              ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce", t12.status as "status"
                            ) r14
                          ) as "node"
                        ) r13
                      ) as l0 from (
                        select q7.*, coalesce(q7.announced_earliest, q7.announced_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x8.start_earliest, x8.start_latest, x8.start_precision, x8.end_earliest, x8.end_latest, x8.end_precision) as in_force from deal q7 join deal_timing x8 on x8.deal_id = q7.id where (exists (select 1 from deal_party p9 where p9.deal_id = q7.id and p9.organization_id = c5.id)) and (in_force(cast(? as date), x8.start_earliest, x8.start_latest, x8.start_precision, x8.end_earliest, x8.end_latest, x8.end_precision) <> 'FALSE') order by coalesce(q7.announced_earliest, q7.announced_latest, 'infinity'::date), q7.id limit ?
                      ) t12
                    ) n11
                  ) a10
                ) z6
              ) as "deals"
            ) r4
          ) from organization c5 where c5.id = t3.committer_id limit 1
        )), '{"$error":3}'::json) as "committer"
      ) r1
    ) from commitment t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2015-06-30","2026-04-28",2,2,"ANNOUNCED:ASC","2026-01-01","2026-04-28","2026-04-28",3,"stargate-invests-500b-over-four-years"]
