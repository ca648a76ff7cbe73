-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select (
            select row_to_json(r2.*) from (
              select c3.slug as "slug", (case when c3.amount is null then null else (
                select row_to_json(r4.*) from (
                  select coalesce(to_json(trim_scale(c3.amount)::text), '{"$error":0}'::json) as "amount"
                ) r4
              ) end) as "quantity"
            ) r2
          ) from commitment c3 where c3.id = t5.part_of_id limit 1
        ) as "partOf"
      ) r1
    ) from commitment t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["stargate-deploys-100b-immediately"]
