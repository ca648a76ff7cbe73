-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where q2.kind = ?
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0 desc, t5.sort_1 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text), dg_cursor_value(t5.sort_1::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select t5.description as "description", coalesce(to_json((
                select (
                  select row_to_json(r7.*) from (
                    select c8.name as "name"
                  ) r7
                ) from organization c8 where c8.id = t5.committer_id limit 1
              )), '{"$error":0}'::json) as "committer", (
                select (
                  select row_to_json(r9.*) from (
                    select c10.name as "name"
                  ) r9
                ) from organization c10 where c10.id = t5.recipient_id limit 1
              ) as "recipient", t5.resource as "resource", (case when t5.amount is null then null else (
                select row_to_json(r11.*) from (
                  select coalesce(to_json(trim_scale(t5.amount)::text), '{"$error":1}'::json) as "amount", coalesce(to_json(t5.unit), '{"$error":2}'::json) as "unit", coalesce(to_json(t5.qualifier), '{"$error":3}'::json) as "qualifier", coalesce(to_json(dg_quantity_text(t5.amount, t5.unit, t5.currency, t5.count_of, t5.qualifier)), '{"$error":4}'::json) as "text"
                ) r11
              ) end) as "quantity", t5.amount_text as "amountText", t5.modality as "modality", (case when t5.date_precision is null then null else (
                select row_to_json(r12.*) from (
                  select coalesce(to_json(dg_fuzzy_display(t5.date_earliest, t5.date_latest, t5.date_precision)), '{"$error":5}'::json) as "display", coalesce(to_json(t5.date_text), '{"$error":6}'::json) as "text"
                ) r12
              ) end) as "date", (
                select row_to_json(z13.*) from (
                  select ('[' || coalesce(a14.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                      select row_number() over (order by t16.sort_0, t16.sort_1, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as cursor, (
                        select row_to_json(r17.*) from (
                          select t16.excerpt as "excerpt", t16.credited_outlet as "creditedOutlet", coalesce(to_json((
                            select (
                              select row_to_json(r18.*) from (
                                select c19.title as "title"
                              ) r18
                            ) from source c19 where c19.id = t16.source_id limit 1
                          )), '{"$error":7}'::json) as "source"
                        ) r17
                      ) as l0 from (
                        select q20.*, q20.source_id as sort_0, q20.start_offset as sort_1 from citation q20 where q20.commitment_id = t5.id order by q20.source_id, q20.start_offset, q20.id limit ?
                      ) t16
                    ) n15
                  ) a14
                ) z13
              ) as "citations"
            ) r6
          ) as l0 from (
            select q2.*, (coalesce(q2.unit || coalesce(':' || q2.currency, ':' || q2.count_of, ''), '')) collate "C" as sort_0, coalesce(q2.amount, '-Infinity'::numeric) as sort_1 from commitment q2 where q2.kind = ? order by (coalesce(q2.unit || coalesce(':' || q2.currency, ':' || q2.count_of, ''), '')) collate "C" desc, coalesce(q2.amount, '-Infinity'::numeric) desc, q2.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: ["COMPUTE_CAPACITY",20,20,"AMOUNT:DESC",20,20,"SOURCE_POSITION:ASC",21,"COMPUTE_CAPACITY",21]
