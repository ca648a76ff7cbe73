-- Contingent money (issue 18, first slice). A commitment says how firm it is, apart from how the
-- source reported it (modality): FIRM (unconditional, or already done), CONTINGENT (depends on
-- conditions), UNKNOWN (the source does not say; every commitment before this was). It may state
-- the period it runs over (start, end, length), which in_force reads: a commitment "over four
-- years" is not in force twenty years on. A contingent commitment (often a part of a larger one:
-- "$5 billion now and up to $20 billion more, tied to milestones") lists its conditions: the
-- source's words, whether meeting it releases the money (TRIGGER) or ends it (LAPSE), and a
-- deadline as a fuzzy date, each with its own citations.

alter table commitment
  add column firmness text not null default 'UNKNOWN' check (firmness in ('FIRM', 'CONTINGENT', 'UNKNOWN')),
  add column period_start_earliest date,
  add column period_start_latest date,
  add column period_start_precision date_precision,
  add column period_start_text text,
  add column period_end_earliest date,
  add column period_end_latest date,
  add column period_end_precision date_precision,
  add column period_end_text text,
  -- ISO 8601, in whole years, months, weeks or days: P4Y.
  add column period_length text check (period_length ~ '^P([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?$' and period_length <> 'P'),
  add check (period_start_earliest <= period_start_latest),
  add check ((period_start_precision is null) = (period_start_text is null)),
  add check (period_end_earliest <= period_end_latest),
  add check ((period_end_precision is null) = (period_end_text is null));

alter table commitment_aud
  add column firmness text,
  add column period_start_earliest date,
  add column period_start_latest date,
  add column period_start_precision date_precision,
  add column period_start_text text,
  add column period_end_earliest date,
  add column period_end_latest date,
  add column period_end_precision date_precision,
  add column period_end_text text,
  add column period_length text;
-- Versions written before firmness existed did not state it: UNKNOWN, as the live rows read.
update commitment_aud set firmness = 'UNKNOWN' where revtype <> 2;

create table commitment_condition (
  id                 bigint generated always as identity primary key,
  slug               slug not null unique,
  commitment_id      bigint not null references commitment (id) on delete cascade,
  kind               text not null check (kind in ('TRIGGER', 'LAPSE')),
  words              text not null check (words <> ''),
  deadline_earliest  date,
  deadline_latest    date,
  deadline_precision date_precision,
  deadline_text      text,
  check (deadline_earliest <= deadline_latest),
  check ((deadline_precision is null) = (deadline_text is null))
);
create index commitment_condition_commitment_idx on commitment_condition (commitment_id);

alter table citation add column condition_id bigint references commitment_condition (id) on delete cascade;
do $$
declare
  name text;
begin
  select conname into strict name from pg_constraint
  where conrelid = 'citation'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%num_nonnulls%';
  execute format('alter table citation drop constraint %I', name);
end $$;
alter table citation add constraint citation_one_fact check (num_nonnulls(organization_id, person_id, deal_id,
  deal_party_id, commitment_id, exclusivity_term_id, statement_id, event_id, condition_id) = 1);
create index citation_condition_idx on citation (condition_id) where condition_id is not null;
alter table citation_aud add column condition_id bigint;

-- Its audit twin, as V12 made the others.
create table commitment_condition_aud (like commitment_condition);
alter table commitment_condition_aud alter column slug drop not null, alter column commitment_id drop not null,
  alter column kind drop not null, alter column words drop not null,
  add column rev bigint not null references release (number),
  add column revtype smallint not null check (revtype in (0, 1, 2)),
  add column revend bigint references release (number),
  add column revend_tstmp timestamp,
  add primary key (id, rev);
create index commitment_condition_aud_rev_idx on commitment_condition_aud (rev);
create index commitment_condition_aud_revend_idx on commitment_condition_aud (revend) where revend is not null;

