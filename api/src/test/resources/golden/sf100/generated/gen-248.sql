-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":0}'::json) as "id", t2.kind as "kind", (
          select row_to_json(z3.*) from (
            select (
              select count(*) from commitment q4 where q4.recipient_id = t2.id
            ) as "totalCount", (
              select row_to_json(r5.*) from (
                select a6.cursors[array_length(a6.cursors, 1)] as "endCursor", a6.fetched > ? as "hasNextPage", a6.cursors[1] as "startCursor"
              ) r5
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors from (
                select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor from (
                  select q4.*, coalesce(q4.date_earliest, q4.date_latest, 'infinity'::date) as sort_0 from commitment q4 where q4.recipient_id = t2.id order by coalesce(q4.date_earliest, q4.date_latest, 'infinity'::date), q4.id limit ?
                ) t8
              ) n7
            ) a6
          ) z3
        ) as "commitmentsReceived"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,2,"DATE:ASC",3,"vertex-infrastructure-971"]
