-- deals
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.summary as "summary", t4.kind as "kind", coalesce(to_json(array(select o6.outlet from (
                select distinct trim(o7.outlet) collate "C" as outlet from citation c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o7(outlet) where c8.deal_id = t4.id
              ) o6 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", (case when t4.ended_precision is null then null else (
                select row_to_json(r10.*) from (
                  select coalesce(to_json(t4.ended_text), '{"$error":1}'::json) as "text", coalesce(to_json(t4.ended_precision), '{"$error":2}'::json) as "precision"
                ) r10
              ) end) as "ended", (
                select row_to_json(z11.*) from (
                  select (
                    select count(*) from commitment q12 where q12.deal_id = t4.id
                  ) as "totalCount", (
                    select row_to_json(r13.*) from (
                      select a14.cursors[array_length(a14.cursors, 1)] as "a0", exists (
                        select 1 from commitment q12 where (q12.deal_id = t4.id) and (not (coalesce(q12.date_earliest, q12.date_latest, 'infinity'::date), q12.id) > (cast(? as date), ?))
                      ) as "hasPreviousPage", a14.fetched > ? as "hasNextPage"
                    ) r13
                  ) as "pageInfo", ('[' || coalesce(a14.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                      select row_number() over (order by t16.sort_0, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text)]::text[], t16.id) as cursor, (
                        select row_to_json(r17.*) from (
                          select t16.kind as "kind", coalesce(to_json(array(select o18.outlet from (
                            select distinct trim(o19.outlet) collate "C" as outlet from citation c20 join source s21 on s21.id = c20.source_id cross join lateral unnest(case when c20.credited_outlet is not null then string_to_array(c20.credited_outlet, ',') else array[coalesce(s21.publisher, s21.author, '“' || s21.title || '”')] end) as o19(outlet) where c20.commitment_id = t16.id
                          ) o18 order by 1 limit 100)), '{"$error":3}'::json) as "outlets"
                        ) r17
                      ) as l0 from (
                        select q12.*, coalesce(q12.date_earliest, q12.date_latest, 'infinity'::date) as sort_0 from commitment q12 where (q12.deal_id = t4.id) and ((coalesce(q12.date_earliest, q12.date_latest, 'infinity'::date), q12.id) > (cast(? as date), ?)) order by coalesce(q12.date_earliest, q12.date_latest, 'infinity'::date), q12.id limit ?
                      ) t16
                    ) n15
                  ) a14
                ) z11
              ) as "commitments"
            ) r5
          ) as l0 from (
            select q22.*, coalesce(q22.announced_earliest, q22.announced_latest, 'infinity'::date) as sort_0 from deal q22 where (true) and ((coalesce(q22.announced_earliest, q22.announced_latest, 'infinity'::date), q22.id) > (cast(? as date), ?)) order by coalesce(q22.announced_earliest, q22.announced_latest, 'infinity'::date), q22.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [2,2,"ANNOUNCED:ASC","2015-01-01",10016132,1,1,1,"DATE:ASC","2015-01-01",10016132,2,"2020-03-03",10007087,3]
