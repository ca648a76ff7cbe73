-- Claim groups for dates (issue 18): where sources date a deal or an event differently (one article
-- has a partnership start in 2016, another in 2019), each wording is a date claim of its own, with
-- its own citations, and exactly one of a date's claims is preferred. The preferred claim's date is
-- the deal's (announced, effective, ended) or the event's (date) own column, which every other read
-- keeps reading; the seed validator holds the two equal. A date no source disputes has no claims.

create table date_claim (
  id             bigint generated always as identity primary key,
  slug           slug not null unique,
  deal_id        bigint references deal (id) on delete cascade,
  event_id       bigint references event (id) on delete cascade,
  field          text not null check (field in ('ANNOUNCED', 'EFFECTIVE', 'ENDED', 'OCCURRED')),
  date_earliest  date,
  date_latest    date,
  date_precision date_precision not null,
  date_text      text not null,
  preferred      boolean not null default false,
  note           text,
  check (num_nonnulls(deal_id, event_id) = 1),
  -- A deal's claims are about when it was announced, took effect or ended; an event's about when it occurred.
  check ((event_id is not null) = (field = 'OCCURRED')),
  check (date_earliest <= date_latest),
  check (date_earliest is not null or date_latest is not null),
  -- At most one preferred claim per date; checked at commit, so a reload may move the preference.
  constraint date_claim_one_preferred_per_deal_date
    exclude using btree (deal_id with =, field with =) where (preferred) deferrable initially deferred,
  constraint date_claim_one_preferred_per_event
    exclude using btree (event_id with =) where (preferred) deferrable initially deferred
);
create index date_claim_deal_idx on date_claim (deal_id) where deal_id is not null;
create index date_claim_event_idx on date_claim (event_id) where event_id is not null;

-- Its audit twin, as V12 made the others (a removal's version keeps only the id).
create table date_claim_aud (like date_claim);
alter table date_claim_aud alter column slug drop not null, alter column field drop not null,
  alter column date_precision drop not null, alter column date_text drop not null, alter column preferred drop not null,
  add column rev bigint not null references release (number),
  add column revtype smallint not null check (revtype in (0, 1, 2)),
  add column revend bigint references release (number),
  add column revend_tstmp timestamp,
  add primary key (id, rev);
create index date_claim_aud_rev_idx on date_claim_aud (rev);
create index date_claim_aud_revend_idx on date_claim_aud (revend) where revend is not null;

-- A date claim's citations, as V15 added a condition's. The one-fact check is rewritten from its
-- current definition, so it keeps every fact column the migrations before this one made it name.
alter table citation add column date_claim_id bigint references date_claim (id) on delete cascade;
alter table citation_aud add column date_claim_id bigint;
create index citation_date_claim_idx on citation (date_claim_id) where date_claim_id is not null;
do $$
declare
  old_check text;
  new_check text;
begin
  select pg_get_constraintdef(oid) into strict old_check from pg_constraint
  where conrelid = 'citation'::regclass and conname = 'citation_one_fact';
  new_check := regexp_replace(old_check, '\) = 1\)+$', ', date_claim_id) = 1))');
  if new_check = old_check then
    raise exception 'V22: cannot add date_claim_id to citation_one_fact: %', old_check;
  end if;
  alter table citation drop constraint citation_one_fact;
  execute 'alter table citation add constraint citation_one_fact ' || new_check;
end $$;

-- Query.changes and every fact's history read the new kind; a deal's or an event's claims are items
-- of it, as its citations are. Numbered after whatever kinds and items are there already.
insert into history.fact_kind (ord, type_name, table_name)
select max(ord) + 1, 'DateClaim', 'date_claim' from history.fact_kind;
insert into history.fact_item (ord, table_name, key_columns, fact_column, type_name, field, value)
select max(ord) + n, t, 'id', c, k, f, v
from history.fact_item,
     (values (1, 'citation', 'date_claim_id', 'DateClaim', 'citations', 'v.excerpt'),
             (2, 'date_claim', 'deal_id', 'Deal', 'dateClaims', 'v.slug'),
             (3, 'date_claim', 'event_id', 'Event', 'dateClaims', 'v.slug')) items(n, t, c, k, f, v)
group by n, t, c, k, f, v;

select history.rebuild_changes();
select history.rebuild();

grant select on date_claim, date_claim_aud to "${reader_user}";
grant execute on all functions in schema history to "${reader_user}";
