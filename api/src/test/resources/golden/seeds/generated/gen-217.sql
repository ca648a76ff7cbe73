-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[array_length(a3.cursors, 1)] as "endCursor"
        ) r2
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor from (
            select q6.*, coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date) as sort_0 from commitment q6 where (true) and ((coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id) > (cast(? as date), ?)) order by coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [20,"DATE:ASC","2025-07-01",8,21]
-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.amount_text as "amountText", t2.claim_group as "claimGroup", coalesce(to_json(dg_global_id('Commitment', t2.slug)), '{"$error":0}'::json) as "id", t2.slug as "slug"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["openai-commits-significant-resources-to-aws-2025"]
