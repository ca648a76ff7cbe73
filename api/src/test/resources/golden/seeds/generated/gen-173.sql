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
                  select coalesce(a7.dg_total_count, 0) as "totalCount", ('[' || coalesce(a7.l0, '') || ']')::json as "edges" from (
                    select count(*) as fetched, max(n8.dg_total_count) as dg_total_count, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
                      select row_number() over (order by t9.sort_0, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, t9.dg_total_count as dg_total_count, (
                        select row_to_json(r10.*) from (
                          select t9.in_force as "a0", (
                            select row_to_json(r11.*) from (
                              select t9.title as "title", coalesce(to_json(coalesce((
                                select in_force(cast(? as date), x12.start_earliest, x12.start_latest, x12.start_precision, x12.end_earliest, x12.end_latest, x12.end_precision) from deal_timing x12 where x12.deal_id = t9.id
                              ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce", t9.status as "status"
                            ) r11
                          ) as "node"
                        ) r10
                      ) as l0 from (
                        select q13.*, coalesce(q13.announced_earliest, q13.announced_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x14.start_earliest, x14.start_latest, x14.start_precision, x14.end_earliest, x14.end_latest, x14.end_precision) as in_force, count(*) over () as dg_total_count from deal q13 join deal_timing x14 on x14.deal_id = q13.id where (exists (select 1 from deal_party p15 where p15.deal_id = q13.id and p15.organization_id = c5.id)) and (in_force(cast(? as date), x14.start_earliest, x14.start_latest, x14.start_precision, x14.end_earliest, x14.end_latest, x14.end_precision) <> 'FALSE') order by coalesce(q13.announced_earliest, q13.announced_latest, 'infinity'::date), q13.id limit ?
                      ) t9
                    ) n8
                  ) a7
                ) z6
              ) as "deals"
            ) r4
          ) from organization c5 where c5.id = t3.committer_id limit 1
        )), '{"$error":3}'::json) as "committer"
      ) r1
    ) from commitment t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2015-06-30",2,2,"ANNOUNCED:ASC","2026-01-01","2026-04-28","2026-04-28",3,"stargate-invests-500b-over-four-years"]
