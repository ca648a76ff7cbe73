-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.fetched > ? as "a0", false as "hasPreviousPage", a3.cursors[1] as "startCursor", a3.cursors[array_length(a3.cursors, 1)] as "endCursor"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select coalesce(to_json(t5.claim_group), '{"$error":0}'::json) as "key", coalesce(to_json((
                select (
                  select row_to_json(r7.*) from (
                    select c8.modality as "modality", (
                      select (
                        select row_to_json(r9.*) from (
                          select c10.description as "description", c10.name as "name", c10.slug as "slug"
                        ) r9
                      ) from organization c10 where c10.id = c8.recipient_id limit 1
                    ) as "recipient", (case when c8.date_precision is null then null else (
                      select row_to_json(r11.*) from (
                        select c8.date_latest as "latest", c8.date_earliest as "earliest"
                      ) r11
                    ) end) as "date"
                  ) r7
                ) from commitment c8 where c8.id = (
                  select p12.id from commitment p12 where p12.claim_group = t5.claim_group order by p12.claim_preferred desc, p12.id limit 1
                ) limit 1
              )), '{"$error":1}'::json) as "preferred", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r13.*) from (
                    select c14.modality as "a0"
                  ) r13
                )::text, ',' order by c14.claim_preferred desc, c14.id), '') || ']')::json from (
                  select c14.* from commitment c14 where c14.claim_group = t5.claim_group order by c14.claim_preferred desc, c14.id limit ?
                ) c14 where true
              ) as "claims"
            ) r6
          ) as l0 from (
            select q15.*, (q15.claim_group) collate "C" as sort_0 from (
              select min(c16.id) as id, c16.claim_group from commitment c16 where c16.claim_group is not null group by c16.claim_group having count(distinct (c16.amount, c16.unit, c16.currency, c16.count_of, c16.qualifier, c16.modality, c16.committer_id, c16.recipient_id)) > 1 or exists (select 1 from commitment ca17 join commitment cb18 on cb18.claim_group = ca17.claim_group where ca17.claim_group = c16.claim_group and ca17.date_latest < cb18.date_earliest)
            ) q15 where true order by (q15.claim_group) collate "C", q15.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [5,5,5,"CLAIM_GROUP:ASC",10,6]
