-- statements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where (q2.channel = ?) and (q2.deal_id = (
          select s3.id from deal s3 where s3.slug = ?
        ))
      ) as "totalCount", ('[' || coalesce(a4.l0, '') || ']')::json as "edges", ('[' || coalesce(a4.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0, string_agg(n5.l1::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l1 from (
          select row_number() over (order by t6.sort_0 desc, t6.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as "cursor"
            ) r7
          ) as l0, (
            select row_to_json(r8.*) from (
              select coalesce(to_json(dg_global_id('Statement', t6.slug)), '{"$error":0}'::json) as "id", coalesce(to_json((select count(*)::int from (
                select distinct trim(o9.outlet) collate "C" as outlet from (
                  select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.statement_id = t6.id
                ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
              ) o13)), '{"$error":1}'::json) as "corroboration", coalesce(to_json(array(select o14.outlet from (
                select distinct trim(o15.outlet) collate "C" as outlet from (
                  select cc16.source_id, cc16.credited_outlet, bool_or(cc16.credited_outlet is not null) over (partition by cc16.source_id) as credits from citation cc16 where cc16.statement_id = t6.id
                ) c17 join source s18 on s18.id = c17.source_id cross join lateral unnest(case when c17.credited_outlet is not null then string_to_array(c17.credited_outlet, ',') when c17.credits then array[]::text[] else array[coalesce(s18.publisher, s18.author, '“' || s18.title || '”')] end) as o15(outlet)
              ) o14 order by 1 limit 100)), '{"$error":2}'::json) as "outlets"
            ) r8
          ) as l1 from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where (q2.channel = ?) and (q2.deal_id = (
              select s3.id from deal s3 where s3.slug = ?
            )) and ((coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date), q2.id) < (cast(? as date), ?)) order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["JOINT_STATEMENT","amazon-openai-custom-models",8,8,8,"DATE:DESC","DATE:DESC","JOINT_STATEMENT","amazon-openai-custom-models","2026-04-13",5,9]
