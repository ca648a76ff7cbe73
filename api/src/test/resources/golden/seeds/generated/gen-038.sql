-- r1
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where exists (select 1 from statement_speaker sp3 where sp3.statement_id = q2.id and sp3.person_id = (
          select s4.id from person s4 where s4.slug = ?
        ))
      ) as "a0", (
        select row_to_json(r5.*) from (
          select exists (
            select 1 from statement q2 where (exists (select 1 from statement_speaker sp3 where sp3.statement_id = q2.id and sp3.person_id = (
              select s4.id from person s4 where s4.slug = ?
            ))) and (not (coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date), q2.id) < (cast(? as date), ?))
          ) as "hasPreviousPage", a6.fetched > ? as "hasNextPage", a6.cursors[array_length(a6.cursors, 1)] as "endCursor"
        ) r5
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors from (
          select row_number() over (order by t8.sort_0 desc, t8.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where (exists (select 1 from statement_speaker sp3 where sp3.statement_id = q2.id and sp3.person_id = (
              select s4.id from person s4 where s4.slug = ?
            ))) and ((coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date), q2.id) < (cast(? as date), ?)) order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t8
        ) n7
      ) a6
    ) z1
  )
)::text
-- values: ["denise-dresser","denise-dresser","2026-04-13",3,20,20,"DATE:DESC","denise-dresser","2026-04-13",3,21]
