-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(t2.scope), '{"$error":0}'::json) as "scope", coalesce(to_json(t2.status), '{"$error":1}'::json) as "status", (case when t2.valid_from_precision is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(dg_fuzzy_display(t2.valid_from_earliest, t2.valid_from_latest, t2.valid_from_precision)), '{"$error":2}'::json) as "display"
          ) r3
        ) end) as "validFrom", (case when t2.valid_to_precision is null then null else (
          select row_to_json(r4.*) from (
            select t2.valid_to_earliest as "earliest", t2.valid_to_latest as "latest", coalesce(to_json(t2.valid_to_precision), '{"$error":3}'::json) as "precision", coalesce(to_json(t2.valid_to_text), '{"$error":4}'::json) as "text", coalesce(to_json(dg_fuzzy_display(t2.valid_to_earliest, t2.valid_to_latest, t2.valid_to_precision)), '{"$error":5}'::json) as "display"
          ) r4
        ) end) as "validTo", coalesce(to_json((
          select (
            select row_to_json(r5.*) from (
              select c6.slug as "slug"
            ) r5
          ) from organization c6 where c6.id = t2.grantor_id limit 1
        )), '{"$error":6}'::json) as "grantor", coalesce(to_json((
          select (
            select row_to_json(r7.*) from (
              select c8.slug as "slug"
            ) r7
          ) from organization c8 where c8.id = t2.holder_id limit 1
        )), '{"$error":7}'::json) as "holder", (
          select (
            select row_to_json(r9.*) from (
              select coalesce(to_json(c10.slug), '{"$error":8}'::json) as "slug"
            ) r9
          ) from exclusive_term c10 where c10.id = t2.superseded_by_term_id limit 1
        ) as "supersededBy", (
          select (
            select row_to_json(r11.*) from (
              select c12.slug as "slug", c12.kind as "kind", c12.title as "title", (
                select (
                  select row_to_json(r13.*) from (
                    select c14.slug as "slug"
                  ) r13
                ) from deal c14 where c14.id = c12.deal_id limit 1
              ) as "deal"
            ) r11
          ) from event c12 where c12.id = t2.superseded_by_event_id limit 1
        ) as "supersededByEvent", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r15.*) from (
              select coalesce(to_json(c16.slug), '{"$error":9}'::json) as "slug"
            ) r15
          )::text, ',' order by c16.id), '') || ']')::json from (
            select c16.* from exclusive_term c16 where c16.superseded_by_term_id = t2.id order by c16.id limit ?
          ) c16 where true
        ) as "supersedes", (
          select (
            select row_to_json(r17.*) from (
              select c18.slug as "slug"
            ) r17
          ) from deal c18 where c18.id = t2.deal_id limit 1
        ) as "deal", (
          select row_to_json(z19.*) from (
            select ('[' || coalesce(a20.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n21.cursor order by n21.ord) filter (where n21.ord <= ?)) as cursors, string_agg(n21.l0::text, ',' order by n21.ord) filter (where n21.ord <= ?) as l0 from (
                select row_number() over (order by t22.sort_0, t22.sort_1, t22.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text), dg_cursor_value(t22.sort_1::text)]::text[], t22.id) as cursor, (
                  select row_to_json(r23.*) from (
                    select t22.excerpt as "excerpt", coalesce(to_json((
                      select (
                        select row_to_json(r24.*) from (
                          select c25.slug as "slug"
                        ) r24
                      ) from source c25 where c25.id = t22.source_id limit 1
                    )), '{"$error":10}'::json) as "source"
                  ) r23
                ) as l0 from (
                  select q26.*, q26.source_id as sort_0, q26.start_offset as sort_1 from citation q26 where q26.exclusivity_term_id = t2.id order by q26.source_id, q26.start_offset, q26.id limit ?
                ) t22
              ) n21
            ) a20
          ) z19
        ) as "citations"
      ) r1
    ) from exclusive_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: [10,20,20,"SOURCE_POSITION:ASC",21,"microsoft-exclusive-openai-ip-license"]
