-- Least privilege: the API serves queries as a role that can only read. Migrations and the seed
-- loader keep using the owner. The role name and password come from Flyway placeholders
-- (dealgraph.db.reader-username / reader-password).
do $$
begin
  if not exists (select from pg_roles where rolname = '${reader_user}') then
    execute format('create role %I login password %L', '${reader_user}', '${reader_password}');
  end if;
end
$$;

alter role "${reader_user}" set default_transaction_read_only = on;
grant usage on schema public to "${reader_user}";
grant select on all tables in schema public to "${reader_user}";
alter default privileges in schema public grant select on tables to "${reader_user}";