-- A commitment ends when its period does or its deal does, whichever is first; where the two
-- fuzzy ends overlap, the end is the span from the earlier earliest to the earlier latest.
create or replace view commitment_timing as
select c.id as commitment_id,
       case when c.date_precision is not null then c.date_earliest else dt.start_earliest end as start_earliest,
       case when c.date_precision is not null then c.date_latest else dt.start_latest end as start_latest,
       coalesce(c.date_precision, dt.start_precision) as start_precision,
       case when c.period_end_precision is null then dt.end_earliest
            when dt.end_precision is null or c.period_end_latest <= dt.end_earliest then c.period_end_earliest
            when dt.end_latest <= c.period_end_earliest then dt.end_earliest
            when c.period_end_earliest is null or dt.end_earliest is null then null
            else least(c.period_end_earliest, dt.end_earliest) end as end_earliest,
       case when c.period_end_precision is null then dt.end_latest
            when dt.end_precision is null or c.period_end_latest <= dt.end_earliest then c.period_end_latest
            when dt.end_latest <= c.period_end_earliest then dt.end_latest
            else least(c.period_end_latest, dt.end_latest) end as end_latest,
       case when c.period_end_precision is null then dt.end_precision
            when dt.end_precision is null or c.period_end_latest <= dt.end_earliest then c.period_end_precision
            when dt.end_latest <= c.period_end_earliest then dt.end_precision
            else 'RANGE'::date_precision end as end_precision
from commitment c
left join deal_timing dt on dt.deal_id = c.deal_id;

-- The kinds of fact Query.changes and every fact's history read, and the collections whose
-- items count as a version of their fact, as data: a migration that adds a kind inserts its rows
-- and calls history.rebuild_changes(), which writes fact_change, fact_change_field and
-- release_count from them (V12 and V14 wrote them from lists of their own).
create table history.fact_kind (
  ord        int primary key check (ord between 1 and 99),
  type_name  text not null unique,
  table_name text not null unique
);
insert into history.fact_kind values (1, 'Source', 'source'), (2, 'Organization', 'organization'),
  (3, 'Person', 'person'), (4, 'Deal', 'deal'), (5, 'DealParty', 'deal_party'), (6, 'Event', 'event'),
  (7, 'Commitment', 'commitment'), (8, 'ExclusivityTerm', 'exclusivity_term'), (9, 'Statement', 'statement'),
  (10, 'Condition', 'commitment_condition');

-- collection table, its key, the fact's column in it, kind, field, the item's value over a version v
create table history.fact_item (
  ord         int primary key,
  table_name  text not null,
  key_columns text not null,
  fact_column text not null,
  type_name   text not null references history.fact_kind (type_name),
  field       text not null,
  value       text not null
);
insert into history.fact_item values
  (1, 'organization_alias', 'id', 'organization_id', 'Organization', 'aliases', 'v.value'),
  (2, 'statement_speaker', 'id', 'statement_id', 'Statement', 'speakers',
   'coalesce(history.value_text(''statement_speaker'', ''person_id'', to_jsonb(v.person_id), v.rev), '
   'history.value_text(''statement_speaker'', ''organization_id'', to_jsonb(v.organization_id), v.rev))'),
  (3, 'event_organization', 'event_id, organization_id', 'event_id', 'Event', 'organizations',
   'history.value_text(''event_organization'', ''organization_id'', to_jsonb(v.organization_id), v.rev)'),
  (4, 'citation', 'id', 'organization_id', 'Organization', 'citations', 'v.excerpt'),
  (5, 'citation', 'id', 'person_id', 'Person', 'citations', 'v.excerpt'),
  (6, 'citation', 'id', 'deal_id', 'Deal', 'citations', 'v.excerpt'),
  (7, 'citation', 'id', 'deal_party_id', 'DealParty', 'citations', 'v.excerpt'),
  (8, 'citation', 'id', 'event_id', 'Event', 'citations', 'v.excerpt'),
  (9, 'citation', 'id', 'commitment_id', 'Commitment', 'citations', 'v.excerpt'),
  (10, 'citation', 'id', 'exclusivity_term_id', 'ExclusivityTerm', 'citations', 'v.excerpt'),
  (11, 'citation', 'id', 'statement_id', 'Statement', 'citations', 'v.excerpt'),
  (12, 'citation', 'id', 'condition_id', 'Condition', 'citations', 'v.excerpt');

create function history.rebuild_changes() returns void language plpgsql as $rebuild$
declare
  k record;
  it record;
  changes text[] := '{}';
  fields text[] := '{}';
  counts text[] := '{}';
  slug text;
