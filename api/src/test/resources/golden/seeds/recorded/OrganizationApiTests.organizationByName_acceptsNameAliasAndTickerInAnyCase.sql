-- organizationByName
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug"
      ) r1
    ) from organization t2 where lower(t2.name) = lower(?) or exists (select 1 from organization_alias a3 where a3.organization_id = t2.id and lower(a3.value) = lower(?)) order by t2.id limit 1
  )
)::text
-- values: ["Amazon Web Services","Amazon Web Services"]
