-- node
select (
  (
    select (
      select row_to_json(r1.*) from (
        select 'Commitment'::text as "__typename"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["amazon-pledges-up-to-50b-investment"]
-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[array_length(a3.cursors, 1)] as "endCursor", a3.cursors[1] as "startCursor", false as "hasPreviousPage", a3.fetched > ? as "hasNextPage"
        ) r2
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor from (
            select q6.*, coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) as in_force from commitment q6 join commitment_timing x7 on x7.commitment_id = q6.id where (exists (select 1 from citation oc8 join source os9 on os9.id = oc8.source_id where oc8.commitment_id = q6.id and (strpos(lower(oc8.credited_outlet), lower(?)) > 0 or strpos(lower(os9.publisher), lower(?)) > 0))) and (in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) <> 'FALSE') order by coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [20,20,"DATE:ASC","2025-11-05","“OpenAI Shifts Strategic Focus Toward Amazon Amid Microsoft Friction”","“OpenAI Shifts Strategic Focus Toward Amazon Amid Microsoft Friction”","2025-11-05",21]
