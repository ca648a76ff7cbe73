-- exclusivityTerms
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from exclusive_term q2 join exclusivity_term_timing x3 on x3.term_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE'
      ) as "totalCount", ('[' || coalesce(a4.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select coalesce(to_json(array(select o8.outlet from (
                select distinct trim(o9.outlet) collate "C" as outlet from (
                  select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.exclusivity_term_id = t6.id
                ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
              ) o8 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", coalesce(to_json(t6.scope), '{"$error":1}'::json) as "scope", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) from exclusivity_term_timing x13 where x13.term_id = t6.id
              ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce", coalesce(to_json(t6.status), '{"$error":3}'::json) as "status", (case when t6.valid_from_precision is null then null else (
                select row_to_json(r14.*) from (
                  select t6.valid_from_latest as "a0", coalesce(to_json(t6.valid_from_precision), '{"$error":4}'::json) as "precision", t6.valid_from_earliest as "earliest"
                ) r14
              ) end) as "validFrom", (
                select (
                  select row_to_json(r15.*) from (
                    select coalesce(to_json(c16.scope), '{"$error":5}'::json) as "scope", coalesce(to_json(array(select o17.outlet from (
                      select distinct trim(o18.outlet) collate "C" as outlet from (
                        select cc19.source_id, cc19.credited_outlet, bool_or(cc19.credited_outlet is not null) over (partition by cc19.source_id) as credits from citation cc19 where cc19.exclusivity_term_id = c16.id
                      ) c20 join source s21 on s21.id = c20.source_id cross join lateral unnest(case when c20.credited_outlet is not null then string_to_array(c20.credited_outlet, ',') when c20.credits then array[]::text[] else array[coalesce(s21.publisher, s21.author, '“' || s21.title || '”')] end) as o18(outlet)
                    ) o17 order by 1 limit 100)), '{"$error":6}'::json) as "outlets", coalesce(to_json(c16.status), '{"$error":7}'::json) as "status"
                  ) r15
                ) from exclusive_term c16 where c16.id = t6.superseded_by_term_id limit 1
              ) as "supersededBy"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) as in_force from exclusive_term q2 join exclusivity_term_timing x3 on x3.term_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE' order by coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["2015-01-30",1,1,"VALID_FROM:ASC","2026-01-31","2015-01-30","2015-01-30",2]
