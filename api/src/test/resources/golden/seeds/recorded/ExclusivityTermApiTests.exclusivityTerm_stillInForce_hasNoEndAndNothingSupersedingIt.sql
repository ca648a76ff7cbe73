-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(t2.status), '{"$error":0}'::json) as "status", (case when t2.valid_from_precision is null then null else (
          select row_to_json(r3.*) from (
            select t2.valid_from_earliest as "earliest", t2.valid_from_latest as "latest", coalesce(to_json(dg_fuzzy_display(t2.valid_from_earliest, t2.valid_from_latest, t2.valid_from_precision)), '{"$error":1}'::json) as "display"
          ) r3
        ) end) as "validFrom", (case when t2.valid_to_precision is null then null else (
          select row_to_json(r4.*) from (
            select coalesce(to_json(dg_fuzzy_display(t2.valid_to_earliest, t2.valid_to_latest, t2.valid_to_precision)), '{"$error":2}'::json) as "display"
          ) r4
        ) end) as "validTo", (
          select (
            select row_to_json(r5.*) from (
              select coalesce(to_json(c6.slug), '{"$error":3}'::json) as "slug"
            ) r5
          ) from exclusive_term c6 where c6.id = t2.superseded_by_term_id limit 1
        ) as "supersededBy", (
          select (
            select row_to_json(r7.*) from (
              select c8.slug as "slug"
            ) r7
          ) from event c8 where c8.id = t2.superseded_by_event_id limit 1
        ) as "supersededByEvent", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r9.*) from (
              select coalesce(to_json(c10.slug), '{"$error":4}'::json) as "slug"
            ) r9
          )::text, ',' order by c10.id), '') || ']')::json from (
            select c10.* from exclusive_term c10 where c10.superseded_by_term_id = t2.id order by c10.id limit ?
          ) c10 where true
        ) as "supersedes"
      ) r1
    ) from exclusive_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: [10,"azure-exclusive-cloud-for-stateless-openai-apis"]
