-- activity
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json((count(distinct q2.id) filter (where (case when q2.date_earliest is not null and q2.date_latest is not null and date_trunc('month', q2.date_earliest) = date_trunc('month', q2.date_latest) then to_char(q2.date_earliest, 'YYYY-MM') end) is null))::int), '{"$error":0}'::json) as "notPlaced" from (
        select i3.*, l4.organization_id from (
          select e5.id, e5.date_earliest, e5.date_latest, e5.date_precision from event e5
        ) i3 left join (
          select event_id as id, organization_id from event_organization
        ) l4 on l4.id = i3.id
      ) q2 where q2.date_precision is not null and coalesce(q2.date_latest, 'infinity'::date) >= cast(? as date) group by ()
    ) r1
  )
)::text
-- values: ["2026-04-28"]
