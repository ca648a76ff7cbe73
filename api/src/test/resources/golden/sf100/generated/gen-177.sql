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
                select distinct trim(o10.outlet) collate "C" as outlet from (
                  select cc11.source_id, cc11.credited_outlet, bool_or(cc11.credited_outlet is not null) over (partition by cc11.source_id) as credits from citation cc11 where cc11.commitment_id = t7.id
                ) c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') when c12.credits then array[]::text[] else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o10(outlet)
              ) o9 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", t7.horizon as "horizon", t7.claim_group as "claimGroup", coalesce(to_json((
                select (
                  select row_to_json(r14.*) from (
                    select c15.name as "name", c15.kind as "kind"
                  ) r14
                ) from organization c15 where c15.id = t7.committer_id limit 1
              )), '{"$error":2}'::json) as "committer", (
                select row_to_json(z16.*) from (
                  select ('[' || coalesce(a17.l0, '') || ']')::json as "nodes", (
                    select row_to_json(r18.*) from (
                      select a17.fetched > ? as "hasNextPage", a17.cursors[array_length(a17.cursors, 1)] as "endCursor", exists (
                        select 1 from citation q19 where (q19.commitment_id = t7.id) and (not (q19.source_id, q19.start_offset, q19.id) > (cast(? as bigint), cast(? as integer), ?))
                      ) as "hasPreviousPage", a17.cursors[1] as "startCursor"
                    ) r18
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n20.cursor order by n20.ord) filter (where n20.ord <= ?)) as cursors, string_agg(n20.l0::text, ',' order by n20.ord) filter (where n20.ord <= ?) as l0 from (
                      select row_number() over (order by t21.sort_0, t21.sort_1, t21.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t21.sort_0::text), dg_cursor_value(t21.sort_1::text)]::text[], t21.id) as cursor, (
                        select row_to_json(r22.*) from (
                          select t21.credited_outlet as "creditedOutlet", t21.excerpt as "excerpt"
                        ) r22
                      ) as l0 from (
                        select q19.*, q19.source_id as sort_0, q19.start_offset as sort_1 from citation q19 where (q19.commitment_id = t7.id) and ((q19.source_id, q19.start_offset, q19.id) > (cast(? as bigint), cast(? as integer), ?)) order by q19.source_id, q19.start_offset, q19.id limit ?
                      ) t21
                    ) n20
                  ) a17
                ) z16
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
