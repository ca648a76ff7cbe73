-- Replica lag. With read replicas configured, the service sets this row's beat to the primary's
-- clock at every replica check (as the owner) and reads it back on each replica: the difference is
-- how far behind the replica's data is. The reader role can read it (default privileges of V3).
create table replica_heartbeat (
  id   integer primary key check (id = 1),
  beat timestamptz not null
);

insert into replica_heartbeat (id, beat) values (1, now());
