-- API keys are issued by the operator (`java -jar dealgraph-api.jar keys create --name NAME`), never
-- invented by a client. Only the SHA-256 of a key is kept: the key itself is printed once. A
-- revoked key keeps its row (and its name stays taken until then), so `keys list` shows history.
create table api_key (
  id          bigint generated always as identity primary key,
  name        text not null check (name ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
  key_hash    text not null unique check (key_hash ~ '^[0-9a-f]{64}$'),
  -- Points the key's bucket holds and restores per second; null: the configured defaults.
  burst       bigint check (burst > 0),
  per_second  bigint check (per_second > 0),
  created_at  timestamptz not null default now(),
  revoked_at  timestamptz,
  check (revoked_at is null or revoked_at >= created_at)
);

-- One live key per name: `keys revoke NAME` names exactly one key.
create unique index api_key_live_name on api_key (name) where revoked_at is null;
