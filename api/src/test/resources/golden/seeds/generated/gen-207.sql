-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.person_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", t4.name as "name", (
          select row_to_json(z8.*) from (
            select (
              select count(*) from statement q9 where exists (select 1 from statement_speaker sp10 where sp10.statement_id = q9.id and sp10.person_id = t4.id)
            ) as "totalCount", (
              select row_to_json(r11.*) from (
                select a12.cursors[1] as "a0", a12.cursors[array_length(a12.cursors, 1)] as "endCursor", exists (
                  select 1 from statement q9 where (exists (select 1 from statement_speaker sp10 where sp10.statement_id = q9.id and sp10.person_id = t4.id)) and (not (coalesce(q9.date_latest, q9.date_earliest, '-infinity'::date), q9.id) < (cast(? as date), ?))
                ) as "hasPreviousPage"
              ) r11
            ) as "pageInfo", ('[' || coalesce(a12.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors, string_agg(n13.l0::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l0 from (
                select row_number() over (order by t14.sort_0 desc, t14.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as cursor, (
                  select row_to_json(r15.*) from (
                    select t14.channel as "channel"
                  ) r15
                ) as l0 from (
                  select q9.*, coalesce(q9.date_latest, q9.date_earliest, '-infinity'::date) as sort_0 from statement q9 where (exists (select 1 from statement_speaker sp10 where sp10.statement_id = q9.id and sp10.person_id = t4.id)) and ((coalesce(q9.date_latest, q9.date_earliest, '-infinity'::date), q9.id) < (cast(? as date), ?)) order by coalesce(q9.date_latest, q9.date_earliest, '-infinity'::date) desc, q9.id desc limit ?
                ) t14
              ) n13
            ) a12
          ) z8
        ) as "statements"
      ) r1
    ) from person t4 where t4.slug = ? limit 1
  )
)::text
-- values: ["2026-04-13",3,1,1,"DATE:DESC","2026-04-13",3,2,"denise-dresser"]
