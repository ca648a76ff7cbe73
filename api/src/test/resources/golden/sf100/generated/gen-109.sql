-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.kind as "kind", coalesce(to_json(array(select a3.value from organization_alias a3 where a3.organization_id = t2.id and a3.kind = 'TICKER' order by a3.value limit 100)), '{"$error":0}'::json) as "a1", coalesce(to_json(array(select a4.value from organization_alias a4 where a4.organization_id = t2.id and a4.kind = 'ALIAS' order by a4.value limit 100)), '{"$error":1}'::json) as "aliases", t2.slug as "slug", (
          select row_to_json(z5.*) from (
            select (
              select count(*) from exclusive_term q6 where q6.grantor_id = t2.id
            ) as "totalCount", ('[' || coalesce(a7.l0, '') || ']')::json as "edges", (
              select row_to_json(r8.*) from (
                select a7.fetched > ? as "hasNextPage", a7.cursors[array_length(a7.cursors, 1)] as "endCursor", false as "hasPreviousPage", a7.cursors[1] as "startCursor"
              ) r8
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors, string_agg(n9.l0::text, ',' order by n9.ord) filter (where n9.ord <= ?) as l0 from (
                select row_number() over (order by t10.sort_0, t10.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as cursor, (
                  select row_to_json(r11.*) from (
                    select null::text as "inForce", dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as "cursor"
                  ) r11
                ) as l0 from (
                  select q6.*, coalesce(q6.valid_from_earliest, q6.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q6 where q6.grantor_id = t2.id order by coalesce(q6.valid_from_earliest, q6.valid_from_latest, 'infinity'::date), q6.id limit ?
                ) t10
              ) n9
            ) a7
          ) z5
        ) as "exclusivityGranted"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,2,2,"VALID_FROM:ASC","VALID_FROM:ASC",3,"beacon-ventures-255"]
-- r2
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", (
                select row_to_json(r6.*) from (
                  select coalesce(to_json(t4.claim_group), '{"$error":0}'::json) as "key"
                ) r6
              ) as "node"
            ) r5
          ) as l0 from (
            select q7.*, (q7.claim_group) collate "C" as sort_0 from (
              select min(c8.id) as id, c8.claim_group from commitment c8 where c8.claim_group is not null group by c8.claim_group having count(distinct (c8.amount, c8.unit, c8.currency, c8.count_of, c8.qualifier, c8.modality, c8.committer_id, c8.recipient_id)) > 1 or exists (select 1 from commitment ca9 join commitment cb10 on cb10.claim_group = ca9.claim_group where ca9.claim_group = c8.claim_group and ca9.date_latest < cb10.date_earliest)
            ) q7 where (true) and (((q7.claim_group) collate "C", q7.id) > (cast(? as text) collate "C", ?)) order by (q7.claim_group) collate "C", q7.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [5,5,"CLAIM_GROUP:ASC","CLAIM_GROUP:ASC","claim-1229",10003685,6]
