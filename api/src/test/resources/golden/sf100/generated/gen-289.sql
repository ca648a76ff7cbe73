-- exclusivityTerms
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from exclusivity_term q2 join exclusivity_term_timing x3 on x3.term_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE'
      ) as "totalCount", ('[' || coalesce(a4.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select coalesce(to_json(array(select o8.outlet from (
                select distinct trim(o9.outlet) collate "C" as outlet from citation c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o9(outlet) where c10.exclusivity_term_id = t6.id
              ) o8 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t6.scope as "scope", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x12.start_earliest, x12.start_latest, x12.start_precision, x12.end_earliest, x12.end_latest, x12.end_precision) from exclusivity_term_timing x12 where x12.term_id = t6.id
              ), 'UNKNOWN')), '{"$error":1}'::json) as "inForce", t6.status as "status", (case when t6.valid_from_precision is null then null else (
                select row_to_json(r13.*) from (
                  select t6.valid_from_latest as "a0", coalesce(to_json(t6.valid_from_precision), '{"$error":2}'::json) as "precision", t6.valid_from_earliest as "earliest"
                ) r13
              ) end) as "validFrom", (
                select (
                  select row_to_json(r14.*) from (
                    select c15.scope as "scope", coalesce(to_json(array(select o16.outlet from (
                      select distinct trim(o17.outlet) collate "C" as outlet from citation c18 join source s19 on s19.id = c18.source_id cross join lateral unnest(case when c18.credited_outlet is not null then string_to_array(c18.credited_outlet, ',') else array[coalesce(s19.publisher, s19.author, '“' || s19.title || '”')] end) as o17(outlet) where c18.exclusivity_term_id = c15.id
                    ) o16 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", c15.status as "status"
                  ) r14
                ) from exclusivity_term c15 where c15.id = t6.superseded_by_term_id limit 1
              ) as "supersededBy"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) as in_force from exclusivity_term q2 join exclusivity_term_timing x3 on x3.term_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE' order by coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["2015-01-30",1,1,"VALID_FROM:ASC","2026-01-31","2015-01-30","2015-01-30",2]
