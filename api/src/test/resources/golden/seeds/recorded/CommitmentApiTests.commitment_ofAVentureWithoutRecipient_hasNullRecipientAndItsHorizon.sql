-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((
          select (
            select row_to_json(r2.*) from (
              select c3.slug as "slug", c3.kind as "kind"
            ) r2
          ) from organization c3 where c3.id = t4.committer_id limit 1
        )), '{"$error":0}'::json) as "committer", (
          select (
            select row_to_json(r5.*) from (
              select c6.slug as "slug"
            ) r5
          ) from organization c6 where c6.id = t4.recipient_id limit 1
        ) as "recipient", t4.kind as "kind", t4.horizon as "horizon", t4.resource as "resource", (case when t4.amount is null then null else (
          select row_to_json(r7.*) from (
            select coalesce(to_json(trim_scale(t4.amount)::text), '{"$error":1}'::json) as "amount", coalesce(to_json(t4.unit), '{"$error":2}'::json) as "unit", coalesce(to_json(t4.qualifier), '{"$error":3}'::json) as "qualifier", coalesce(to_json(dg_quantity_text(t4.amount, t4.unit, t4.currency, t4.count_of, t4.qualifier)), '{"$error":4}'::json) as "text"
          ) r7
        ) end) as "quantity", (case when t4.date_precision is null then null else (
          select row_to_json(r8.*) from (
            select t4.date_earliest as "earliest", t4.date_latest as "latest", coalesce(to_json(t4.date_precision), '{"$error":5}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(t4.date_earliest, t4.date_latest, t4.date_precision)), '{"$error":6}'::json) as "display"
          ) r8
        ) end) as "date"
      ) r1
    ) from commitment t4 where t4.slug = ? limit 1
  )
)::text
-- values: ["stargate-invests-500b-over-four-years"]
