-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select a2.value from organization_alias a2 where a2.organization_id = t3.id and a2.kind = 'ALIAS' order by a2.value limit 100)), '{"$error":0}'::json) as "aliases", t3.name as "name", coalesce(to_json(array(select a4.value from organization_alias a4 where a4.organization_id = t3.id and a4.kind = 'TICKER' order by a4.value limit 100)), '{"$error":1}'::json) as "tickers", (
          select row_to_json(z5.*) from (
            select (
              select count(*) from exclusive_term q6 where q6.grantor_id = t3.id
            ) as "totalCount", ('[' || coalesce(a7.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
                select row_number() over (order by t9.sort_0, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
                  select row_to_json(r10.*) from (
                    select coalesce(to_json(array(select o11.outlet from (
                      select distinct trim(o12.outlet) collate "C" as outlet from (
                        select cc13.source_id, cc13.credited_outlet, bool_or(cc13.credited_outlet is not null) over (partition by cc13.source_id) as credits from citation cc13 where cc13.exclusivity_term_id = t9.id
                      ) c14 join source s15 on s15.id = c14.source_id cross join lateral unnest(case when c14.credited_outlet is not null then string_to_array(c14.credited_outlet, ',') when c14.credits then array[]::text[] else array[coalesce(s15.publisher, s15.author, '“' || s15.title || '”')] end) as o12(outlet)
                    ) o11 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", coalesce(to_json(t9.slug), '{"$error":3}'::json) as "slug", coalesce(to_json(t9.status), '{"$error":4}'::json) as "status"
                  ) r10
                ) as l0 from (
                  select q6.*, coalesce(q6.valid_from_earliest, q6.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q6 where q6.grantor_id = t3.id order by coalesce(q6.valid_from_earliest, q6.valid_from_latest, 'infinity'::date), q6.id limit ?
                ) t9
              ) n8
            ) a7
          ) z5
        ) as "exclusivityGranted"
      ) r1
    ) from organization t3 where t3.slug = ? limit 1
  )
)::text
-- values: [1,1,"VALID_FROM:ASC",2,"microsoft"]
