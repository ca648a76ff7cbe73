-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":0}'::json) as "partsSkipped" from commitment q2 where true group by ()
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
          select distinct trim(o4.outlet) collate "C" as outlet from (
            select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.statement_id = t2.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o4(outlet)
        ) o3 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r8.*) from (
              select (
                select (
                  select row_to_json(r9.*) from (
                    select c10.slug as "slug", coalesce(to_json(array(select a11.value from organization_alias a11 where a11.organization_id = c10.id and a11.kind = 'TICKER' order by a11.value limit 100)), '{"$error":1}'::json) as "tickers", c10.description as "description"
                  ) r9
                ) from organization c10 where c10.id = c12.organization_id limit 1
              ) as "organization"
            ) r8
          )::text, ',' order by c12.id), '') || ']')::json from (
            select c12.* from statement_speaker c12 where c12.statement_id = t2.id order by c12.id limit ?
          ) c12 where true
        ) as "speakers"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: [10,"dresser-memo-aws-demand-staggering"]
