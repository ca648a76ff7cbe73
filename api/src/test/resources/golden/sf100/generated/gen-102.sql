-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", coalesce(to_json(dg_global_id('Statement', t2.slug)), '{"$error":0}'::json) as "id", (case when t2.date_precision is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(t2.date_precision), '{"$error":1}'::json) as "precision"
          ) r3
        ) end) as "date"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["statement-4631"]
