-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Event', t2.slug)), '{"$error":0}'::json) as "a0", t2.title as "a1", coalesce(to_json((case when t2.date_precision is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(t2.date_text), '{"$error":1}'::json) as "text", t2.date_earliest as "earliest", coalesce(to_json(dg_fuzzy_display(t2.date_earliest, t2.date_latest, t2.date_precision)), '{"$error":2}'::json) as "display", coalesce(to_json(t2.date_precision), '{"$error":3}'::json) as "precision"
          ) r3
        ) end)), '{"$error":4}'::json) as "date", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r4.*) from (
              select coalesce(to_json(array(select a5.value from organization_alias a5 where a5.organization_id = c6.id and a5.kind = 'TICKER' order by a5.value limit 100)), '{"$error":5}'::json) as "tickers", coalesce(to_json(dg_global_id('Organization', c6.slug)), '{"$error":6}'::json) as "id", c6.description as "description", coalesce(to_json(array(select a7.value from organization_alias a7 where a7.organization_id = c6.id and a7.kind = 'ALIAS' order by a7.value limit 100)), '{"$error":7}'::json) as "a3", (
                select (
                  select row_to_json(r8.*) from (
                    select coalesce(to_json(dg_global_id('Organization', c9.slug)), '{"$error":8}'::json) as "id", c9.description as "a1", coalesce(to_json(array(select a10.value from organization_alias a10 where a10.organization_id = c9.id and a10.kind = 'TICKER' order by a10.value limit 100)), '{"$error":9}'::json) as "tickers", c9.kind as "kind"
                  ) r8
                ) from organization c9 where c9.id = c6.parent_id limit 1
              ) as "parent", (
                select row_to_json(z11.*) from (
                  select (
                    select count(*) from exclusive_term q12 join exclusivity_term_timing x13 on x13.term_id = q12.id where (q12.holder_id = c6.id) and (in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) <> 'FALSE')
                  ) as "totalCount", ('[' || coalesce(a14.l0, '') || ']')::json as "edges" from (
                    select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                      select row_number() over (order by t16.sort_0, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text)]::text[], t16.id) as cursor, (
                        select row_to_json(r17.*) from (
                          select t16.in_force as "inForce"
                        ) r17
                      ) as l0 from (
                        select q12.*, coalesce(q12.valid_from_earliest, q12.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) as in_force from exclusive_term q12 join exclusivity_term_timing x13 on x13.term_id = q12.id where (q12.holder_id = c6.id) and (in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) <> 'FALSE') and ((coalesce(q12.valid_from_earliest, q12.valid_from_latest, 'infinity'::date), q12.id) > (cast(? as date), ?)) order by coalesce(q12.valid_from_earliest, q12.valid_from_latest, 'infinity'::date), q12.id limit ?
                      ) t16
                    ) n15
                  ) a14
                ) z11
              ) as "exclusivityHeld", (
                select row_to_json(z18.*) from (
                  select (
                    select row_to_json(r19.*) from (
                      select a20.fetched > ? as "hasNextPage", exists (
                        select 1 from exclusive_term q21 join exclusivity_term_timing x22 on x22.term_id = q21.id where (q21.holder_id = c6.id) and (in_force(cast(? as date), x22.start_earliest, x22.start_latest, x22.start_precision, x22.end_earliest, x22.end_latest, x22.end_precision) <> 'FALSE') and (not (coalesce(q21.valid_from_earliest, q21.valid_from_latest, 'infinity'::date), q21.id) > (cast(? as date), ?))
                      ) as "hasPreviousPage"
                    ) r19
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n23.cursor order by n23.ord) filter (where n23.ord <= ?)) as cursors from (
                      select row_number() over (order by t24.sort_0, t24.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t24.sort_0::text)]::text[], t24.id) as cursor from (
                        select q21.*, coalesce(q21.valid_from_earliest, q21.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x22.start_earliest, x22.start_latest, x22.start_precision, x22.end_earliest, x22.end_latest, x22.end_precision) as in_force from exclusive_term q21 join exclusivity_term_timing x22 on x22.term_id = q21.id where (q21.holder_id = c6.id) and (in_force(cast(? as date), x22.start_earliest, x22.start_latest, x22.start_precision, x22.end_earliest, x22.end_latest, x22.end_precision) <> 'FALSE') and ((coalesce(q21.valid_from_earliest, q21.valid_from_latest, 'infinity'::date), q21.id) > (cast(? as date), ?)) order by coalesce(q21.valid_from_earliest, q21.valid_from_latest, 'infinity'::date), q21.id limit ?
                      ) t24
                    ) n23
                  ) a20
                ) z18
              ) as "again6"
            ) r4
          )::text, ',' order by c6.name, c6.id), '') || ']')::json from (
            select c6.* from organization c6 where exists (select 1 from event_organization eo25 where eo25.event_id = t2.id and eo25.organization_id = c6.id) order by c6.name, c6.id limit ?
          ) c6 where true
        ) as "organizations"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2026-05-01",2,2,"VALID_FROM:ASC","2026-05-01","2026-05-01","infinity",3,3,1,"2016-06-01","infinity",3,1,"VALID_FROM:ASC","2016-06-01","2016-06-01","infinity",3,2,20,"amazon-openai-partnership-announced-2026-02-27"]
