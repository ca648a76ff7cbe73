-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from exclusivity_term_timing x2 where x2.term_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", (case when t3.valid_to_precision is null then null else (
          select row_to_json(r4.*) from (
            select t3.valid_to_latest as "latest", coalesce(to_json(t3.valid_to_text), '{"$error":1}'::json) as "text", t3.valid_to_earliest as "earliest"
          ) r4
        ) end) as "validTo"
      ) r1
    ) from exclusive_term t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2016-05-14","exclusivity-8587"]
-- statements
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes", ('[' || coalesce(a2.l1, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.slug as "slug", t4.quote as "quote"
            ) r5
          ) as l0, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor"
            ) r6
          ) as l1 from (
            select q7.*, coalesce(q7.date_latest, q7.date_earliest, '-infinity'::date) as sort_0 from statement q7 where q7.date_precision is not null and coalesce(q7.date_latest, 'infinity'::date) >= cast(? as date) order by coalesce(q7.date_latest, q7.date_earliest, '-infinity'::date) desc, q7.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [2,2,2,"DATE:DESC","DATE:DESC","2024-12-15",3]
