-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", (
          select row_to_json(z3.*) from (
            select (
              select row_to_json(r4.*) from (
                select a5.cursors[array_length(a5.cursors, 1)] as "endCursor", a5.cursors[1] as "startCursor", a5.fetched > ? as "hasNextPage", exists (
                  select 1 from event q6 where (q6.deal_id = t2.id) and (not (coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id) > (cast(? as date), ?))
                ) as "hasPreviousPage"
              ) r4
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors from (
                select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor from (
                  select q6.*, coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date) as sort_0 from event q6 where (q6.deal_id = t2.id) and ((coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id) > (cast(? as date), ?)) order by coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id limit ?
                ) t8
              ) n7
            ) a5
          ) z3
        ) as "events", (
          select row_to_json(z9.*) from (
            select ('[' || coalesce(a10.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors, string_agg(n11.l0::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l0 from (
                select row_number() over (order by t12.sort_0 desc, t12.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text)]::text[], t12.id) as cursor, (
                  select row_to_json(r13.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text)]::text[], t12.id) as "a0", (
                      select row_to_json(r14.*) from (
                        select coalesce(to_json(dg_global_id('Statement', t12.slug)), '{"$error":0}'::json) as "id", t12.quote as "quote", t12.slug as "slug"
                      ) r14
                    ) as "node"
                  ) r13
                ) as l0 from (
                  select q15.*, coalesce(q15.date_latest, q15.date_earliest, '-infinity'::date) as sort_0 from statement q15 where (q15.deal_id = t2.id) and ((coalesce(q15.date_latest, q15.date_earliest, '-infinity'::date), q15.id) < (cast(? as date), ?)) order by coalesce(q15.date_latest, q15.date_earliest, '-infinity'::date) desc, q15.id desc limit ?
                ) t12
              ) n11
            ) a10
          ) z9
        ) as "statements"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,"2015-02-19",10006175,2,"DATE:ASC","2015-02-19",10006175,3,3,3,"DATE:DESC","DATE:DESC","2025-12-31",10002722,4,"polar-ventures-421-polar-data-584-investment-3233"]
