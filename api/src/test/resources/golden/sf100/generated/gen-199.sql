-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where exists (select 1 from citation oc3 join source os4 on os4.id = oc3.source_id where oc3.commitment_id = q2.id and (strpos(lower(oc3.credited_outlet), lower(?)) > 0 or strpos(lower(os4.publisher), lower(?)) > 0))
      ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "edges", ('[' || coalesce(a5.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0, string_agg(n6.l1::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l1 from (
          select row_number() over (order by t7.sort_0 desc, t7.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
            select row_to_json(r8.*) from (
              select null::text as "inForce", dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as "cursor", (
                select row_to_json(r9.*) from (
                  select coalesce(to_json(array(select o10.outlet from (
                    select distinct trim(o11.outlet) collate "C" as outlet from (
                      select cc12.source_id, cc12.credited_outlet, bool_or(cc12.credited_outlet is not null) over (partition by cc12.source_id) as credits from citation cc12 where cc12.commitment_id = t7.id
                    ) c13 join source s14 on s14.id = c13.source_id cross join lateral unnest(case when c13.credited_outlet is not null then string_to_array(c13.credited_outlet, ',') when c13.credits then array[]::text[] else array[coalesce(s14.publisher, s14.author, '“' || s14.title || '”')] end) as o11(outlet)
                  ) o10 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t7.claim_group as "claimGroup"
                ) r9
              ) as "node"
            ) r8
          ) as l0, (
            select row_to_json(r15.*) from (
              select t7.description as "description", coalesce(to_json(array(select o16.outlet from (
                select distinct trim(o17.outlet) collate "C" as outlet from (
                  select cc18.source_id, cc18.credited_outlet, bool_or(cc18.credited_outlet is not null) over (partition by cc18.source_id) as credits from citation cc18 where cc18.commitment_id = t7.id
                ) c19 join source s20 on s20.id = c19.source_id cross join lateral unnest(case when c19.credited_outlet is not null then string_to_array(c19.credited_outlet, ',') when c19.credits then array[]::text[] else array[coalesce(s20.publisher, s20.author, '“' || s20.title || '”')] end) as o17(outlet)
              ) o16 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", t7.modality as "a2", t7.slug as "slug", (case when t7.amount is null then null else (
                select row_to_json(r21.*) from (
                  select coalesce(to_json(dg_quantity_text(t7.amount, t7.unit, t7.currency, t7.count_of, t7.qualifier)), '{"$error":2}'::json) as "text", coalesce(to_json(trim_scale(t7.amount)::text), '{"$error":3}'::json) as "amount"
                ) r21
              ) end) as "quantity"
            ) r15
          ) as l1 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, '-infinity'::date) as sort_0 from commitment q2 where exists (select 1 from citation oc3 join source os4 on os4.id = oc3.source_id where oc3.commitment_id = q2.id and (strpos(lower(oc3.credited_outlet), lower(?)) > 0 or strpos(lower(os4.publisher), lower(?)) > 0)) order by coalesce(q2.date_earliest, q2.date_latest, '-infinity'::date) desc, q2.id desc limit ?
          ) t7
        ) n6
      ) a5
    ) z1
  )
)::text
-- values: ["pymnts.com","pymnts.com",20,20,20,"DATE:DESC","DATE:DESC","pymnts.com","pymnts.com",21]
-- conflicts
select (
  '{}'::json
)::text
-- values: []
