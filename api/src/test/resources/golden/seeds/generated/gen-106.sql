-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.channel as "channel", (case when t2.date_precision is null then null else (
          select row_to_json(r3.*) from (
            select t2.date_latest as "latest"
          ) r3
        ) end) as "date"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["microsoft-amazon-collaborations-always-contemplated"]
