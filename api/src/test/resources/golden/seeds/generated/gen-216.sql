-- r1
select (
  '{"$error":0}'::json
)::text
-- values: []
