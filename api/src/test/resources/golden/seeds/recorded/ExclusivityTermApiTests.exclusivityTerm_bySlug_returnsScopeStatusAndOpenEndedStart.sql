-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(t2.slug), '{"$error":0}'::json) as "slug", coalesce(to_json(t2.scope), '{"$error":1}'::json) as "scope", coalesce(to_json(t2.status), '{"$error":2}'::json) as "status", (case when t2.valid_from_precision is null then null else (
          select row_to_json(r3.*) from (
            select t2.valid_from_earliest as "earliest", t2.valid_from_latest as "latest", coalesce(to_json(t2.valid_from_precision), '{"$error":3}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(t2.valid_from_earliest, t2.valid_from_latest, t2.valid_from_precision)), '{"$error":4}'::json) as "display"
          ) r3
        ) end) as "validFrom", (case when t2.valid_to_precision is null then null else (
          select row_to_json(r4.*) from (
            select coalesce(to_json(dg_fuzzy_display(t2.valid_to_earliest, t2.valid_to_latest, t2.valid_to_precision)), '{"$error":5}'::json) as "display"
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
              select c8.slug as "slug", c8.name as "name"
            ) r7
          ) from organization c8 where c8.id = t2.holder_id limit 1
        )), '{"$error":7}'::json) as "holder", (
          select (
            select row_to_json(r9.*) from (
              select c10.slug as "slug"
            ) r9
          ) from deal c10 where c10.id = t2.deal_id limit 1
        ) as "deal", (
          select row_to_json(z11.*) from (
            select (
              select count(*) from citation q12 where q12.exclusivity_term_id = t2.id
            ) as "totalCount", ('[' || coalesce(a13.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0 from (
                select row_number() over (order by t15.sort_0, t15.sort_1, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text), dg_cursor_value(t15.sort_1::text)]::text[], t15.id) as cursor, (
                  select row_to_json(r16.*) from (
                    select t15.excerpt as "excerpt", t15.credited_outlet as "creditedOutlet", coalesce(to_json((
                      select (
                        select row_to_json(r17.*) from (
                          select c18.slug as "slug"
                        ) r17
                      ) from source c18 where c18.id = t15.source_id limit 1
                    )), '{"$error":8}'::json) as "source"
                  ) r16
                ) as l0 from (
                  select q12.*, q12.source_id as sort_0, q12.start_offset as sort_1 from citation q12 where q12.exclusivity_term_id = t2.id order by q12.source_id, q12.start_offset, q12.id limit ?
                ) t15
              ) n14
            ) a13
          ) z11
        ) as "citations"
      ) r1
    ) from exclusive_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: [20,20,"SOURCE_POSITION:ASC",21,"aws-exclusive-third-party-distribution-for-frontier"]
