-- node
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Deal', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["no-such-deal"]
