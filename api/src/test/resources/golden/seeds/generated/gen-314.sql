-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":0}'::json) as "partsSkipped" from (
        select w3.*, coalesce(ps4.firm, 0) as parts_firm, coalesce(ps4.contingent, 0) as parts_contingent, coalesce(ps4.unknown, 0) as parts_unknown from commitment w3 left join (select pt5.part_of_id, sum(pt5.amount) filter (where pt5.firmness = 'FIRM') as firm, sum(pt5.amount) filter (where pt5.firmness = 'CONTINGENT') as contingent, sum(pt5.amount) filter (where pt5.firmness = 'UNKNOWN') as unknown from commitment pt5 join commitment pw6 on pw6.id = pt5.part_of_id and pw6.unit = pt5.unit where pt5.amount is not null and (pt5.claim_group is null or pt5.claim_preferred) group by pt5.part_of_id) ps4 on ps4.part_of_id = w3.id
      ) q2 where true group by ()
    ) r1
  )
)::text
-- values: []
-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.channel as "channel", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from citation c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o4(outlet) where c5.statement_id = t2.id
        ) o3 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r7.*) from (
              select (
                select (
                  select row_to_json(r8.*) from (
                    select c9.slug as "slug", coalesce(to_json(array(select a10.value from organization_alias a10 where a10.organization_id = c9.id and a10.kind = 'TICKER' order by a10.value limit 100)), '{"$error":1}'::json) as "tickers", c9.description as "description"
                  ) r8
                ) from organization c9 where c9.id = c11.organization_id limit 1
              ) as "organization"
            ) r7
          )::text, ',' order by c11.id), '') || ']')::json from (
            select c11.* from statement_speaker c11 where c11.statement_id = t2.id order by c11.id limit ?
          ) c11 where true
        ) as "speakers"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: [10,"dresser-memo-aws-demand-staggering"]
