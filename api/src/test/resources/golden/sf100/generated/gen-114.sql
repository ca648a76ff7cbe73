-- deals
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from deal q2 join deal_timing x3 on x3.deal_id = q2.id where (q2.announced_precision is not null and coalesce(q2.announced_earliest, '-infinity'::date) <= cast(? as date)) and (in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE')
      ) as "totalCount", (
        select row_to_json(r4.*) from (
          select exists (
            select 1 from deal q2 join deal_timing x3 on x3.deal_id = q2.id where (q2.announced_precision is not null and coalesce(q2.announced_earliest, '-infinity'::date) <= cast(? as date)) and (in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE') and (not (coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id) > (cast(? as date), ?))
          ) as "hasPreviousPage", a5.cursors[1] as "startCursor", a5.cursors[array_length(a5.cursors, 1)] as "endCursor"
        ) r4
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors from (
          select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor from (
            select q2.*, coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) as in_force from deal q2 join deal_timing x3 on x3.deal_id = q2.id where (q2.announced_precision is not null and coalesce(q2.announced_earliest, '-infinity'::date) <= cast(? as date)) and (in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE') and ((coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id) > (cast(? as date), ?)) order by coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id limit ?
          ) t7
        ) n6
      ) a5
    ) z1
  )
)::text
-- values: ["2017-01-28","2026-04-25","2017-01-28","2026-04-25","2015-01-01",10006377,2,"ANNOUNCED:ASC","2026-04-25","2017-01-28","2026-04-25","2015-01-01",10006377,3]
