-- r1
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from deal q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes", ('[' || coalesce(a3.l1, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0, string_agg(n4.l1::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l1 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select t5.kind as "kind", t5.summary as "summary", t5.slug as "slug", t5.title as "title", (
                select row_to_json(z7.*) from (
                  select (
                    select count(*) from exclusive_term q8 join exclusivity_term_timing x9 on x9.term_id = q8.id where (q8.deal_id = t5.id) and (in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) <> 'FALSE')
                  ) as "a0", (
                    select row_to_json(r10.*) from (
                      select a11.cursors[array_length(a11.cursors, 1)] as "endCursor", exists (
                        select 1 from exclusive_term q8 join exclusivity_term_timing x9 on x9.term_id = q8.id where (q8.deal_id = t5.id) and (in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) <> 'FALSE') and (not (coalesce(q8.valid_from_earliest, q8.valid_from_latest, 'infinity'::date), q8.id) > (cast(? as date), ?))
                      ) as "hasPreviousPage", a11.fetched > ? as "hasNextPage", a11.cursors[1] as "startCursor"
                    ) r10
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors from (
                      select row_number() over (order by t13.sort_0, t13.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text)]::text[], t13.id) as cursor from (
                        select q8.*, coalesce(q8.valid_from_earliest, q8.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) as in_force from exclusive_term q8 join exclusivity_term_timing x9 on x9.term_id = q8.id where (q8.deal_id = t5.id) and (in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) <> 'FALSE') and ((coalesce(q8.valid_from_earliest, q8.valid_from_latest, 'infinity'::date), q8.id) > (cast(? as date), ?)) order by coalesce(q8.valid_from_earliest, q8.valid_from_latest, 'infinity'::date), q8.id limit ?
                      ) t13
                    ) n12
                  ) a11
                ) z7
              ) as "exclusivityTerms"
            ) r6
          ) as l0, (
            select row_to_json(r14.*) from (
              select null::text as "a0"
            ) r14
          ) as l1 from (
            select q2.*, coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date) as sort_0 from deal q2 where true order by coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [8,8,8,"ANNOUNCED:ASC","2025-10-31","2025-10-31","2022-12-23",10004843,2,2,"VALID_FROM:ASC","2025-10-31","2025-10-31","2022-12-23",10004843,3,9]
-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", coalesce(to_json((case when t2.date_precision is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(t2.date_precision), '{"$error":0}'::json) as "precision", t2.date_latest as "latest", coalesce(to_json(t2.date_text), '{"$error":1}'::json) as "text", coalesce(to_json(dg_fuzzy_display(t2.date_earliest, t2.date_latest, t2.date_precision)), '{"$error":2}'::json) as "display"
          ) r3
        ) end)), '{"$error":3}'::json) as "date", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r4.*) from (
              select c5.description as "description", c5.slug as "slug", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r6.*) from (
                    select c7.slug as "slug", c7.kind as "kind", coalesce(to_json(array(select a8.value from organization_alias a8 where a8.organization_id = c7.id and a8.kind = 'ALIAS' order by a8.value limit 100)), '{"$error":4}'::json) as "aliases"
                  ) r6
                )::text, ',' order by c7.name, c7.id), '') || ']')::json from (
                  select c7.* from organization c7 where c7.parent_id = c5.id order by c7.name, c7.id limit ?
                ) c7 where true
              ) as "units", (
                select row_to_json(z9.*) from (
                  select (
                    select count(*) from commitment q10 where q10.recipient_id = c5.id
                  ) as "totalCount", (
                    select row_to_json(r11.*) from (
                      select false as "hasPreviousPage", a12.cursors[array_length(a12.cursors, 1)] as "endCursor", a12.fetched > ? as "hasNextPage"
                    ) r11
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors from (
                      select row_number() over (order by t14.sort_0, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as cursor from (
                        select q10.*, coalesce(q10.date_earliest, q10.date_latest, 'infinity'::date) as sort_0 from commitment q10 where q10.recipient_id = c5.id order by coalesce(q10.date_earliest, q10.date_latest, 'infinity'::date), q10.id limit ?
                      ) t14
                    ) n13
                  ) a12
                ) z9
              ) as "commitmentsReceived"
            ) r4
          )::text, ',' order by c5.name, c5.id), '') || ']')::json from (
            select c5.* from organization c5 where exists (select 1 from event_organization eo15 where eo15.event_id = t2.id and eo15.organization_id = c5.id) order by c5.name, c5.id limit ?
          ) c5 where true
        ) as "organizations"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: [50,2,2,"DATE:ASC",3,20,"event-3076-1"]
