-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", coalesce(to_json(dg_global_id('Person', t2.slug)), '{"$error":0}'::json) as "a1", (
          select row_to_json(z3.*) from (
            select ('[' || coalesce(a4.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
                select row_number() over (order by t6.sort_0 desc, t6.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
                  select row_to_json(r7.*) from (
                    select t6.channel as "channel", t6.quote as "quote", (case when t6.date_precision is null then null else (
                      select row_to_json(r8.*) from (
                        select coalesce(to_json(dg_fuzzy_display(t6.date_earliest, t6.date_latest, t6.date_precision)), '{"$error":1}'::json) as "display"
                      ) r8
                    ) end) as "date", (
                      select (
                        select row_to_json(r9.*) from (
                          select c10.slug as "slug", c10.title as "title"
                        ) r9
                      ) from deal c10 where c10.id = t6.deal_id limit 1
                    ) as "deal"
                  ) r7
                ) as l0 from (
                  select q11.*, coalesce(q11.date_latest, q11.date_earliest, '-infinity'::date) as sort_0 from statement q11 where exists (select 1 from statement_speaker sp12 where sp12.statement_id = q11.id and sp12.person_id = t2.id) order by coalesce(q11.date_latest, q11.date_earliest, '-infinity'::date) desc, q11.id desc limit ?
                ) t6
              ) n5
            ) a4
          ) z3
        ) as "statements"
      ) r1
    ) from person t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,3,"DATE:DESC",4,"denise-dresser"]
-- organizations
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes", ('[' || coalesce(a2.l1, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.kind as "kind", coalesce(to_json(dg_global_id('Organization', t4.slug)), '{"$error":0}'::json) as "id", coalesce(to_json(array(select a6.value from organization_alias a6 where a6.organization_id = t4.id and a6.kind = 'ALIAS' order by a6.value limit 100)), '{"$error":1}'::json) as "aliases"
            ) r5
          ) as l0, (
            select row_to_json(r7.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", (
                select row_to_json(r8.*) from (
                  select coalesce(to_json(array(select a9.value from organization_alias a9 where a9.organization_id = t4.id and a9.kind = 'ALIAS' order by a9.value limit 100)), '{"$error":2}'::json) as "aliases"
                ) r8
              ) as "node"
            ) r7
          ) as l1 from (
            select q10.*, (lower(q10.name)) collate "C" as sort_0 from organization q10 where true order by (lower(q10.name)) collate "C", q10.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [8,8,8,"NAME:ASC","NAME:ASC",9]
