-- statements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[array_length(a3.cursors, 1)] as "endCursor"
        ) r2
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor from (
            select q6.*, coalesce(q6.date_latest, q6.date_earliest, '-infinity'::date) as sort_0 from statement q6 where (q6.channel = ?) and (exists (select 1 from statement_speaker sp7 where sp7.statement_id = q6.id and sp7.person_id = (
              select s8.id from person s8 where s8.slug = ?
            ))) order by coalesce(q6.date_latest, q6.date_earliest, '-infinity'::date) desc, q6.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [2,"DATE:DESC","REMARKS","denise-dresser",3]
