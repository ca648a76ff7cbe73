-- people
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes", ('[' || coalesce(a2.l1, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(dg_global_id('Person', t4.slug)), '{"$error":0}'::json) as "id", t4.slug as "slug"
            ) r5
          ) as l0, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor"
            ) r6
          ) as l1 from (
            select q7.*, (lower(q7.name)) collate "C" as sort_0 from person q7 where q7.organization_id = (
              select s8.id from organization s8 where s8.slug = ?
            ) order by (lower(q7.name)) collate "C", q7.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [5,5,5,"NAME:ASC","NAME:ASC","apex-infrastructure-536",6]
-- exclusivityTerms
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from exclusive_term q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor", null::text as "a1", (
                select row_to_json(r7.*) from (
                  select coalesce(to_json(dg_global_id('ExclusivityTerm', t5.slug)), '{"$error":0}'::json) as "id"
                ) r7
              ) as "node"
            ) r6
          ) as l0 from (
            select q2.*, coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q2 where (true) and ((coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date), q2.id) > (cast(? as date), ?)) order by coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date), q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [6,6,"VALID_FROM:ASC","VALID_FROM:ASC","2015-04-01",10003848,7]
