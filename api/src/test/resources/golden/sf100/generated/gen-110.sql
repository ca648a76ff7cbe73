-- r1
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", (
                select row_to_json(r6.*) from (
                  select t4.author_note as "authorNote", t4.slug as "slug", (case when t4.published_precision is null then null else (
                    select row_to_json(r7.*) from (
                      select t4.published_latest as "latest"
                    ) r7
                  ) end) as "published"
                ) r6
              ) as "node"
            ) r5
          ) as l0 from (
            select q8.*, coalesce(q8.published_earliest, q8.published_latest, 'infinity'::date) as sort_0 from source q8 where true order by coalesce(q8.published_earliest, q8.published_latest, 'infinity'::date), q8.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [3,3,"PUBLISHED:ASC","PUBLISHED:ASC",4]
-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.summary as "summary", (
          select row_to_json(z3.*) from (
            select (
              select row_to_json(r4.*) from (
                select a5.fetched > ? as "hasNextPage", false as "hasPreviousPage", a5.cursors[array_length(a5.cursors, 1)] as "endCursor", a5.cursors[1] as "a3"
              ) r4
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors from (
                select row_number() over (order by t7.sort_0 desc, t7.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor from (
                  select q8.*, coalesce(q8.date_latest, q8.date_earliest, '-infinity'::date) as sort_0 from statement q8 where q8.deal_id = t2.id order by coalesce(q8.date_latest, q8.date_earliest, '-infinity'::date) desc, q8.id desc limit ?
                ) t7
              ) n6
            ) a5
          ) z3
        ) as "statements"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,"DATE:DESC",2,"sierra-power-158-apex-robotics-314-restructuring-2256"]
-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select a2.value from organization_alias a2 where a2.organization_id = t3.id and a2.kind = 'TICKER' order by a2.value limit 100)), '{"$error":0}'::json) as "tickers"
      ) r1
    ) from organization t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["atlas-networks-650"]
