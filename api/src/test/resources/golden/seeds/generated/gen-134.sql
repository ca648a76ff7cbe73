-- node
select (
  (
    select (
      select row_to_json(r1.*) from (
        select 'Deal'::text as "__typename", coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from deal_timing x2 where x2.deal_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", t3.slug as "slug", (
          select row_to_json(z4.*) from (
            select ('[' || coalesce(a5.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
                select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as "cursor"
                  ) r8
                ) as l0 from (
                  select q9.*, coalesce(q9.date_earliest, q9.date_latest, 'infinity'::date) as sort_0 from event q9 where q9.deal_id = t3.id order by coalesce(q9.date_earliest, q9.date_latest, 'infinity'::date), q9.id limit ?
                ) t7
              ) n6
            ) a5
          ) z4
        ) as "events", (
          select row_to_json(z10.*) from (
            select ('[' || coalesce(a11.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors, string_agg(n12.l0::text, ',' order by n12.ord) filter (where n12.ord <= ?) as l0 from (
                select row_number() over (order by t13.sort_0, t13.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text)]::text[], t13.id) as cursor, (
                  select row_to_json(r14.*) from (
                    select t13.title as "title", (
                      select (
                        select row_to_json(r15.*) from (
                          select c16.slug as "slug", c16.status as "status", coalesce(to_json(dg_global_id('Deal', c16.slug)), '{"$error":1}'::json) as "id"
                        ) r15
                      ) from deal c16 where c16.id = t13.deal_id limit 1
                    ) as "deal"
                  ) r14
                ) as l0 from (
                  select q17.*, coalesce(q17.date_earliest, q17.date_latest, 'infinity'::date) as sort_0 from event q17 where q17.deal_id = t3.id order by coalesce(q17.date_earliest, q17.date_latest, 'infinity'::date), q17.id limit ?
                ) t13
              ) n12
            ) a11
          ) z10
        ) as "again3", (case when t3.announced_precision is null then null else (
          select row_to_json(r18.*) from (
            select t3.announced_earliest as "earliest", t3.announced_latest as "latest", coalesce(to_json(t3.announced_precision), '{"$error":2}'::json) as "precision"
          ) r18
        ) end) as "announced"
      ) r1
    ) from deal t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2030-12-31",2,2,"DATE:ASC","DATE:ASC",3,3,3,"DATE:ASC",4,"openai-models-on-aws"]
