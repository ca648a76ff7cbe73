-- commitmentTotals
select (
  '{"$error":0}'::json
)::text
-- values: []
