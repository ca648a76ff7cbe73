-- exclusivityTerms
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(dg_global_id('ExclusivityTerm', t4.slug)), '{"$error":0}'::json) as "id"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.valid_from_earliest, q6.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q6 where exists (select 1 from citation oc7 join source os8 on os8.id = oc7.source_id where oc7.exclusivity_term_id = q6.id and (strpos(lower(oc7.credited_outlet), lower(?)) > 0 or strpos(lower(os8.publisher), lower(?)) > 0)) order by coalesce(q6.valid_from_earliest, q6.valid_from_latest, 'infinity'::date), q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [3,3,"VALID_FROM:ASC","theinformation.com","theinformation.com",4]
