-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.summary as "summary", coalesce(to_json(coalesce((
          select in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) from deal_timing x3 where x3.deal_id = t2.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", (
          select row_to_json(z4.*) from (
            select ('[' || coalesce(a5.l0, '') || ']')::json as "nodes", (
              select row_to_json(r6.*) from (
                select a5.cursors[1] as "startCursor", exists (
                  select 1 from commitment q7 where (q7.deal_id = t2.id) and (not (coalesce(q7.date_earliest, q7.date_latest, 'infinity'::date), q7.id) > (cast(? as date), ?))
                ) as "hasPreviousPage"
              ) r6
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
                select row_number() over (order by t9.sort_0, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
                  select row_to_json(r10.*) from (
                    select t9.kind as "kind", coalesce(to_json((coalesce(t9.claim_preferred, false) or t9.claim_group is null)), '{"$error":1}'::json) as "a1", t9.horizon as "horizon", t9.amount_text as "amountText"
                  ) r10
                ) as l0 from (
                  select q7.*, coalesce(q7.date_earliest, q7.date_latest, 'infinity'::date) as sort_0 from commitment q7 where (q7.deal_id = t2.id) and ((coalesce(q7.date_earliest, q7.date_latest, 'infinity'::date), q7.id) > (cast(? as date), ?)) order by coalesce(q7.date_earliest, q7.date_latest, 'infinity'::date), q7.id limit ?
                ) t9
              ) n8
            ) a5
          ) z4
        ) as "commitments"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2019-07-22","infinity",6,3,3,"DATE:ASC","infinity",6,4,"microsoft-openai-partnership"]
