-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", t2.name as "name", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.person_id = t2.id
        ) o6)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(dg_global_id('Person', t2.slug)), '{"$error":1}'::json) as "id", (
          select row_to_json(z7.*) from (
            select (
              select count(*) from statement q8 where exists (select 1 from statement_speaker sp9 where sp9.statement_id = q8.id and sp9.person_id = t2.id)
            ) as "totalCount", (
              select row_to_json(r10.*) from (
                select a11.cursors[1] as "startCursor"
              ) r10
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors from (
                select row_number() over (order by t13.sort_0 desc, t13.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text)]::text[], t13.id) as cursor from (
                  select q8.*, coalesce(q8.date_latest, q8.date_earliest, '-infinity'::date) as sort_0 from statement q8 where exists (select 1 from statement_speaker sp9 where sp9.statement_id = q8.id and sp9.person_id = t2.id) order by coalesce(q8.date_latest, q8.date_earliest, '-infinity'::date) desc, q8.id desc limit ?
                ) t13
              ) n12
            ) a11
          ) z7
        ) as "statements", (
          select (
            select row_to_json(r14.*) from (
              select coalesce(to_json(array(select a15.value from organization_alias a15 where a15.organization_id = c16.id and a15.kind = 'ALIAS' order by a15.value limit 100)), '{"$error":2}'::json) as "aliases", c16.slug as "slug", c16.description as "description", (
                select row_to_json(z17.*) from (
                  select (
                    select count(*) from person q18 where q18.organization_id = c16.id
                  ) as "totalCount", ('[' || coalesce(a19.l0, '') || ']')::json as "edges" from (
                    select count(*) as fetched, (array_agg(n20.cursor order by n20.ord) filter (where n20.ord <= ?)) as cursors, string_agg(n20.l0::text, ',' order by n20.ord) filter (where n20.ord <= ?) as l0 from (
                      select row_number() over (order by t21.sort_0, t21.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t21.sort_0::text)]::text[], t21.id) as cursor, (
                        select row_to_json(r22.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t21.sort_0::text)]::text[], t21.id) as "a0", (
                            select row_to_json(r23.*) from (
                              select coalesce(to_json((select count(*)::int from (
                                select distinct trim(o24.outlet) collate "C" as outlet from citation c25 join source s26 on s26.id = c25.source_id cross join lateral unnest(case when c25.credited_outlet is not null then string_to_array(c25.credited_outlet, ',') else array[coalesce(s26.publisher, s26.author, '“' || s26.title || '”')] end) as o24(outlet) where c25.person_id = t21.id
                              ) o27)), '{"$error":3}'::json) as "corroboration"
                            ) r23
                          ) as "node"
                        ) r22
                      ) as l0 from (
                        select q18.*, (lower(q18.name)) collate "C" as sort_0 from person q18 where (q18.organization_id = c16.id) and (((lower(q18.name)) collate "C", q18.id) > (cast(? as text) collate "C", ?)) order by (lower(q18.name)) collate "C", q18.id limit ?
                      ) t21
                    ) n20
                  ) a19
                ) z17
              ) as "people"
            ) r14
          ) from organization c16 where c16.id = t2.organization_id limit 1
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
        )::text, ',' order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select null::bigint as committer_id, null::bigint as recipient_id, q8.kind as kind, q8.unit as unit, sum(q8.amount) as total, sum(case when (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) > q8.amount then (case when q8.firmness = 'FIRM' then q8.amount else 0 end) else (case when q8.firmness = 'FIRM' then q8.amount - (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) else 0 end) + q8.parts_firm end) as firm, sum(case when (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) > q8.amount then (case when q8.firmness = 'CONTINGENT' then q8.amount else 0 end) else (case when q8.firmness = 'CONTINGENT' then q8.amount - (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) else 0 end) + q8.parts_contingent end) as contingent, sum(case when (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) > q8.amount then (case when q8.firmness = 'UNKNOWN' then q8.amount else 0 end) else (case when q8.firmness = 'UNKNOWN' then q8.amount - (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) else 0 end) + q8.parts_unknown end) as unknown, count(*) as n, array_agg(distinct q8.qualifier order by q8.qualifier) as qualifiers, array_agg(q8.id order by q8.id) as ids from (
              select w9.*, coalesce(ps10.firm, 0) as parts_firm, coalesce(ps10.contingent, 0) as parts_contingent, coalesce(ps10.unknown, 0) as parts_unknown from commitment w9 left join (select pt11.part_of_id, sum(pt11.amount) filter (where pt11.firmness = 'FIRM') as firm, sum(pt11.amount) filter (where pt11.firmness = 'CONTINGENT') as contingent, sum(pt11.amount) filter (where pt11.firmness = 'UNKNOWN') as unknown from commitment pt11 join commitment pw12 on pw12.id = pt11.part_of_id and pw12.unit = pt11.unit where pt11.amount is not null and (pt11.claim_group is null or pt11.claim_preferred) group by pt11.part_of_id) ps10 on ps10.part_of_id = w9.id
            ) q8 where q8.amount is not null and (q8.claim_group is null or q8.claim_preferred) and q8.part_of_id is null group by 1, 2, 3, q8.unit
          ) g4 where true order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from (
        select w13.*, coalesce(ps14.firm, 0) as parts_firm, coalesce(ps14.contingent, 0) as parts_contingent, coalesce(ps14.unknown, 0) as parts_unknown from commitment w13 left join (select pt15.part_of_id, sum(pt15.amount) filter (where pt15.firmness = 'FIRM') as firm, sum(pt15.amount) filter (where pt15.firmness = 'CONTINGENT') as contingent, sum(pt15.amount) filter (where pt15.firmness = 'UNKNOWN') as unknown from commitment pt15 join commitment pw16 on pw16.id = pt15.part_of_id and pw16.unit = pt15.unit where pt15.amount is not null and (pt15.claim_group is null or pt15.claim_preferred) group by pt15.part_of_id) ps14 on ps14.part_of_id = w13.id
      ) q2 where true group by ()
    ) r1
  )
)::text
-- values: [100]
