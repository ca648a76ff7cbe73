-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.horizon as "horizon", coalesce(to_json(dg_global_id('Commitment', t2.slug)), '{"$error":0}'::json) as "id", (
          select (
            select row_to_json(r3.*) from (
              select coalesce(to_json((select count(*)::int from (
                select distinct trim(o4.outlet) collate "C" as outlet from (
                  select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.commitment_id = c6.id
                ) c7 join source s8 on s8.id = c7.source_id cross join lateral unnest(case when c7.credited_outlet is not null then string_to_array(c7.credited_outlet, ',') when c7.credits then array[]::text[] else array[coalesce(s8.publisher, s8.author, '“' || s8.title || '”')] end) as o4(outlet)
              ) o9)), '{"$error":1}'::json) as "corroboration", c6.kind as "kind", c6.claim_group as "claimGroup"
            ) r3
          ) from commitment c6 where c6.id = t2.part_of_id limit 1
        ) as "partOf"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["stargate-invests-500b-over-four-years"]
-- r2
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.kind as "kind", t2.name as "name", (
          select row_to_json(z3.*) from (
            select (
              select row_to_json(r4.*) from (
                select a5.cursors[1] as "startCursor", false as "hasPreviousPage", a5.fetched > ? as "hasNextPage"
              ) r4
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors from (
                select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor from (
                  select q8.*, coalesce(q8.valid_from_earliest, q8.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q8 where q8.grantor_id = t2.id order by coalesce(q8.valid_from_earliest, q8.valid_from_latest, 'infinity'::date), q8.id limit ?
                ) t7
              ) n6
            ) a5
          ) z3
        ) as "exclusivityGranted"
      ) r1
    ) from organization t2 where lower(t2.name) = lower(?) or exists (select 1 from organization_alias a9 where a9.organization_id = t2.id and lower(a9.value) = lower(?)) order by t2.id limit 1
  )
)::text
-- values: [1,1,"VALID_FROM:ASC",2,"Oracle","Oracle"]
