-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select 'Statement'::text as "__typename", coalesce(to_json(dg_global_id('Statement', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["dresser-memo-microsoft-limited-our-ability"]
-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.quote as "a0", (case when t2.date_precision is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(t2.date_precision), '{"$error":0}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(t2.date_earliest, t2.date_latest, t2.date_precision)), '{"$error":1}'::json) as "display", t2.date_earliest as "earliest"
          ) r3
        ) end) as "date"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["microsoft-amazon-collaborations-always-contemplated"]
