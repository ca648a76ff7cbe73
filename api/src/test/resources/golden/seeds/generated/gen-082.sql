-- exclusivityTerms
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "a0", null::text as "inForce", (
                select row_to_json(r6.*) from (
                  select coalesce(to_json(coalesce((
                    select in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) from exclusivity_term_timing x7 where x7.term_id = t4.id
                  ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", coalesce(to_json(dg_global_id('ExclusivityTerm', t4.slug)), '{"$error":1}'::json) as "id"
                ) r6
              ) as "node"
            ) r5
          ) as l0 from (
            select q8.*, coalesce(q8.valid_from_earliest, q8.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q8 where (exists (select 1 from citation oc9 join source os10 on os10.id = oc9.source_id where oc9.exclusivity_term_id = q8.id and (strpos(lower(oc9.credited_outlet), lower(?)) > 0 or strpos(lower(os10.publisher), lower(?)) > 0))) and (q8.holder_id = (
              select s11.id from organization s11 where s11.slug = ?
            )) and ((coalesce(q8.valid_from_earliest, q8.valid_from_latest, 'infinity'::date), q8.id) > (cast(? as date), ?)) order by coalesce(q8.valid_from_earliest, q8.valid_from_latest, 'infinity'::date), q8.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [4,4,"VALID_FROM:ASC","VALID_FROM:ASC","2026-04-27","pymnts.com","pymnts.com","microsoft","infinity",3,5]
