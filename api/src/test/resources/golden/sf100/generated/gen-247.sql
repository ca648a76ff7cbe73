-- sources
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[array_length(a3.cursors, 1)] as "endCursor", exists (
            select 1 from source q4 where (true) and (not (coalesce(q4.published_earliest, q4.published_latest, 'infinity'::date), q4.id) > (cast(? as date), ?))
          ) as "hasPreviousPage", a3.fetched > ? as "hasNextPage"
        ) r2
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor from (
            select q4.*, coalesce(q4.published_earliest, q4.published_latest, 'infinity'::date) as sort_0 from source q4 where (true) and ((coalesce(q4.published_earliest, q4.published_latest, 'infinity'::date), q4.id) > (cast(? as date), ?)) order by coalesce(q4.published_earliest, q4.published_latest, 'infinity'::date), q4.id limit ?
          ) t6
        ) n5
      ) a3
    ) z1
  )
)::text
-- values: ["2018-11-18",10000012,20,20,"PUBLISHED:ASC","2018-11-18",10000012,21]
-- deals
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.slug as "slug", coalesce(to_json(dg_global_id('Deal', t4.slug)), '{"$error":0}'::json) as "id"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.announced_earliest, q6.announced_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) as in_force from deal q6 join deal_timing x7 on x7.deal_id = q6.id where in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) <> 'FALSE' order by coalesce(q6.announced_earliest, q6.announced_latest, 'infinity'::date), q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [3,3,"ANNOUNCED:ASC","2016-05-19","2016-05-19",4]
-- exclusivityTerms
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.fetched > ? as "hasNextPage", false as "a1", a3.cursors[array_length(a3.cursors, 1)] as "endCursor"
        ) r2
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor from (
            select q6.*, coalesce(q6.valid_from_earliest, q6.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) as in_force from exclusive_term q6 join exclusivity_term_timing x7 on x7.term_id = q6.id where in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) <> 'FALSE' order by coalesce(q6.valid_from_earliest, q6.valid_from_latest, 'infinity'::date), q6.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [8,8,"VALID_FROM:ASC","2015-02-01","2015-02-01",9]
