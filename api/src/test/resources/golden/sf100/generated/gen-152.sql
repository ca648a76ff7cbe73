-- organizationByName
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.description as "description", coalesce(to_json(array(select a3.value from organization_alias a3 where a3.organization_id = t2.id and a3.kind = 'ALIAS' order by a3.value limit 100)), '{"$error":0}'::json) as "aliases", t2.kind as "kind", coalesce(to_json(array(select a4.value from organization_alias a4 where a4.organization_id = t2.id and a4.kind = 'TICKER' order by a4.value limit 100)), '{"$error":1}'::json) as "tickers", (
          select row_to_json(z5.*) from (
            select (
              select count(*) from event q6 where exists (select 1 from event_organization eo7 where eo7.event_id = q6.id and eo7.organization_id = t2.id)
            ) as "a0", (
              select row_to_json(r8.*) from (
                select exists (
                  select 1 from event q6 where (exists (select 1 from event_organization eo7 where eo7.event_id = q6.id and eo7.organization_id = t2.id)) and (not (coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id) > (cast(? as date), ?))
                ) as "hasPreviousPage", a9.fetched > ? as "hasNextPage"
              ) r8
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors from (
                select row_number() over (order by t11.sort_0, t11.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as cursor from (
                  select q6.*, coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date) as sort_0 from event q6 where (exists (select 1 from event_organization eo7 where eo7.event_id = q6.id and eo7.organization_id = t2.id)) and ((coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id) > (cast(? as date), ?)) order by coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id limit ?
                ) t11
              ) n10
            ) a9
          ) z5
        ) as "events", '{"$error":2}'::json as "exclusivityHeld", (
          select row_to_json(z12.*) from (
            select (
              select count(*) from exclusive_term q13 join exclusivity_term_timing x14 on x14.term_id = q13.id where (q13.holder_id = t2.id) and (in_force(cast(? as date), x14.start_earliest, x14.start_latest, x14.start_precision, x14.end_earliest, x14.end_latest, x14.end_precision) <> 'FALSE')
            ) as "totalCount", ('[' || coalesce(a15.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n16.cursor order by n16.ord) filter (where n16.ord <= ?)) as cursors, string_agg(n16.l0::text, ',' order by n16.ord) filter (where n16.ord <= ?) as l0 from (
                select row_number() over (order by t17.sort_0, t17.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text)]::text[], t17.id) as cursor, (
                  select row_to_json(r18.*) from (
                    select coalesce(to_json(dg_global_id('ExclusivityTerm', t17.slug)), '{"$error":3}'::json) as "id", coalesce(to_json(array(select o19.outlet from (
                      select distinct trim(o20.outlet) collate "C" as outlet from (
                        select cc21.source_id, cc21.credited_outlet, bool_or(cc21.credited_outlet is not null) over (partition by cc21.source_id) as credits from citation cc21 where cc21.exclusivity_term_id = t17.id
                      ) c22 join source s23 on s23.id = c22.source_id cross join lateral unnest(case when c22.credited_outlet is not null then string_to_array(c22.credited_outlet, ',') when c22.credits then array[]::text[] else array[coalesce(s23.publisher, s23.author, '“' || s23.title || '”')] end) as o20(outlet)
                    ) o19 order by 1 limit 100)), '{"$error":4}'::json) as "a1"
                  ) r18
                ) as l0 from (
                  select q13.*, coalesce(q13.valid_from_earliest, q13.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x14.start_earliest, x14.start_latest, x14.start_precision, x14.end_earliest, x14.end_latest, x14.end_precision) as in_force from exclusive_term q13 join exclusivity_term_timing x14 on x14.term_id = q13.id where (q13.holder_id = t2.id) and (in_force(cast(? as date), x14.start_earliest, x14.start_latest, x14.start_precision, x14.end_earliest, x14.end_latest, x14.end_precision) <> 'FALSE') order by coalesce(q13.valid_from_earliest, q13.valid_from_latest, 'infinity'::date), q13.id limit ?
                ) t17
              ) n16
            ) a15
          ) z12
        ) as "again6"
      ) r1
    ) from organization t2 where lower(t2.name) = lower(?) or exists (select 1 from organization_alias a24 where a24.organization_id = t2.id and lower(a24.value) = lower(?)) order by t2.id limit 1
  )
)::text
-- values: ["2016-08-09",10019490,3,3,"DATE:ASC","2016-08-09",10019490,4,"2015-12-31",3,3,"VALID_FROM:ASC","2015-12-31","2015-12-31",4,"Apex Networks 824","Apex Networks 824"]
-- r2
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.statement_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", t4.channel as "channel", t4.quote as "quote", (
          select (
            select row_to_json(r8.*) from (
              select c9.slug as "slug"
            ) r8
          ) from deal c9 where c9.id = t4.deal_id limit 1
        ) as "deal", (case when t4.date_precision is null then null else (
          select row_to_json(r10.*) from (
            select t4.date_latest as "latest", coalesce(to_json(t4.date_text), '{"$error":1}'::json) as "text", coalesce(to_json(dg_fuzzy_display(t4.date_earliest, t4.date_latest, t4.date_precision)), '{"$error":2}'::json) as "display", t4.date_earliest as "earliest"
          ) r10
        ) end) as "date"
      ) r1
    ) from statement t4 where t4.slug = ? limit 1
  )
)::text
-- values: ["statement-7734"]
