-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where q2.recipient_id = (
          select s3.id from organization s3 where s3.slug = ?
        )
      ) as "totalCount", (
        select row_to_json(r4.*) from (
          select a5.cursors[1] as "startCursor"
        ) r4
      ) as "pageInfo", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
          select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
            select row_to_json(r8.*) from (
              select coalesce(to_json((coalesce(t7.claim_preferred, false) or t7.claim_group is null)), '{"$error":0}'::json) as "preferred", coalesce(to_json(array(select o9.outlet from (
                select distinct trim(o10.outlet) collate "C" as outlet from citation c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o10(outlet) where c11.commitment_id = t7.id
              ) o9 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", t7.horizon as "horizon", t7.claim_group as "claimGroup", coalesce(to_json((
                select (
                  select row_to_json(r13.*) from (
                    select c14.name as "name", c14.kind as "kind"
                  ) r13
                ) from organization c14 where c14.id = t7.committer_id limit 1
              )), '{"$error":2}'::json) as "committer", (
                select row_to_json(z15.*) from (
                  select ('[' || coalesce(a16.l0, '') || ']')::json as "nodes", (
                    select row_to_json(r17.*) from (
                      select a16.fetched > ? as "hasNextPage", a16.cursors[array_length(a16.cursors, 1)] as "endCursor", exists (
                        select 1 from citation q18 where (q18.commitment_id = t7.id) and (not (q18.source_id, q18.start_offset, q18.id) > (cast(? as bigint), cast(? as integer), ?))
                      ) as "hasPreviousPage", a16.cursors[1] as "startCursor"
                    ) r17
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n19.cursor order by n19.ord) filter (where n19.ord <= ?)) as cursors, string_agg(n19.l0::text, ',' order by n19.ord) filter (where n19.ord <= ?) as l0 from (
                      select row_number() over (order by t20.sort_0, t20.sort_1, t20.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t20.sort_0::text), dg_cursor_value(t20.sort_1::text)]::text[], t20.id) as cursor, (
                        select row_to_json(r21.*) from (
                          select t20.credited_outlet as "creditedOutlet", t20.excerpt as "excerpt"
                        ) r21
                      ) as l0 from (
                        select q18.*, q18.source_id as sort_0, q18.start_offset as sort_1 from citation q18 where (q18.commitment_id = t7.id) and ((q18.source_id, q18.start_offset, q18.id) > (cast(? as bigint), cast(? as integer), ?)) order by q18.source_id, q18.start_offset, q18.id limit ?
                      ) t20
                    ) n19
                  ) a16
                ) z15
              ) as "citations"
            ) r8
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where (q2.recipient_id = (
              select s3.id from organization s3 where s3.slug = ?
            )) and ((coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id) > (cast(? as date), ?)) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t7
        ) n6
      ) a5
    ) z1
  )
)::text
-- values: ["beacon-energy-909",6,6,"DATE:ASC",3,"10000062","1321",94664,3,3,"SOURCE_POSITION:ASC","10000062","1321",94664,4,"beacon-energy-909","2015-02-25",10018754,7]
