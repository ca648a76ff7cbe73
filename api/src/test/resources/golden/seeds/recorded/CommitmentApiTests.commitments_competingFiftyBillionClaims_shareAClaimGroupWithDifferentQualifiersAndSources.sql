-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where (q2.committer_id = (
          select s3.id from organization s3 where s3.slug = ?
        )) and (q2.recipient_id = (
          select s4.id from organization s4 where s4.slug = ?
        ))
      ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
          select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
            select row_to_json(r8.*) from (
              select t7.slug as "slug", t7.claim_group as "claimGroup", t7.modality as "modality", t7.amount_text as "amountText", (case when t7.amount is null then null else (
                select row_to_json(r9.*) from (
                  select coalesce(to_json(trim_scale(t7.amount)::text), '{"$error":0}'::json) as "amount", coalesce(to_json(t7.unit), '{"$error":1}'::json) as "unit", coalesce(to_json(t7.qualifier), '{"$error":2}'::json) as "qualifier", coalesce(to_json(dg_quantity_text(t7.amount, t7.unit, t7.currency, t7.count_of, t7.qualifier)), '{"$error":3}'::json) as "text"
                ) r9
              ) end) as "quantity", (
                select row_to_json(z10.*) from (
                  select ('[' || coalesce(a11.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors, string_agg(n12.l0::text, ',' order by n12.ord) filter (where n12.ord <= ?) as l0 from (
                      select row_number() over (order by t13.sort_0, t13.sort_1, t13.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text), dg_cursor_value(t13.sort_1::text)]::text[], t13.id) as cursor, (
                        select row_to_json(r14.*) from (
                          select t13.excerpt as "excerpt", t13.credited_outlet as "creditedOutlet", coalesce(to_json((
                            select (
                              select row_to_json(r15.*) from (
                                select c16.slug as "slug"
                              ) r15
                            ) from source c16 where c16.id = t13.source_id limit 1
                          )), '{"$error":4}'::json) as "source"
                        ) r14
                      ) as l0 from (
                        select q17.*, q17.source_id as sort_0, q17.start_offset as sort_1 from citation q17 where q17.commitment_id = t7.id order by q17.source_id, q17.start_offset, q17.id limit ?
                      ) t13
                    ) n12
                  ) a11
                ) z10
              ) as "citations"
            ) r8
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where (q2.committer_id = (
              select s3.id from organization s3 where s3.slug = ?
            )) and (q2.recipient_id = (
              select s4.id from organization s4 where s4.slug = ?
            )) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t7
        ) n6
      ) a5
    ) z1
  )
)::text
-- values: ["amazon","openai",20,20,"DATE:ASC",20,20,"SOURCE_POSITION:ASC",21,"amazon","openai",21]
