-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(t2.slug), '{"$error":0}'::json) as "slug", (
          select (
            select row_to_json(r3.*) from (
              select c4.kind as "kind", c4.status as "status", c4.summary as "summary", c4.title as "title"
            ) r3
          ) from deal c4 where c4.id = t2.deal_id limit 1
        ) as "deal"
      ) r1
    ) from exclusive_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["microsoft-exclusive-openai-ip-license"]
