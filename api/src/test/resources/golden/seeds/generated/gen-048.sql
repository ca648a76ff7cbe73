-- statements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where (exists (select 1 from statement_speaker sp3 where sp3.statement_id = q2.id and sp3.person_id = (
          select s4.id from person s4 where s4.slug = ?
        ))) and (q2.date_precision is not null and coalesce(q2.date_latest, 'infinity'::date) >= cast(? as date)) and (q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date))
      ) as "totalCount", (
        select row_to_json(r5.*) from (
          select a6.cursors[array_length(a6.cursors, 1)] as "endCursor", exists (
            select 1 from statement q2 where (exists (select 1 from statement_speaker sp3 where sp3.statement_id = q2.id and sp3.person_id = (
              select s4.id from person s4 where s4.slug = ?
            ))) and (q2.date_precision is not null and coalesce(q2.date_latest, 'infinity'::date) >= cast(? as date)) and (q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date)) and (not (coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date), q2.id) < (cast(? as date), ?))
          ) as "hasPreviousPage", a6.cursors[1] as "startCursor", a6.fetched > ? as "hasNextPage"
        ) r5
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors from (
          select row_number() over (order by t8.sort_0 desc, t8.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where (exists (select 1 from statement_speaker sp3 where sp3.statement_id = q2.id and sp3.person_id = (
              select s4.id from person s4 where s4.slug = ?
            ))) and (q2.date_precision is not null and coalesce(q2.date_latest, 'infinity'::date) >= cast(? as date)) and (q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date)) and ((coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date), q2.id) < (cast(? as date), ?)) order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t8
        ) n7
      ) a6
    ) z1
  )
)::text
-- values: ["denise-dresser","2026-05-01","2016-06-01","denise-dresser","2026-05-01","2016-06-01","2026-04-13",3,5,5,"DATE:DESC","denise-dresser","2026-05-01","2016-06-01","2026-04-13",3,6]
-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.exclusivity_term_id = t5.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o3(outlet)
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets"
      ) r1
    ) from exclusive_term t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["aws-exclusive-third-party-distribution-for-frontier"]
