-- deals
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from deal q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes", (
        select row_to_json(r4.*) from (
          select exists (
            select 1 from deal q2 where (true) and (not (coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id) > (cast(? as date), ?))
          ) as "hasPreviousPage", a3.cursors[array_length(a3.cursors, 1)] as "a1", a3.fetched > ? as "hasNextPage", a3.cursors[1] as "startCursor"
        ) r4
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select coalesce(to_json(array(select o8.outlet from (
                select distinct trim(o9.outlet) collate "C" as outlet from citation c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o9(outlet) where c10.deal_id = t6.id
              ) o8 order by 1 limit 100)), '{"$error":0}'::json) as "a0", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x12.start_earliest, x12.start_latest, x12.start_precision, x12.end_earliest, x12.end_latest, x12.end_precision) from deal_timing x12 where x12.deal_id = t6.id
              ), 'UNKNOWN')), '{"$error":1}'::json) as "inForce", t6.slug as "slug"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date) as sort_0 from deal q2 where (true) and ((coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id) > (cast(? as date), ?)) order by coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a3
    ) z1
  )
)::text
-- values: ["infinity",4,6,6,6,"ANNOUNCED:ASC","2025-01-20","infinity",4,7]
-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.status as "status", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.deal_id = t2.id
        ) o6)), '{"$error":0}'::json) as "corroboration", (
          select row_to_json(z7.*) from (
            select ('[' || coalesce(a8.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors, string_agg(n9.l0::text, ',' order by n9.ord) filter (where n9.ord <= ?) as l0 from (
                select row_number() over (order by t10.sort_0, t10.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as cursor, (
                  select row_to_json(r11.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as "cursor", t10.in_force as "a1"
                  ) r11
                ) as l0 from (
                  select q12.*, coalesce(q12.date_earliest, q12.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) as in_force from commitment q12 join commitment_timing x13 on x13.commitment_id = q12.id where (q12.deal_id = t2.id) and (in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) <> 'FALSE') and ((coalesce(q12.date_earliest, q12.date_latest, 'infinity'::date), q12.id) > (cast(? as date), ?)) order by coalesce(q12.date_earliest, q12.date_latest, 'infinity'::date), q12.id limit ?
                ) t10
              ) n9
            ) a8
          ) z7
        ) as "commitments"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,3,"DATE:ASC","DATE:ASC","2025-11-03","2025-11-03","infinity",6,4,"openai-aws-compute-2025"]
