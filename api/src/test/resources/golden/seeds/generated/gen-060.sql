-- organizationByName
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select a2.value from organization_alias a2 where a2.organization_id = t3.id and a2.kind = 'TICKER' order by a2.value limit 100)), '{"$error":0}'::json) as "tickers"
      ) r1
    ) from organization t3 where lower(t3.name) = lower(?) or exists (select 1 from organization_alias a4 where a4.organization_id = t3.id and lower(a4.value) = lower(?)) order by t3.id limit 1
  )
)::text
-- values: ["Stargate project","Stargate project"]
-- exclusivityTerms
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from exclusive_term q2 where true
      ) as "totalCount", (
        select row_to_json(r3.*) from (
          select false as "a0"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor from (
            select q2.*, coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q2 where true order by coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date), q2.id limit ?
          ) t5
        ) n4
      ) a6
    ) z1
  )
)::text
-- values: [2,"VALID_FROM:ASC",3]
