-- openai
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select (
              select count(*) from statement q3 where exists (select 1 from (
                select ss4.statement_id, ss4.organization_id from statement_speaker ss4 where ss4.organization_id is not null union select ss4.statement_id, sp5.organization_id from statement_speaker ss4 join person sp5 on sp5.id = ss4.person_id where sp5.organization_id is not null
              ) so6 where so6.statement_id = q3.id and so6.organization_id = t7.id)
            ) as "totalCount", ('[' || coalesce(a8.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors, string_agg(n9.l0::text, ',' order by n9.ord) filter (where n9.ord <= ?) as l0 from (
                select row_number() over (order by t10.sort_0 desc, t10.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as cursor, (
                  select row_to_json(r11.*) from (
                    select t10.slug as "slug"
                  ) r11
                ) as l0 from (
                  select q3.*, coalesce(q3.date_latest, q3.date_earliest, '-infinity'::date) as sort_0 from statement q3 where exists (select 1 from (
                    select ss4.statement_id, ss4.organization_id from statement_speaker ss4 where ss4.organization_id is not null union select ss4.statement_id, sp5.organization_id from statement_speaker ss4 join person sp5 on sp5.id = ss4.person_id where sp5.organization_id is not null
                  ) so6 where so6.statement_id = q3.id and so6.organization_id = t7.id) order by coalesce(q3.date_latest, q3.date_earliest, '-infinity'::date) desc, q3.id desc limit ?
                ) t10
              ) n9
            ) a8
          ) z2
        ) as "statements"
      ) r1
    ) from organization t7 where t7.slug = ? limit 1
  )
)::text
-- values: [20,20,"DATE:DESC",21,"openai"]
-- amazon
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select (
              select count(*) from statement q3 where exists (select 1 from (
                select ss4.statement_id, ss4.organization_id from statement_speaker ss4 where ss4.organization_id is not null union select ss4.statement_id, sp5.organization_id from statement_speaker ss4 join person sp5 on sp5.id = ss4.person_id where sp5.organization_id is not null
              ) so6 where so6.statement_id = q3.id and so6.organization_id = t7.id)
            ) as "totalCount" from (
              select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors from (
                select row_number() over (order by t9.sort_0 desc, t9.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor from (
                  select q3.*, coalesce(q3.date_latest, q3.date_earliest, '-infinity'::date) as sort_0 from statement q3 where exists (select 1 from (
                    select ss4.statement_id, ss4.organization_id from statement_speaker ss4 where ss4.organization_id is not null union select ss4.statement_id, sp5.organization_id from statement_speaker ss4 join person sp5 on sp5.id = ss4.person_id where sp5.organization_id is not null
                  ) so6 where so6.statement_id = q3.id and so6.organization_id = t7.id) order by coalesce(q3.date_latest, q3.date_earliest, '-infinity'::date) desc, q3.id desc limit ?
                ) t9
              ) n8
            ) a10
          ) z2
        ) as "statements"
      ) r1
    ) from organization t7 where t7.slug = ? limit 1
  )
)::text
-- values: [20,"DATE:DESC",21,"amazon"]
