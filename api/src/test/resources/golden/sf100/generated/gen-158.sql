-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.status as "status", t2.summary as "summary", t2.kind as "kind", t2.title as "title", (
          select (
            select row_to_json(r3.*) from (
              select c4.status as "status", c4.kind as "a1", c4.summary as "summary"
            ) r3
          ) from deal c4 where c4.id = t2.parent_id limit 1
        ) as "parent", (case when t2.announced_precision is null then null else (
          select row_to_json(r5.*) from (
            select coalesce(to_json(dg_fuzzy_display(t2.announced_earliest, t2.announced_latest, t2.announced_precision)), '{"$error":0}'::json) as "display"
          ) r5
        ) end) as "announced"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["aurora-robotics-639-sierra-energy-528-cloud-agreement-6683"]
