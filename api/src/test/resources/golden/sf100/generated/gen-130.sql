-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes", (
        select row_to_json(r3.*) from (
          select a2.cursors[array_length(a2.cursors, 1)] as "endCursor", a2.cursors[1] as "startCursor", a2.fetched > ? as "hasNextPage", exists (
            select 1 from (
              select min(c4.id) as id, c4.claim_group from commitment c4 where c4.claim_group is not null group by c4.claim_group having count(distinct (c4.amount, c4.unit, c4.currency, c4.count_of, c4.qualifier, c4.modality, c4.committer_id, c4.recipient_id)) > 1 or exists (select 1 from commitment ca5 join commitment cb6 on cb6.claim_group = ca5.claim_group where ca5.claim_group = c4.claim_group and ca5.date_latest < cb6.date_earliest)
            ) q7 where (true) and (not ((q7.claim_group) collate "C", q7.id) > (cast(? as text) collate "C", ?))
          ) as "hasPreviousPage"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
          select row_number() over (order by t9.sort_0, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
            select row_to_json(r10.*) from (
              select coalesce(to_json(t9.claim_group), '{"$error":0}'::json) as "key"
            ) r10
          ) as l0 from (
            select q7.*, (q7.claim_group) collate "C" as sort_0 from (
              select min(c4.id) as id, c4.claim_group from commitment c4 where c4.claim_group is not null group by c4.claim_group having count(distinct (c4.amount, c4.unit, c4.currency, c4.count_of, c4.qualifier, c4.modality, c4.committer_id, c4.recipient_id)) > 1 or exists (select 1 from commitment ca5 join commitment cb6 on cb6.claim_group = ca5.claim_group where ca5.claim_group = c4.claim_group and ca5.date_latest < cb6.date_earliest)
            ) q7 where (true) and (((q7.claim_group) collate "C", q7.id) > (cast(? as text) collate "C", ?)) order by (q7.claim_group) collate "C", q7.id limit ?
          ) t9
        ) n8
      ) a2
    ) z1
  )
)::text
-- values: [8,"claim-183",10000547,8,8,"CLAIM_GROUP:ASC","claim-183",10000547,9]
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