begin
  drop view if exists public.fact_change_field cascade;
  drop view if exists public.fact_change cascade;
  drop view if exists public.release_count cascade;
  for k in select * from history.fact_kind order by ord loop
    -- A deal party by its deal's and organization's slugs: the live rows' (a join), or, for one
    -- removed since, as it stood then (a lookup only where the join found nothing).
    slug := case when k.table_name = 'deal_party'
      then 'concat_ws(''/'', coalesce((select d.slug from public.deal d where d.id = coalesce(a.deal_id, p.deal_id)), '
           'history.value_text(''deal_party'', ''deal_id'', to_jsonb(coalesce(a.deal_id, p.deal_id)), a.rev)), '
           'coalesce((select o.slug from public.organization o where o.id = coalesce(a.organization_id, p.organization_id)), '
           'history.value_text(''deal_party'', ''organization_id'', to_jsonb(coalesce(a.organization_id, p.organization_id)), a.rev)), '
           'coalesce(a.role, p.role))'
      else 'coalesce(a.slug, p.slug)' end;
    changes := array_append(changes, format($f$
      select a.rev * 1000000000000 + %s * 10000000000 + a.id as id, %L::text as type_name, %L::text as table_name,
             a.id as fact_id, %s::text as slug, a.rev as release,
             case a.revtype when 0 then 'ADDED' when 1 then 'CHANGED' else 'REMOVED' end as operation,
             case when p.revtype in (0, 1) then to_jsonb(p) - array['id', 'rev', 'revtype', 'revend', 'revend_tstmp'] end as before,
             case when a.revtype <> 2 then to_jsonb(a) - array['id', 'rev', 'revtype', 'revend', 'revend_tstmp'] end as after
      from public.%I a left join public.%I p on p.id = a.id and p.revend = a.rev$f$,
      k.ord, k.type_name, k.table_name, slug, k.table_name || '_aud', k.table_name || '_aud'));
    counts := array_append(counts, format('select rev, revtype, %L::text as type_name from public.%I',
      k.type_name, k.table_name || '_aud'));
  end loop;
  execute 'create view public.fact_change as ' || array_to_string(changes, E'\nunion all');

  fields := array_append(fields, $f$
      select c.type_name, c.fact_id, c.release, 1 as place, dg_field_name(k.key) as field,
             history.value_text(c.table_name, k.key, c.before -> k.key, c.release - 1) as before,
             history.value_text(c.table_name, k.key, c.after -> k.key, c.release) as after
      from public.fact_change c cross join lateral jsonb_object_keys(c.after) k(key)
      where c.operation = 'CHANGED' and (c.before -> k.key) is distinct from (c.after -> k.key)$f$);
  for it in select * from history.fact_item order by ord loop
    fields := array_append(fields, format($f$
      select %L::text, coalesce(a.%I, p.%I), a.rev, 2, %L::text,
             case when p.revtype in (0, 1) then %s end, case when a.revtype <> 2 then %s end
      from public.%I a left join public.%I p on (%s) = (%s) and p.revend = a.rev
      where coalesce(a.%I, p.%I) is not null$f$,
      it.type_name, it.fact_column, it.fact_column, it.field,
      replace(it.value, 'v.', 'p.'), replace(it.value, 'v.', 'a.'),
      it.table_name || '_aud', it.table_name || '_aud',
      regexp_replace(it.key_columns, '(\w+)', 'p.\1', 'g'), regexp_replace(it.key_columns, '(\w+)', 'a.\1', 'g'),
      it.fact_column, it.fact_column));
  end loop;
  execute 'create view public.fact_change_field as select type_name, fact_id, release, place, field, before, after from ('
    || array_to_string(fields, E'\nunion all') || ') f where before is distinct from after';

  -- How many facts of each kind a release added, changed and removed (V12).
  execute 'create view public.release_count as select rev as release, type_name, '
    || 'count(*) filter (where revtype = 0)::int as added, count(*) filter (where revtype = 1)::int as changed, '
    || 'count(*) filter (where revtype = 2)::int as removed from (' || array_to_string(counts, ' union all ')
    || ') versions group by rev, type_name';

  create or replace function history.fact_change(at_release bigint) returns setof public.fact_change
    language sql stable parallel safe as $$ select * from public.fact_change where release <= $1 $$;
  create or replace function history.fact_change_field(at_release bigint) returns setof public.fact_change_field
    language sql stable parallel safe as $$ select * from public.fact_change_field where release <= $1 $$;
  create or replace function history.release_count(at_release bigint) returns setof public.release_count
    language sql stable parallel safe as $$ select * from public.release_count where release <= $1 $$;
  grant select on public.fact_change, public.fact_change_field, public.release_count to "${reader_user}";
end
$rebuild$;

select history.rebuild_changes();
select history.rebuild();

grant select on commitment_condition, commitment_condition_aud to "${reader_user}";
grant usage on schema history to "${reader_user}";
grant execute on all functions in schema history to "${reader_user}";
