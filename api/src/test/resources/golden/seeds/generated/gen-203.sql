-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Deal'::text as "__typename", coalesce(to_json(dg_global_id('Deal', t2.slug)), '{"$error":0}'::json) as "id", t2.title as "title", t2.summary as "summary", (
          select row_to_json(z3.*) from (
            select (
              select count(*) from deal q4 where q4.parent_id = t2.id
            ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "edges", (
              select row_to_json(r6.*) from (
                select a5.cursors[1] as "startCursor"
              ) r6
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as "cursor", null::text as "inForce", (
                      select row_to_json(r10.*) from (
                        select coalesce(to_json(coalesce((
                          select in_force(cast(? as date), x11.start_earliest, x11.start_latest, x11.start_precision, x11.end_earliest, x11.end_latest, x11.end_precision) from deal_timing x11 where x11.deal_id = t8.id
                        ), 'UNKNOWN')), '{"$error":1}'::json) as "inForce", t8.title as "title"
                      ) r10
                    ) as "node"
                  ) r9
                ) as l0 from (
                  select q4.*, coalesce(q4.announced_earliest, q4.announced_latest, 'infinity'::date) as sort_0 from deal q4 where q4.parent_id = t2.id order by coalesce(q4.announced_earliest, q4.announced_latest, 'infinity'::date), q4.id limit ?
                ) t8
              ) n7
            ) a5
          ) z3
        ) as "subDeals", (
          select row_to_json(z12.*) from (
            select ('[' || coalesce(a13.l0, '') || ']')::json as "edges", ('[' || coalesce(a13.l1, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0, string_agg(n14.l1::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l1 from (
                select row_number() over (order by t15.sort_0, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as cursor, (
                  select row_to_json(r16.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as "a0"
                  ) r16
                ) as l0, (
                  select row_to_json(r17.*) from (
                    select t15.slug as "slug"
                  ) r17
                ) as l1 from (
                  select q18.*, coalesce(q18.announced_earliest, q18.announced_latest, 'infinity'::date) as sort_0 from deal q18 where q18.parent_id = t2.id order by coalesce(q18.announced_earliest, q18.announced_latest, 'infinity'::date), q18.id limit ?
                ) t15
              ) n14
            ) a13
          ) z12
        ) as "again3"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: [3,3,"ANNOUNCED:ASC","ANNOUNCED:ASC","2027-01-01",4,1,1,1,"ANNOUNCED:ASC","ANNOUNCED:ASC",2,"microsoft-openai-restructuring-2026-04"]
