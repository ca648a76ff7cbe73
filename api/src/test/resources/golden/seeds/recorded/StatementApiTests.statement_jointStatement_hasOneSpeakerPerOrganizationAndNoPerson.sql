-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.quote as "quote", t2.channel as "channel", (case when t2.date_precision is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(dg_fuzzy_display(t2.date_earliest, t2.date_latest, t2.date_precision)), '{"$error":0}'::json) as "display", coalesce(to_json(t2.date_precision), '{"$error":1}'::json) as "precision"
          ) r3
        ) end) as "date", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r4.*) from (
              select (
                select (
                  select row_to_json(r5.*) from (
                    select c6.slug as "slug"
                  ) r5
                ) from person c6 where c6.id = c7.person_id limit 1
              ) as "person", (
                select (
                  select row_to_json(r8.*) from (
                    select c9.slug as "slug", c9.name as "name"
                  ) r8
                ) from organization c9 where c9.id = c7.organization_id limit 1
              ) as "organization"
            ) r4
          )::text, ',' order by c7.id), '') || ']')::json from (
            select c7.* from statement_speaker c7 where c7.statement_id = t2.id order by c7.id limit ?
          ) c7 where true
        ) as "speakers", (
          select (
            select row_to_json(r10.*) from (
              select c11.slug as "slug", (
                select (
                  select row_to_json(r12.*) from (
                    select c13.slug as "slug"
                  ) r12
                ) from deal c13 where c13.id = c11.parent_id limit 1
              ) as "parent"
            ) r10
          ) from deal c11 where c11.id = t2.deal_id limit 1
        ) as "deal"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: [10,"microsoft-openai-joint-statement-evolve-partnership"]
