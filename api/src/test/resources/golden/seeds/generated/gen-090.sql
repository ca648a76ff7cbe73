-- deals
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from deal q2 join deal_timing x3 on x3.deal_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE'
      ) as "totalCount", ('[' || coalesce(a4.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select t6.summary as "summary", t6.slug as "slug", t6.title as "title", (
                select (
                  select row_to_json(r8.*) from (
                    select c9.summary as "summary", coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x10.start_earliest, x10.start_latest, x10.start_precision, x10.end_earliest, x10.end_latest, x10.end_precision) from deal_timing x10 where x10.deal_id = c9.id
                    ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", coalesce(to_json((select count(*)::int from (
                      select distinct trim(o11.outlet) collate "C" as outlet from (
                        select cc12.source_id, cc12.credited_outlet, bool_or(cc12.credited_outlet is not null) over (partition by cc12.source_id) as credits from citation cc12 where cc12.deal_id = c9.id
                      ) c13 join source s14 on s14.id = c13.source_id cross join lateral unnest(case when c13.credited_outlet is not null then string_to_array(c13.credited_outlet, ',') when c13.credits then array[]::text[] else array[coalesce(s14.publisher, s14.author, '“' || s14.title || '”')] end) as o11(outlet)
                    ) o15)), '{"$error":1}'::json) as "corroboration", c9.slug as "slug"
                  ) r8
                ) from deal c9 where c9.id = t6.parent_id limit 1
              ) as "parent"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) as in_force from deal q2 join deal_timing x3 on x3.deal_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE' order by coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["2026-04-30",7,7,"ANNOUNCED:ASC","2026-04-12","2026-04-30","2026-04-30",8]
-- search
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges", ('[' || coalesce(a2.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", (
                select row_to_json(r6.*) from (
                  select coalesce(to_json(t4.kind), '{"$error":0}'::json) as "a0", coalesce(to_json(replace(replace(replace(replace(replace(replace(replace(btrim(regexp_replace(ts_headline('english', t4.body, t4.tsq, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MinWords=6, MaxWords=24, FragmentDelimiter=" … "'), E'[ \\t\\n\\x0b\\f\\r]+', ' ', 'g'), ' '), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;'), chr(1), '<mark>'), chr(2), '</mark>')), '{"$error":1}'::json) as "snippet"
                ) r6
              ) as "node"
            ) r5
          ) as l0, (
            select row_to_json(r7.*) from (
              select coalesce(to_json(t4.score), '{"$error":2}'::json) as "score", coalesce(to_json(t4.title), '{"$error":3}'::json) as "a1", coalesce(to_json(replace(replace(replace(replace(replace(replace(replace(btrim(regexp_replace(ts_headline('english', t4.body, t4.tsq, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MinWords=6, MaxWords=24, FragmentDelimiter=" … "'), E'[ \\t\\n\\x0b\\f\\r]+', ' ', 'g'), ' '), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;'), chr(1), '<mark>'), chr(2), '</mark>')), '{"$error":4}'::json) as "snippet", coalesce(to_json(t4.kind), '{"$error":5}'::json) as "kind"
            ) r7
          ) as l1 from (
            select q8.*, q8.score as sort_0 from (
              select d9.*, w10 as tsq, ts_rank_cd(d9.tsv, w10) as score from search_document d9, websearch_to_tsquery('english', ?) w10 where d9.tsv @@ w10
            ) q8 where true order by q8.score desc, q8.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,20,"SCORE:DESC","SCORE:DESC","Trainum",21]
