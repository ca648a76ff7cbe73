-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json((
                select (
                  select row_to_json(r6.*) from (
                    select c7.name as "name"
                  ) r6
                ) from organization c7 where c7.id = t4.committer_id limit 1
              )), '{"$error":0}'::json) as "committer", (
                select (
                  select row_to_json(r8.*) from (
                    select c9.name as "name"
                  ) r8
                ) from organization c9 where c9.id = t4.recipient_id limit 1
              ) as "recipient", t4.resource as "resource", (case when t4.amount is null then null else (
                select row_to_json(r10.*) from (
                  select coalesce(to_json(trim_scale(t4.amount)::text), '{"$error":1}'::json) as "amount", coalesce(to_json(t4.unit), '{"$error":2}'::json) as "unit", coalesce(to_json(t4.qualifier), '{"$error":3}'::json) as "qualifier", coalesce(to_json(dg_quantity_text(t4.amount, t4.unit, t4.currency, t4.count_of, t4.qualifier)), '{"$error":4}'::json) as "text"
                ) r10
              ) end) as "quantity", (
                select row_to_json(z11.*) from (
                  select ('[' || coalesce(a12.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors, string_agg(n13.l0::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l0 from (
                      select row_number() over (order by t14.sort_0, t14.sort_1, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text), dg_cursor_value(t14.sort_1::text)]::text[], t14.id) as cursor, (
                        select row_to_json(r15.*) from (
                          select t14.excerpt as "excerpt", t14.credited_outlet as "creditedOutlet"
                        ) r15
                      ) as l0 from (
                        select q16.*, q16.source_id as sort_0, q16.start_offset as sort_1 from citation q16 where q16.commitment_id = t4.id order by q16.source_id, q16.start_offset, q16.id limit ?
                      ) t14
                    ) n13
                  ) a12
                ) z11
              ) as "citations"
            ) r5
          ) as l0 from (
            select q17.*, coalesce(q17.date_earliest, q17.date_latest, 'infinity'::date) as sort_0 from commitment q17 where q17.unit = ? order by coalesce(q17.date_earliest, q17.date_latest, 'infinity'::date), q17.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"DATE:ASC",20,20,"SOURCE_POSITION:ASC",21,"GW",21]
