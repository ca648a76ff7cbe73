-- The reader serves GraphQL queries and reads only what they need: the ledger and its views. V3
-- granted it every table, api_key's hashes included, and every table created after. API keys are
-- read by the owner (ApiKeys); the migrations' history is Flyway's. A table created from now on is
-- granted to the reader by the migration that creates it, where queries read it; the read
-- declarations' start-up check (DatabaseCheck) fails while the reader cannot read what they name.
revoke all on api_key from "${reader_user}";
revoke all on flyway_schema_history from "${reader_user}";
alter default privileges in schema public revoke select on tables from "${reader_user}";
