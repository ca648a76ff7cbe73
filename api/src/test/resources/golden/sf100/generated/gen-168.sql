-- exclusivityTerms
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from exclusive_term q2 where true
      ) as "totalCount", (
        select row_to_json(r3.*) from (
          select a4.fetched > ? as "hasNextPage", a4.cursors[array_length(a4.cursors, 1)] as "endCursor"
        ) r3
      ) as "pageInfo", ('[' || coalesce(a4.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select coalesce(to_json(dg_global_id('ExclusivityTerm', t6.slug)), '{"$error":0}'::json) as "id", coalesce(to_json(t6.slug), '{"$error":1}'::json) as "slug", coalesce(to_json(array(select o8.outlet from (
                select distinct trim(o9.outlet) collate "C" as outlet from (
                  select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.exclusivity_term_id = t6.id
                ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
              ) o8 order by 1 limit 100)), '{"$error":2}'::json) as "outlets"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q2 where (true) and ((coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date), q2.id) > (cast(? as date), ?)) order by coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: [40,40,40,"VALID_FROM:ASC","2015-10-08",10007021,41]
