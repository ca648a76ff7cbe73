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
            select coalesce(a13.dg_total_count, 0) as "totalCount", ('[' || coalesce(a13.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, max(n14.dg_total_count) as dg_total_count, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0 from (
                select row_number() over (order by t15.sort_0, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as cursor, t15.dg_total_count as dg_total_count, (
                  select row_to_json(r16.*) from (
                    select coalesce(to_json(dg_global_id('ExclusivityTerm', t15.slug)), '{"$error":3}'::json) as "id", coalesce(to_json(array(select o17.outlet from (
                      select distinct trim(o18.outlet) collate "C" as outlet from (
                        select cc19.source_id, cc19.credited_outlet, bool_or(cc19.credited_outlet is not null) over (partition by cc19.source_id) as credits from citation cc19 where cc19.exclusivity_term_id = t15.id
                      ) c20 join source s21 on s21.id = c20.source_id cross join lateral unnest(case when c20.credited_outlet is not null then string_to_array(c20.credited_outlet, ',') when c20.credits then array[]::text[] else array[coalesce(s21.publisher, s21.author, '“' || s21.title || '”')] end) as o18(outlet)
                    ) o17 order by 1 limit 100)), '{"$error":4}'::json) as "a1"
                  ) r16
                ) as l0 from (
                  select q22.*, coalesce(q22.valid_from_earliest, q22.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x23.start_earliest, x23.start_latest, x23.start_precision, x23.end_earliest, x23.end_latest, x23.end_precision) as in_force, count(*) over () as dg_total_count from exclusive_term q22 join exclusivity_term_timing x23 on x23.term_id = q22.id where (q22.holder_id = t2.id) and (in_force(cast(? as date), x23.start_earliest, x23.start_latest, x23.start_precision, x23.end_earliest, x23.end_latest, x23.end_precision) <> 'FALSE') order by coalesce(q22.valid_from_earliest, q22.valid_from_latest, 'infinity'::date), q22.id limit ?
                ) t15
              ) n14
            ) a13
          ) z12
        ) as "again6"
      ) r1
    ) from organization t2 where lower(t2.name) = lower(?) or exists (select 1 from organization_alias a24 where a24.organization_id = t2.id and lower(a24.value) = lower(?)) order by t2.id limit 1
  )
)::text
-- values: ["2016-08-09",10019490,3,3,"DATE:ASC","2016-08-09",10019490,4,3,3,"VALID_FROM:ASC","2015-12-31","2015-12-31",4,"Apex Networks 824","Apex Networks 824"]
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
