-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0 desc, t4.sort_1 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text), dg_cursor_value(t4.sort_1::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json((
                select (
                  select row_to_json(r6.*) from (
                    select c7.name as "name"
                  ) r6
                ) from organization c7 where c7.id = t4.committer_id limit 1
              )), '{"$error":0}'::json) as "committer", (case when t4.amount is null then null else (
                select row_to_json(r8.*) from (
                  select coalesce(to_json(dg_quantity_text(t4.amount, t4.unit, t4.currency, t4.count_of, t4.qualifier)), '{"$error":1}'::json) as "text"
                ) r8
              ) end) as "quantity", (case when t4.date_precision is null then null else (
                select row_to_json(r9.*) from (
                  select coalesce(to_json(dg_fuzzy_display(t4.date_earliest, t4.date_latest, t4.date_precision)), '{"$error":2}'::json) as "display"
                ) r9
              ) end) as "date"
            ) r5
          ) as l0 from (
            select q10.*, (coalesce(q10.unit || coalesce(':' || q10.currency, ':' || q10.count_of, ''), '')) collate "C" as sort_0, coalesce(q10.amount, '-Infinity'::numeric) as sort_1 from commitment q10 where (q10.amount >= ?) and (q10.unit = ?) order by (coalesce(q10.unit || coalesce(':' || q10.currency, ':' || q10.count_of, ''), '')) collate "C" desc, coalesce(q10.amount, '-Infinity'::numeric) desc, q10.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"AMOUNT:DESC",10000000000,"USD",21]
-- statements
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.quote as "quote", coalesce(to_json(array(select o6.outlet from (
                select distinct trim(o7.outlet) collate "C" as outlet from (
                  select cc8.source_id, cc8.credited_outlet, bool_or(cc8.credited_outlet is not null) over (partition by cc8.source_id) as credits from citation cc8 where cc8.statement_id = t4.id
                ) c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') when c9.credits then array[]::text[] else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o7(outlet)
              ) o6 order by 1 limit 100)), '{"$error":0}'::json) as "outlets"
            ) r5
          ) as l0 from (
            select q11.*, coalesce(q11.date_latest, q11.date_earliest, '-infinity'::date) as sort_0 from statement q11 where exists (select 1 from citation oc12 join source os13 on os13.id = oc12.source_id where oc12.statement_id = q11.id and (strpos(lower(oc12.credited_outlet), lower(?)) > 0 or strpos(lower(os13.publisher), lower(?)) > 0)) order by coalesce(q11.date_latest, q11.date_earliest, '-infinity'::date) desc, q11.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"DATE:DESC","cnbc","cnbc",21]
