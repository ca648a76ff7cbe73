-- organizationByName
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.description as "description", (
          select row_to_json(z3.*) from (
            select (
              select row_to_json(r4.*) from (
                select a5.fetched > ? as "hasNextPage"
              ) r4
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors from (
                select row_number() over (order by t7.sort_0 desc, t7.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor from (
                  select q8.*, coalesce(q8.date_latest, q8.date_earliest, '-infinity'::date) as sort_0 from statement q8 where exists (select 1 from (
                    select ss9.statement_id, ss9.organization_id from statement_speaker ss9 where ss9.organization_id is not null union select ss9.statement_id, sp10.organization_id from statement_speaker ss9 join person sp10 on sp10.id = ss9.person_id where sp10.organization_id is not null
                  ) so11 where so11.statement_id = q8.id and so11.organization_id = t2.id) order by coalesce(q8.date_latest, q8.date_earliest, '-infinity'::date) desc, q8.id desc limit ?
                ) t7
              ) n6
            ) a5
          ) z3
        ) as "statements"
      ) r1
    ) from organization t2 where lower(t2.name) = lower(?) or exists (select 1 from organization_alias a12 where a12.organization_id = t2.id and lower(a12.value) = lower(?)) order by t2.id limit 1
  )
)::text
-- values: [1,1,"DATE:DESC",2,"Stargate project","Stargate project"]
