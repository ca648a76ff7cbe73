-- timeline
select (
  '{"$error":0}'::json
)::text
-- values: []
-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.amount_text as "amountText", t2.resource as "resource", coalesce(to_json(coalesce((
          select in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) from commitment_timing x3 where x3.commitment_id = t2.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", coalesce(to_json((
          select (
            select row_to_json(r4.*) from (
              select c5.description as "description", c5.name as "name", c5.slug as "slug", (
                select (
                  select row_to_json(r6.*) from (
                    select coalesce(to_json(array(select a7.value from organization_alias a7 where a7.organization_id = c8.id and a7.kind = 'ALIAS' order by a7.value limit 100)), '{"$error":1}'::json) as "aliases", c8.kind as "kind", c8.slug as "slug"
                  ) r6
                ) from organization c8 where c8.id = c5.parent_id limit 1
              ) as "parent"
            ) r4
          ) from organization c5 where c5.id = t2.committer_id limit 1
        )), '{"$error":2}'::json) as "committer"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2015-01-31","commitment-663-1"]
