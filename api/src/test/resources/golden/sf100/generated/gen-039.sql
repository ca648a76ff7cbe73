-- statements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[1] as "startCursor", a3.cursors[array_length(a3.cursors, 1)] as "endCursor", a3.fetched > ? as "hasNextPage"
        ) r2
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor from (
            select q6.*, coalesce(q6.date_latest, q6.date_earliest, '-infinity'::date) as sort_0 from statement q6 where true order by coalesce(q6.date_latest, q6.date_earliest, '-infinity'::date) desc, q6.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [7,7,"DATE:DESC",8]
-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.description as "description", (
          select row_to_json(z3.*) from (
            select (
              select row_to_json(r4.*) from (
                select a5.cursors[1] as "startCursor", a5.fetched > ? as "hasNextPage"
              ) r4
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors from (
                select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor from (
                  select q8.*, coalesce(q8.announced_earliest, q8.announced_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) as in_force from deal q8 join deal_timing x9 on x9.deal_id = q8.id where (exists (select 1 from deal_party p10 where p10.deal_id = q8.id and p10.organization_id = t2.id)) and (in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) <> 'FALSE') order by coalesce(q8.announced_earliest, q8.announced_latest, 'infinity'::date), q8.id limit ?
                ) t7
              ) n6
            ) a5
          ) z3
        ) as "deals", (
          select row_to_json(z11.*) from (
            select (
              select row_to_json(r12.*) from (
                select a13.fetched > ? as "hasNextPage"
              ) r12
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors from (
                select row_number() over (order by t15.sort_0, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as cursor from (
                  select q16.*, coalesce(q16.valid_from_earliest, q16.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q16 where q16.holder_id = t2.id order by coalesce(q16.valid_from_earliest, q16.valid_from_latest, 'infinity'::date), q16.id limit ?
                ) t15
              ) n14
            ) a13
          ) z11
        ) as "exclusivityHeld", (
          select row_to_json(z17.*) from (
            select ('[' || coalesce(a18.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n19.cursor order by n19.ord) filter (where n19.ord <= ?)) as cursors, string_agg(n19.l0::text, ',' order by n19.ord) filter (where n19.ord <= ?) as l0 from (
                select row_number() over (order by t20.sort_0, t20.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t20.sort_0::text)]::text[], t20.id) as cursor, (
                  select row_to_json(r21.*) from (
                    select coalesce(to_json(t20.status), '{"$error":0}'::json) as "status", coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x22.start_earliest, x22.start_latest, x22.start_precision, x22.end_earliest, x22.end_latest, x22.end_precision) from exclusivity_term_timing x22 where x22.term_id = t20.id
                    ), 'UNKNOWN')), '{"$error":1}'::json) as "inForce", coalesce(to_json(array(select o23.outlet from (
                      select distinct trim(o24.outlet) collate "C" as outlet from (
                        select cc25.source_id, cc25.credited_outlet, bool_or(cc25.credited_outlet is not null) over (partition by cc25.source_id) as credits from citation cc25 where cc25.exclusivity_term_id = t20.id
                      ) c26 join source s27 on s27.id = c26.source_id cross join lateral unnest(case when c26.credited_outlet is not null then string_to_array(c26.credited_outlet, ',') when c26.credits then array[]::text[] else array[coalesce(s27.publisher, s27.author, '“' || s27.title || '”')] end) as o24(outlet)
                    ) o23 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", (case when t20.valid_to_precision is null then null else (
                      select row_to_json(r28.*) from (
                        select t20.valid_to_latest as "latest", coalesce(to_json(t20.valid_to_text), '{"$error":3}'::json) as "text"
                      ) r28
                    ) end) as "validTo"
                  ) r21
                ) as l0 from (
                  select q29.*, coalesce(q29.valid_from_earliest, q29.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x30.start_earliest, x30.start_latest, x30.start_precision, x30.end_earliest, x30.end_latest, x30.end_precision) as in_force from exclusive_term q29 join exclusivity_term_timing x30 on x30.term_id = q29.id where (q29.holder_id = t2.id) and (in_force(cast(? as date), x30.start_earliest, x30.start_latest, x30.start_precision, x30.end_earliest, x30.end_latest, x30.end_precision) <> 'FALSE') order by coalesce(q29.valid_from_earliest, q29.valid_from_latest, 'infinity'::date), q29.id limit ?
                ) t20
              ) n19
            ) a18
          ) z17
        ) as "again3"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,2,"ANNOUNCED:ASC","2026-04-28","2026-04-28",3,3,3,"VALID_FROM:ASC",4,3,3,"VALID_FROM:ASC","2023-01-23","2015-04-02","2015-04-02",4,"atlas-compute-383"]
-- r3
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.channel as "channel", (case when t2.date_precision is null then null else (
          select row_to_json(r3.*) from (
            select t2.date_earliest as "earliest", coalesce(to_json(t2.date_text), '{"$error":0}'::json) as "text"
          ) r3
        ) end) as "date"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["statement-7377"]
