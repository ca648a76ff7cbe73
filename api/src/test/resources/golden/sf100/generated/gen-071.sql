-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes", (
        select row_to_json(r3.*) from (
          select a2.cursors[array_length(a2.cursors, 1)] as "endCursor", a2.cursors[1] as "startCursor", a2.fetched > ? as "hasNextPage", false as "hasPreviousPage"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select coalesce(to_json(t5.claim_group), '{"$error":0}'::json) as "key"
            ) r6
          ) as l0 from (
            select q7.*, (q7.claim_group) collate "C" as sort_0 from (
              select min(c8.id) as id, c8.claim_group from commitment c8 where c8.claim_group is not null group by c8.claim_group having count(distinct (c8.amount, c8.unit, c8.currency, c8.count_of, c8.qualifier, c8.modality, c8.committer_id, c8.recipient_id)) > 1 or exists (select 1 from commitment ca9 join commitment cb10 on cb10.claim_group = ca9.claim_group where ca9.claim_group = c8.claim_group and ca9.date_latest < cb10.date_earliest)
            ) q7 where true order by (q7.claim_group) collate "C", q7.id limit ?
          ) t5
        ) n4
      ) a2
    ) z1
  )
)::text
-- values: [8,8,8,"CLAIM_GROUP:ASC",9]
-- exclusivityTerms
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from exclusive_term q2 where exists (select 1 from citation oc3 join source os4 on os4.id = oc3.source_id where oc3.exclusivity_term_id = q2.id and (strpos(lower(oc3.credited_outlet), lower(?)) > 0 or strpos(lower(os4.publisher), lower(?)) > 0))
      ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "edges", (
        select row_to_json(r6.*) from (
          select exists (
            select 1 from exclusive_term q2 where (exists (select 1 from citation oc3 join source os4 on os4.id = oc3.source_id where oc3.exclusivity_term_id = q2.id and (strpos(lower(oc3.credited_outlet), lower(?)) > 0 or strpos(lower(os4.publisher), lower(?)) > 0))) and (not (coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date), q2.id) > (cast(? as date), ?))
          ) as "hasPreviousPage"
        ) r6
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
          select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
            select row_to_json(r9.*) from (
              select null::text as "inForce", dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as "cursor"
            ) r9
          ) as l0 from (
            select q2.*, coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q2 where (exists (select 1 from citation oc3 join source os4 on os4.id = oc3.source_id where oc3.exclusivity_term_id = q2.id and (strpos(lower(oc3.credited_outlet), lower(?)) > 0 or strpos(lower(os4.publisher), lower(?)) > 0))) and ((coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date), q2.id) > (cast(? as date), ?)) order by coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date), q2.id limit ?
          ) t8
        ) n7
      ) a5
    ) z1
  )
)::text
-- values: ["pymnts.com","pymnts.com","pymnts.com","pymnts.com","2015-04-09",10000078,20,20,"VALID_FROM:ASC","VALID_FROM:ASC","pymnts.com","pymnts.com","2015-04-09",10000078,21]
