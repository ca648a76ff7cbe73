-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from commitment_timing x2 where x2.commitment_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", t3.description as "description", (case when t3.amount is null then null else (
          select row_to_json(r4.*) from (
            select coalesce(to_json(t3.unit), '{"$error":1}'::json) as "unit", coalesce(to_json(t3.qualifier), '{"$error":2}'::json) as "qualifier", coalesce(to_json(dg_quantity_text(t3.amount, t3.unit, t3.currency, t3.count_of, t3.qualifier)), '{"$error":3}'::json) as "text", coalesce(to_json(trim_scale(t3.amount)::text), '{"$error":4}'::json) as "amount"
          ) r4
        ) end) as "quantity"
      ) r1
    ) from commitment t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2026-05-03","openai-consumes-2gw-trainium-on-aws"]
-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.name as "name", t2.slug as "slug"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["openai"]
-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes", ('[' || coalesce(a2.l1, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(array(select o6.outlet from (
                select distinct trim(o7.outlet) collate "C" as outlet from (
                  select cc8.source_id, cc8.credited_outlet, bool_or(cc8.credited_outlet is not null) over (partition by cc8.source_id) as credits from citation cc8 where cc8.commitment_id = t4.id
                ) c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') when c9.credits then array[]::text[] else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o7(outlet)
              ) o6 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", (case when t4.amount is null then null else (
                select row_to_json(r11.*) from (
                  select coalesce(to_json(dg_quantity_text(t4.amount, t4.unit, t4.currency, t4.count_of, t4.qualifier)), '{"$error":1}'::json) as "text", coalesce(to_json(t4.unit), '{"$error":2}'::json) as "unit", coalesce(to_json(trim_scale(t4.amount)::text), '{"$error":3}'::json) as "amount"
                ) r11
              ) end) as "quantity"
            ) r5
          ) as l0, (
            select row_to_json(r12.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", null::text as "inForce"
            ) r12
          ) as l1 from (
            select q13.*, coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date) as sort_0 from commitment q13 where true order by coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date), q13.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,20,"DATE:ASC","DATE:ASC",21]
