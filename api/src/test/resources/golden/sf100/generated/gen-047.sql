-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", t2.name as "name", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.person_id = t2.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o3(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(dg_global_id('Person', t2.slug)), '{"$error":1}'::json) as "id", (
          select row_to_json(z8.*) from (
            select (
              select count(*) from statement q9 where exists (select 1 from statement_speaker sp10 where sp10.statement_id = q9.id and sp10.person_id = t2.id)
            ) as "totalCount", (
              select row_to_json(r11.*) from (
                select a12.cursors[1] as "startCursor"
              ) r11
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors from (
                select row_number() over (order by t14.sort_0 desc, t14.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as cursor from (
                  select q9.*, coalesce(q9.date_latest, q9.date_earliest, '-infinity'::date) as sort_0 from statement q9 where exists (select 1 from statement_speaker sp10 where sp10.statement_id = q9.id and sp10.person_id = t2.id) order by coalesce(q9.date_latest, q9.date_earliest, '-infinity'::date) desc, q9.id desc limit ?
                ) t14
              ) n13
            ) a12
          ) z8
        ) as "statements", (
          select (
            select row_to_json(r15.*) from (
              select coalesce(to_json(array(select a16.value from organization_alias a16 where a16.organization_id = c17.id and a16.kind = 'ALIAS' order by a16.value limit 100)), '{"$error":2}'::json) as "aliases", c17.slug as "slug", c17.description as "description", (
                select row_to_json(z18.*) from (
                  select (
                    select count(*) from person q19 where q19.organization_id = c17.id
                  ) as "totalCount", ('[' || coalesce(a20.l0, '') || ']')::json as "edges" from (
                    select count(*) as fetched, (array_agg(n21.cursor order by n21.ord) filter (where n21.ord <= ?)) as cursors, string_agg(n21.l0::text, ',' order by n21.ord) filter (where n21.ord <= ?) as l0 from (
                      select row_number() over (order by t22.sort_0, t22.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text)]::text[], t22.id) as cursor, (
                        select row_to_json(r23.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text)]::text[], t22.id) as "a0", (
                            select row_to_json(r24.*) from (
                              select coalesce(to_json((select count(*)::int from (
                                select distinct trim(o25.outlet) collate "C" as outlet from (
                                  select cc26.source_id, cc26.credited_outlet, bool_or(cc26.credited_outlet is not null) over (partition by cc26.source_id) as credits from citation cc26 where cc26.person_id = t22.id
                                ) c27 join source s28 on s28.id = c27.source_id cross join lateral unnest(case when c27.credited_outlet is not null then string_to_array(c27.credited_outlet, ',') when c27.credits then array[]::text[] else array[coalesce(s28.publisher, s28.author, '“' || s28.title || '”')] end) as o25(outlet)
                              ) o29)), '{"$error":3}'::json) as "corroboration"
                            ) r24
                          ) as "node"
                        ) r23
                      ) as l0 from (
                        select q19.*, (lower(q19.name)) collate "C" as sort_0 from person q19 where (q19.organization_id = c17.id) and (((lower(q19.name)) collate "C", q19.id) > (cast(? as text) collate "C", ?)) order by (lower(q19.name)) collate "C", q19.id limit ?
                      ) t22
                    ) n21
                  ) a20
                ) z18
              ) as "people"
            ) r15
          ) from organization c17 where c17.id = t2.organization_id limit 1
        ) as "organization"
      ) r1
    ) from person t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,"DATE:DESC",3,20,20,"NAME:ASC","NAME:ASC","carlos dubois",10000271,21,"aisha-haddad-48"]
