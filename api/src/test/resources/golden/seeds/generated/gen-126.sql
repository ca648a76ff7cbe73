-- exclusivityTerms
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from exclusive_term q2 join exclusivity_term_timing x3 on x3.term_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE'
      ) as "a0", ('[' || coalesce(a4.l0, '') || ']')::json as "edges", (
        select row_to_json(r5.*) from (
          select a4.fetched > ? as "hasNextPage", false as "hasPreviousPage", a4.cursors[1] as "startCursor", a4.cursors[array_length(a4.cursors, 1)] as "endCursor"
        ) r5
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
          select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
            select row_to_json(r8.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as "cursor", t7.in_force as "inForce", (
                select row_to_json(r9.*) from (
                  select coalesce(to_json(t7.status), '{"$error":0}'::json) as "status", coalesce(to_json((
                    select (
                      select row_to_json(r10.*) from (
                        select c11.name as "a0", c11.slug as "a1", c11.kind as "a2", coalesce(to_json(array(select a12.value from organization_alias a12 where a12.organization_id = c11.id and a12.kind = 'ALIAS' order by a12.value limit 100)), '{"$error":1}'::json) as "aliases"
                      ) r10
                    ) from organization c11 where c11.id = t7.holder_id limit 1
                  )), '{"$error":2}'::json) as "holder", (case when t7.valid_to_precision is null then null else (
                    select row_to_json(r13.*) from (
                      select coalesce(to_json(t7.valid_to_precision), '{"$error":3}'::json) as "precision", t7.valid_to_latest as "latest", coalesce(to_json(dg_fuzzy_display(t7.valid_to_earliest, t7.valid_to_latest, t7.valid_to_precision)), '{"$error":4}'::json) as "display"
                    ) r13
                  ) end) as "validTo"
                ) r9
              ) as "node"
            ) r8
          ) as l0 from (
            select q2.*, (lower(q2.scope)) collate "C" as sort_0, in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) as in_force from exclusive_term q2 join exclusivity_term_timing x3 on x3.term_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE' order by (lower(q2.scope)) collate "C", q2.id limit ?
          ) t7
        ) n6
      ) a4
    ) z1
  )
)::text
-- values: ["2026-01-01",4,4,4,"SCOPE:ASC","SCOPE:ASC","2026-01-01","2026-01-01",5]
