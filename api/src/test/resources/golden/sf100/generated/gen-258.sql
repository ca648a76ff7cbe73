-- deals
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.summary as "summary", t4.kind as "kind", coalesce(to_json(array(select o6.outlet from (
                select distinct trim(o7.outlet) collate "C" as outlet from (
                  select cc8.source_id, cc8.credited_outlet, bool_or(cc8.credited_outlet is not null) over (partition by cc8.source_id) as credits from citation cc8 where cc8.deal_id = t4.id
                ) c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') when c9.credits then array[]::text[] else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o7(outlet)
              ) o6 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", (case when t4.ended_precision is null then null else (
                select row_to_json(r11.*) from (
                  select coalesce(to_json(t4.ended_text), '{"$error":1}'::json) as "text", coalesce(to_json(t4.ended_precision), '{"$error":2}'::json) as "precision"
                ) r11
              ) end) as "ended", (
                select row_to_json(z12.*) from (
                  select (
                    select count(*) from commitment q13 where q13.deal_id = t4.id
                  ) as "totalCount", (
                    select row_to_json(r14.*) from (
                      select a15.cursors[array_length(a15.cursors, 1)] as "a0", exists (
                        select 1 from commitment q13 where (q13.deal_id = t4.id) and (not (coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date), q13.id) > (cast(? as date), ?))
                      ) as "hasPreviousPage", a15.fetched > ? as "hasNextPage"
                    ) r14
                  ) as "pageInfo", ('[' || coalesce(a15.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n16.cursor order by n16.ord) filter (where n16.ord <= ?)) as cursors, string_agg(n16.l0::text, ',' order by n16.ord) filter (where n16.ord <= ?) as l0 from (
                      select row_number() over (order by t17.sort_0, t17.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text)]::text[], t17.id) as cursor, (
                        select row_to_json(r18.*) from (
                          select t17.kind as "kind", coalesce(to_json(array(select o19.outlet from (
                            select distinct trim(o20.outlet) collate "C" as outlet from (
                              select cc21.source_id, cc21.credited_outlet, bool_or(cc21.credited_outlet is not null) over (partition by cc21.source_id) as credits from citation cc21 where cc21.commitment_id = t17.id
                            ) c22 join source s23 on s23.id = c22.source_id cross join lateral unnest(case when c22.credited_outlet is not null then string_to_array(c22.credited_outlet, ',') when c22.credits then array[]::text[] else array[coalesce(s23.publisher, s23.author, '“' || s23.title || '”')] end) as o20(outlet)
                          ) o19 order by 1 limit 100)), '{"$error":3}'::json) as "outlets"
                        ) r18
                      ) as l0 from (
                        select q13.*, coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date) as sort_0 from commitment q13 where (q13.deal_id = t4.id) and ((coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date), q13.id) > (cast(? as date), ?)) order by coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date), q13.id limit ?
                      ) t17
                    ) n16
                  ) a15
                ) z12
              ) as "commitments"
            ) r5
          ) as l0 from (
            select q24.*, coalesce(q24.announced_earliest, q24.announced_latest, 'infinity'::date) as sort_0 from deal q24 where (true) and ((coalesce(q24.announced_earliest, q24.announced_latest, 'infinity'::date), q24.id) > (cast(? as date), ?)) order by coalesce(q24.announced_earliest, q24.announced_latest, 'infinity'::date), q24.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [2,2,"ANNOUNCED:ASC","2015-01-01",10016132,1,1,1,"DATE:ASC","2015-01-01",10016132,2,"2020-03-03",10007087,3]
