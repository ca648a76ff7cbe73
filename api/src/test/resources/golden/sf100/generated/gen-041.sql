-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.commitment_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(dg_global_id('Commitment', t4.slug)), '{"$error":1}'::json) as "id", coalesce(to_json(array(select o8.outlet from (
          select distinct trim(o9.outlet) collate "C" as outlet from (
            select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.commitment_id = t4.id
          ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
        ) o8 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", t4.claim_group as "claimGroup"
      ) r1
    ) from commitment t4 where t4.slug = ? limit 1
  )
)::text
-- values: ["commitment-6803-1"]
