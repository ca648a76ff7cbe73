-- sources
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select exists (
            select 1 from source q3 where (true) and (not (coalesce(q3.published_earliest, q3.published_latest, 'infinity'::date), q3.id) > (cast(? as date), ?))
          ) as "hasPreviousPage", a4.cursors[array_length(a4.cursors, 1)] as "endCursor"
        ) r2
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor from (
            select q3.*, coalesce(q3.published_earliest, q3.published_latest, 'infinity'::date) as sort_0 from source q3 where (true) and ((coalesce(q3.published_earliest, q3.published_latest, 'infinity'::date), q3.id) > (cast(? as date), ?)) order by coalesce(q3.published_earliest, q3.published_latest, 'infinity'::date), q3.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["2015-05-27",10000059,4,"PUBLISHED:ASC","2015-05-27",10000059,5]
-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(t2.slug), '{"$error":0}'::json) as "slug", coalesce(to_json(coalesce((
          select in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) from exclusivity_term_timing x3 where x3.term_id = t2.id
        ), 'UNKNOWN')), '{"$error":1}'::json) as "inForce", coalesce(to_json(t2.scope), '{"$error":2}'::json) as "scope", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r4.*) from (
              select coalesce(to_json(c5.status), '{"$error":3}'::json) as "status", coalesce(to_json((select count(*)::int from (
                select distinct trim(o6.outlet) collate "C" as outlet from (
                  select cc7.source_id, cc7.credited_outlet, bool_or(cc7.credited_outlet is not null) over (partition by cc7.source_id) as credits from citation cc7 where cc7.exclusivity_term_id = c5.id
                ) c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') when c8.credits then array[]::text[] else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o6(outlet)
              ) o10)), '{"$error":4}'::json) as "corroboration", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x11.start_earliest, x11.start_latest, x11.start_precision, x11.end_earliest, x11.end_latest, x11.end_precision) from exclusivity_term_timing x11 where x11.term_id = c5.id
              ), 'UNKNOWN')), '{"$error":5}'::json) as "inForce", coalesce(to_json(dg_global_id('ExclusivityTerm', c5.slug)), '{"$error":6}'::json) as "a3"
            ) r4
          )::text, ',' order by c5.id), '') || ']')::json from (
            select c5.* from exclusive_term c5 where c5.superseded_by_term_id = t2.id order by c5.id limit ?
          ) c5 where true
        ) as "supersedes"
      ) r1
    ) from exclusive_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2015-02-03","2026-04-28",10,"exclusivity-2861"]
