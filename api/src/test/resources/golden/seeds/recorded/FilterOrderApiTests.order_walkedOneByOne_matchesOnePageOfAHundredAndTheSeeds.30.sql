-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where true
      ) as "totalCount", (
        select row_to_json(r3.*) from (
          select a4.fetched > ? as "hasNextPage", exists (
            select 1 from commitment q2 where (true) and (not ((coalesce(q2.unit || coalesce(':' || q2.currency, ':' || q2.count_of, ''), '~')) collate "C", coalesce(q2.amount, 'Infinity'::numeric), q2.id) > (cast(? as text) collate "C", cast(? as numeric), ?))
          ) as "hasPreviousPage", a4.cursors[array_length(a4.cursors, 1)] as "endCursor"
        ) r3
      ) as "pageInfo", ('[' || coalesce(a4.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.sort_1, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text), dg_cursor_value(t6.sort_1::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text), dg_cursor_value(t6.sort_1::text)]::text[], t6.id) as "cursor", (
                select row_to_json(r8.*) from (
                  select t6.slug as "slug"
                ) r8
              ) as "node"
            ) r7
          ) as l0 from (
            select q2.*, (coalesce(q2.unit || coalesce(':' || q2.currency, ':' || q2.count_of, ''), '~')) collate "C" as sort_0, coalesce(q2.amount, 'Infinity'::numeric) as sort_1 from commitment q2 where (true) and (((coalesce(q2.unit || coalesce(':' || q2.currency, ':' || q2.count_of, ''), '~')) collate "C", coalesce(q2.amount, 'Infinity'::numeric), q2.id) > (cast(? as text) collate "C", cast(? as numeric), ?)) order by (coalesce(q2.unit || coalesce(':' || q2.currency, ':' || q2.count_of, ''), '~')) collate "C", coalesce(q2.amount, 'Infinity'::numeric), q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: [1,"~","Infinity",4,1,1,"AMOUNT:ASC","AMOUNT:ASC","~","Infinity",4,2]
