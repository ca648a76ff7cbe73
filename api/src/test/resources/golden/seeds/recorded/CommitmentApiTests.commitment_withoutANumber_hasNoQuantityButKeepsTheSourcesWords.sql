-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.kind as "kind", (case when t2.amount is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(trim_scale(t2.amount)::text), '{"$error":0}'::json) as "amount"
          ) r3
        ) end) as "quantity", t2.amount_text as "amountText", t2.modality as "modality", (case when t2.date_precision is null then null else (
          select row_to_json(r4.*) from (
            select coalesce(to_json(dg_fuzzy_display(t2.date_earliest, t2.date_latest, t2.date_precision)), '{"$error":1}'::json) as "display"
          ) r4
        ) end) as "date", coalesce(to_json((
          select (
            select row_to_json(r5.*) from (
              select c6.slug as "slug"
            ) r5
          ) from organization c6 where c6.id = t2.committer_id limit 1
        )), '{"$error":2}'::json) as "committer", (
          select (
            select row_to_json(r7.*) from (
              select c8.slug as "slug"
            ) r7
          ) from organization c8 where c8.id = t2.recipient_id limit 1
        ) as "recipient", (
          select row_to_json(z9.*) from (
            select (
              select count(*) from citation q10 where q10.commitment_id = t2.id
            ) as "totalCount", ('[' || coalesce(a11.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors, string_agg(n12.l0::text, ',' order by n12.ord) filter (where n12.ord <= ?) as l0 from (
                select row_number() over (order by t13.sort_0, t13.sort_1, t13.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text), dg_cursor_value(t13.sort_1::text)]::text[], t13.id) as cursor, (
                  select row_to_json(r14.*) from (
                    select coalesce(to_json((
                      select (
                        select row_to_json(r15.*) from (
                          select c16.slug as "slug"
                        ) r15
                      ) from source c16 where c16.id = t13.source_id limit 1
                    )), '{"$error":3}'::json) as "source", t13.credited_outlet as "creditedOutlet"
                  ) r14
                ) as l0 from (
                  select q10.*, q10.source_id as sort_0, q10.start_offset as sort_1 from citation q10 where q10.commitment_id = t2.id order by q10.source_id, q10.start_offset, q10.id limit ?
                ) t13
              ) n12
            ) a11
          ) z9
        ) as "citations"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: [20,20,"SOURCE_POSITION:ASC",21,"microsoft-invests-billions-in-openai"]
