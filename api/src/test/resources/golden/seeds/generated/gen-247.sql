-- statements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[1] as "startCursor", a3.fetched > ? as "hasNextPage", a3.cursors[array_length(a3.cursors, 1)] as "endCursor", false as "hasPreviousPage"
        ) r2
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor from (
            select q6.*, coalesce(q6.date_latest, q6.date_earliest, '-infinity'::date) as sort_0 from statement q6 where (exists (select 1 from citation oc7 join source os8 on os8.id = oc7.source_id where oc7.statement_id = q6.id and (strpos(lower(oc7.credited_outlet), lower(?)) > 0 or strpos(lower(os8.publisher), lower(?)) > 0))) and (q6.date_precision is not null and coalesce(q6.date_latest, 'infinity'::date) >= cast(? as date)) order by coalesce(q6.date_latest, q6.date_earliest, '-infinity'::date) desc, q6.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [1,1,"DATE:DESC","pymnts.com","pymnts.com","2025-11-03",2]
