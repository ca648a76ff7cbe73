-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.person_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", t5.name as "name", (
          select row_to_json(z7.*) from (
            select (
              select count(*) from statement q8 where exists (select 1 from statement_speaker sp9 where sp9.statement_id = q8.id and sp9.person_id = t5.id)
            ) as "totalCount", (
              select row_to_json(r10.*) from (
                select a11.cursors[1] as "a0", a11.cursors[array_length(a11.cursors, 1)] as "endCursor", exists (
                  select 1 from statement q8 where (exists (select 1 from statement_speaker sp9 where sp9.statement_id = q8.id and sp9.person_id = t5.id)) and (not (coalesce(q8.date_latest, q8.date_earliest, '-infinity'::date), q8.id) < (cast(? as date), ?))
                ) as "hasPreviousPage"
              ) r10
            ) as "pageInfo", ('[' || coalesce(a11.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors, string_agg(n12.l0::text, ',' order by n12.ord) filter (where n12.ord <= ?) as l0 from (
                select row_number() over (order by t13.sort_0 desc, t13.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text)]::text[], t13.id) as cursor, (
                  select row_to_json(r14.*) from (
                    select t13.channel as "channel"
                  ) r14
                ) as l0 from (
                  select q8.*, coalesce(q8.date_latest, q8.date_earliest, '-infinity'::date) as sort_0 from statement q8 where (exists (select 1 from statement_speaker sp9 where sp9.statement_id = q8.id and sp9.person_id = t5.id)) and ((coalesce(q8.date_latest, q8.date_earliest, '-infinity'::date), q8.id) < (cast(? as date), ?)) order by coalesce(q8.date_latest, q8.date_earliest, '-infinity'::date) desc, q8.id desc limit ?
                ) t13
              ) n12
            ) a11
          ) z7
        ) as "statements"
      ) r1
    ) from person t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["2026-04-13",3,1,1,"DATE:DESC","2026-04-13",3,2,"denise-dresser"]
