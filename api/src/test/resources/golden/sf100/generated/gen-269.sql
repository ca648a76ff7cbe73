-- people
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from person q2 where true
      ) as "a0", ('[' || coalesce(a3.l0, '') || ']')::json as "edges", (
        select row_to_json(r4.*) from (
          select a3.fetched > ? as "hasNextPage"
        ) r4
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as "cursor"
            ) r7
          ) as l0 from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from person q2 where (true) and (((lower(q2.name)) collate "C", q2.id) > (cast(? as text) collate "C", ?)) order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t6
        ) n5
      ) a3
    ) z1
  )
)::text
-- values: [1,1,1,"NAME:ASC","NAME:ASC","ivan chen",10000286,2]
-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.in_force as "inForce", dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) as in_force from commitment q6 join commitment_timing x7 on x7.commitment_id = q6.id where in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) <> 'FALSE' order by coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [4,4,"DATE:ASC","DATE:ASC","2016-07-10","2016-07-10",5]
