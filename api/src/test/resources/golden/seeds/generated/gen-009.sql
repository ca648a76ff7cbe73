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
                select distinct trim(o9.outlet) collate "C" as outlet from (
                  select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.deal_id = t6.id
                ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
              ) o8 order by 1 limit 100)), '{"$error":0}'::json) as "a0", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) from deal_timing x13 where x13.deal_id = t6.id
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
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.deal_id = t2.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o3(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", (
          select row_to_json(z8.*) from (
            select ('[' || coalesce(a9.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                select row_number() over (order by t11.sort_0, t11.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as cursor, (
                  select row_to_json(r12.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as "cursor", t11.in_force as "a1"
                  ) r12
                ) as l0 from (
                  select q13.*, coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x14.start_earliest, x14.start_latest, x14.start_precision, x14.end_earliest, x14.end_latest, x14.end_precision) as in_force from commitment q13 join commitment_timing x14 on x14.commitment_id = q13.id where (q13.deal_id = t2.id) and (in_force(cast(? as date), x14.start_earliest, x14.start_latest, x14.start_precision, x14.end_earliest, x14.end_latest, x14.end_precision) <> 'FALSE') and ((coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date), q13.id) > (cast(? as date), ?)) order by coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date), q13.id limit ?
                ) t11
              ) n10
            ) a9
          ) z8
        ) as "commitments"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,3,"DATE:ASC","DATE:ASC","2025-11-03","2025-11-03","infinity",6,4,"openai-aws-compute-2025"]
