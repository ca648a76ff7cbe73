-- organizations
select (
  '{}'::json
)::text
-- values: []
