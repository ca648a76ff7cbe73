-- r1
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(0), '{"$error":0}'::json) as "a0" from (
        select i2.*, l3.organization_id from (
          select d4.id, d4.announced_earliest as date_earliest, d4.announced_latest as date_latest, d4.announced_precision as date_precision from deal d4
        ) i2 left join (
          select distinct deal_id as id, organization_id from deal_party
        ) l3 on l3.id = i2.id
      ) q5 where q5.date_precision is not null and coalesce(q5.date_earliest, '-infinity'::date) <= cast(? as date) group by ()
    ) r1
  )
)::text
-- values: ["2025-01-22"]