-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":0}'::json) as "partsSkipped", coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":1}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":2}'::json) as "competingClaimsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.qualifiers), '{"$error":3}'::json) as "qualifiers", coalesce(to_json(g4.unit), '{"$error":4}'::json) as "unit", coalesce(to_json(trim_scale(g4.total)::text), '{"$error":5}'::json) as "total", coalesce(to_json(g4.n), '{"$error":6}'::json) as "count", (
              select (
                select row_to_json(r5.*) from (
                  select coalesce(to_json(array(select a6.value from organization_alias a6 where a6.organization_id = c7.id and a6.kind = 'TICKER' order by a6.value limit 100)), '{"$error":7}'::json) as "a0"
                ) r5
              ) from organization c7 where c7.id = g4.recipient_id limit 1
            ) as "recipient"
          ) r3
        )::text, ',' order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select null::bigint as committer_id, null::bigint as recipient_id, q8.kind as kind, q8.unit as unit, q8.currency as currency, q8.count_of as count_of, sum(q8.amount) as total, sum(case when q8.firmness = 'FIRM' then q8.amount - (
              select coalesce(sum(pt9.amount), 0) from commitment pt9 where pt9.part_of_id = q8.id and pt9.unit = q8.unit and pt9.currency is not distinct from q8.currency and pt9.count_of is not distinct from q8.count_of and pt9.firmness <> 'FIRM' and pt9.amount is not null and (pt9.claim_group is null or pt9.claim_preferred) and not exists (select 1 from commitment am10 where am10.amends_id = pt9.id)
            ) else (
              select coalesce(sum(pt11.amount), 0) from commitment pt11 where pt11.part_of_id = q8.id and pt11.unit = q8.unit and pt11.currency is not distinct from q8.currency and pt11.count_of is not distinct from q8.count_of and pt11.firmness = 'FIRM' and pt11.amount is not null and (pt11.claim_group is null or pt11.claim_preferred) and not exists (select 1 from commitment am12 where am12.amends_id = pt11.id)
            ) end) as firm, sum(case when q8.firmness = 'CONTINGENT' then q8.amount - (
              select coalesce(sum(pt13.amount), 0) from commitment pt13 where pt13.part_of_id = q8.id and pt13.unit = q8.unit and pt13.currency is not distinct from q8.currency and pt13.count_of is not distinct from q8.count_of and pt13.firmness <> 'CONTINGENT' and pt13.amount is not null and (pt13.claim_group is null or pt13.claim_preferred) and not exists (select 1 from commitment am14 where am14.amends_id = pt13.id)
            ) else (
              select coalesce(sum(pt15.amount), 0) from commitment pt15 where pt15.part_of_id = q8.id and pt15.unit = q8.unit and pt15.currency is not distinct from q8.currency and pt15.count_of is not distinct from q8.count_of and pt15.firmness = 'CONTINGENT' and pt15.amount is not null and (pt15.claim_group is null or pt15.claim_preferred) and not exists (select 1 from commitment am16 where am16.amends_id = pt15.id)
            ) end) as contingent, sum(case when q8.firmness = 'UNKNOWN' then q8.amount - (
              select coalesce(sum(pt17.amount), 0) from commitment pt17 where pt17.part_of_id = q8.id and pt17.unit = q8.unit and pt17.currency is not distinct from q8.currency and pt17.count_of is not distinct from q8.count_of and pt17.firmness <> 'UNKNOWN' and pt17.amount is not null and (pt17.claim_group is null or pt17.claim_preferred) and not exists (select 1 from commitment am18 where am18.amends_id = pt17.id)
            ) else (
              select coalesce(sum(pt19.amount), 0) from commitment pt19 where pt19.part_of_id = q8.id and pt19.unit = q8.unit and pt19.currency is not distinct from q8.currency and pt19.count_of is not distinct from q8.count_of and pt19.firmness = 'UNKNOWN' and pt19.amount is not null and (pt19.claim_group is null or pt19.claim_preferred) and not exists (select 1 from commitment am20 where am20.amends_id = pt19.id)
            ) end) as unknown, count(*) as n, array_agg(distinct q8.qualifier order by q8.qualifier) as qualifiers, array_agg(q8.id order by q8.id) as ids from commitment q8 where q8.amount is not null and (q8.claim_group is null or q8.claim_preferred) and q8.part_of_id is null and not exists (select 1 from commitment am21 where am21.amends_id = q8.id) group by 1, 2, 3, q8.unit, q8.currency, q8.count_of
          ) g4 where true order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from commitment q2 where true group by ()
    ) r1
  )
)::text
-- values: [100]
