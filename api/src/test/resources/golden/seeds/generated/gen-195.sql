-- organizationByName
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":0}'::json) as "id", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r3.*) from (
              select coalesce(to_json(dg_global_id('Organization', c4.slug)), '{"$error":1}'::json) as "id", (
                select row_to_json(z5.*) from (
                  select (
                    select count(*) from commitment q6 join commitment_timing x7 on x7.commitment_id = q6.id where (q6.committer_id = c4.id) and (in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) <> 'FALSE')
                  ) as "totalCount", (
                    select row_to_json(r8.*) from (
                      select a9.cursors[array_length(a9.cursors, 1)] as "endCursor"
                    ) r8
                  ) as "pageInfo", ('[' || coalesce(a9.l0, '') || ']')::json as "edges" from (
                    select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                      select row_number() over (order by t11.sort_0, t11.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as cursor, (
                        select row_to_json(r12.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as "cursor", t11.in_force as "inForce", (
                            select row_to_json(r13.*) from (
                              select t11.claim_group as "claimGroup", t11.amount_text as "amountText", t11.horizon as "horizon"
                            ) r13
                          ) as "node"
                        ) r12
                      ) as l0 from (
                        select q6.*, coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) as in_force from commitment q6 join commitment_timing x7 on x7.commitment_id = q6.id where (q6.committer_id = c4.id) and (in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) <> 'FALSE') and ((coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id) > (cast(? as date), ?)) order by coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id limit ?
                      ) t11
                    ) n10
                  ) a9
                ) z5
              ) as "commitmentsMade"
            ) r3
          )::text, ',' order by c4.name, c4.id), '') || ']')::json from (
            select c4.* from organization c4 where c4.parent_id = t2.id order by c4.name, c4.id limit ?
          ) c4 where true
        ) as "units"
      ) r1
    ) from organization t2 where lower(t2.name) = lower(?) or exists (select 1 from organization_alias a14 where a14.organization_id = t2.id and lower(a14.value) = lower(?)) order by t2.id limit 1
  )
)::text
-- values: ["2031-01-03",2,2,"DATE:ASC","DATE:ASC","2031-01-03","2031-01-03","infinity",3,3,50,"Oracle","Oracle"]
