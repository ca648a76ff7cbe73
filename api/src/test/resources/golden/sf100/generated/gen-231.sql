-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Person'::text as "__typename", coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.person_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(array(select o8.outlet from (
          select distinct trim(o9.outlet) collate "C" as outlet from (
            select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.person_id = t4.id
          ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
        ) o8 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
          select (
            select row_to_json(r13.*) from (
              select c14.description as "description", (
                select row_to_json(z15.*) from (
                  select (
                    select row_to_json(r16.*) from (
                      select a17.cursors[array_length(a17.cursors, 1)] as "endCursor"
                    ) r16
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n18.cursor order by n18.ord) filter (where n18.ord <= ?)) as cursors from (
                      select row_number() over (order by t19.sort_0, t19.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text)]::text[], t19.id) as cursor from (
                        select q20.*, (lower(q20.name)) collate "C" as sort_0 from person q20 where q20.organization_id = c14.id order by (lower(q20.name)) collate "C", q20.id limit ?
                      ) t19
                    ) n18
                  ) a17
                ) z15
              ) as "people"
            ) r13
          ) from organization c14 where c14.id = t4.organization_id limit 1
        ) as "organization"
      ) r1
    ) from person t4 where t4.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r21.*) from (
        select 'Organization'::text as "__typename"
      ) r21
    ) from organization t22 where t22.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r23.*) from (
        select 'Person'::text as "__typename", coalesce(to_json((select count(*)::int from (
          select distinct trim(o24.outlet) collate "C" as outlet from (
            select cc25.source_id, cc25.credited_outlet, bool_or(cc25.credited_outlet is not null) over (partition by cc25.source_id) as credits from citation cc25 where cc25.person_id = t26.id
          ) c27 join source s28 on s28.id = c27.source_id cross join lateral unnest(case when c27.credited_outlet is not null then string_to_array(c27.credited_outlet, ',') when c27.credits then array[]::text[] else array[coalesce(s28.publisher, s28.author, '“' || s28.title || '”')] end) as o24(outlet)
        ) o29)), '{"$error":2}'::json) as "corroboration", coalesce(to_json(array(select o30.outlet from (
          select distinct trim(o31.outlet) collate "C" as outlet from (
            select cc32.source_id, cc32.credited_outlet, bool_or(cc32.credited_outlet is not null) over (partition by cc32.source_id) as credits from citation cc32 where cc32.person_id = t26.id
          ) c33 join source s34 on s34.id = c33.source_id cross join lateral unnest(case when c33.credited_outlet is not null then string_to_array(c33.credited_outlet, ',') when c33.credits then array[]::text[] else array[coalesce(s34.publisher, s34.author, '“' || s34.title || '”')] end) as o31(outlet)
        ) o30 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", (
          select (
            select row_to_json(r35.*) from (
              select c36.description as "description", (
                select row_to_json(z37.*) from (
                  select (
                    select row_to_json(r38.*) from (
                      select a39.cursors[array_length(a39.cursors, 1)] as "endCursor"
                    ) r38
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n40.cursor order by n40.ord) filter (where n40.ord <= ?)) as cursors from (
                      select row_number() over (order by t41.sort_0, t41.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t41.sort_0::text)]::text[], t41.id) as cursor from (
                        select q42.*, (lower(q42.name)) collate "C" as sort_0 from person q42 where q42.organization_id = c36.id order by (lower(q42.name)) collate "C", q42.id limit ?
                      ) t41
                    ) n40
                  ) a39
                ) z37
              ) as "people"
            ) r35
          ) from organization c36 where c36.id = t26.organization_id limit 1
        ) as "organization"
      ) r23
    ) from person t26 where t26.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: [3,"NAME:ASC",4,"ivan-okafor-399","helios-cloud-78",3,"NAME:ASC",4,"grace-tanaka-233"]
