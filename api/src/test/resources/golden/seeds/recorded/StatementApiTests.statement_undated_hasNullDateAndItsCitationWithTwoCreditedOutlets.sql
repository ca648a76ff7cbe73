-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.quote as "quote", t2.channel as "channel", (case when t2.date_precision is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(dg_fuzzy_display(t2.date_earliest, t2.date_latest, t2.date_precision)), '{"$error":0}'::json) as "display"
          ) r3
        ) end) as "date", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r4.*) from (
              select (
                select (
                  select row_to_json(r5.*) from (
                    select c6.slug as "slug"
                  ) r5
                ) from person c6 where c6.id = c7.person_id limit 1
              ) as "person", (
                select (
                  select row_to_json(r8.*) from (
                    select c9.slug as "slug"
                  ) r8
                ) from organization c9 where c9.id = c7.organization_id limit 1
              ) as "organization"
            ) r4
          )::text, ',' order by c7.id), '') || ']')::json from (
            select c7.* from statement_speaker c7 where c7.statement_id = t2.id order by c7.id limit ?
          ) c7 where true
        ) as "speakers", (
          select row_to_json(z10.*) from (
            select ('[' || coalesce(a11.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors, string_agg(n12.l0::text, ',' order by n12.ord) filter (where n12.ord <= ?) as l0 from (
                select row_number() over (order by t13.sort_0, t13.sort_1, t13.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text), dg_cursor_value(t13.sort_1::text)]::text[], t13.id) as cursor, (
                  select row_to_json(r14.*) from (
                    select t13.excerpt as "excerpt", t13.credited_outlet as "creditedOutlet"
                  ) r14
                ) as l0 from (
                  select q15.*, q15.source_id as sort_0, q15.start_offset as sort_1 from citation q15 where q15.statement_id = t2.id order by q15.source_id, q15.start_offset, q15.id limit ?
                ) t13
              ) n12
            ) a11
          ) z10
        ) as "citations"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: [10,20,20,"SOURCE_POSITION:ASC",21,"microsoft-amazon-collaborations-always-contemplated"]
