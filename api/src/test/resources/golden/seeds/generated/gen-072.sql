-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.commitment_id = t6.id
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t6.modality as "modality", (
          select (
            select row_to_json(r7.*) from (
              select c8.description as "description", c8.amount_text as "amountText", c8.kind as "a2"
            ) r7
          ) from commitment c8 where c8.id = t6.part_of_id limit 1
        ) as "partOf"
      ) r1
    ) from commitment t6 where t6.slug = ? limit 1
  )
)::text
-- values: ["stargate-deploys-100b-immediately"]
