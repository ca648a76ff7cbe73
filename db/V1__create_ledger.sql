-- The deals ledger. Every enum and unit is checked here, not only in Java.
-- A "fuzzy date" is four columns: the span it certainly lies in (earliest..latest, either end
-- may be open), the precision the text supports, and the words it was derived from.

create domain slug as text
  check (value ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(value) <= 120);

create domain date_precision as text
  check (value in ('DAY', 'WEEK', 'MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR', 'RANGE'));

create table source (
  id                   bigint generated always as identity primary key,
  slug                 slug not null unique,
  file_name            text not null unique,
  title                text not null,
  publisher            text,
  author               text,
  author_note          text,
  published_earliest   date,
  published_latest     date,
  published_precision  date_precision,
  published_text       text,
  published_at         timestamptz,
  published_local_time time,
  url                  text,
  content              text not null,
  content_sha256       char(64) not null,
  check (published_earliest <= published_latest),
  check ((published_precision is null) = (published_text is null))
);

create table organization (
  id          bigint generated always as identity primary key,
  slug        slug not null unique,
  name        text not null,
  kind        text not null check (kind in ('COMPANY', 'JOINT_VENTURE', 'INVESTMENT_FIRM', 'BUSINESS_UNIT')),
  parent_id   bigint references organization (id),
  description text
);

create table organization_alias (
  id              bigint generated always as identity primary key,
  organization_id bigint not null references organization (id) on delete cascade,
  kind            text not null check (kind in ('ALIAS', 'TICKER')),
  value           text not null
);
create unique index organization_alias_value_key on organization_alias (lower(value));
create index organization_alias_organization_idx on organization_alias (organization_id);

create table person (
  id              bigint generated always as identity primary key,
  slug            slug not null unique,
  name            text not null,
  role            text,
  organization_id bigint references organization (id)
);
create index person_organization_idx on person (organization_id);

create table deal (
  id                  bigint generated always as identity primary key,
  slug                slug not null unique,
  title               text not null,
  kind                text not null check (kind in ('PARTNERSHIP', 'INVESTMENT', 'DISTRIBUTION', 'LICENSING',
                                                    'JOINT_VENTURE', 'RESTRUCTURING', 'CLOUD_SERVICES',
                                                    'JOINT_DEVELOPMENT')),
  status              text not null check (status in ('ANNOUNCED', 'ACTIVE', 'PLANNED', 'AMENDED', 'ENDED')),
  parent_id           bigint references deal (id),
  summary             text not null,
  announced_earliest  date,
  announced_latest    date,
  announced_precision date_precision,
  announced_text      text,
  effective_earliest  date,
  effective_latest    date,
  effective_precision date_precision,
  effective_text      text,
  ended_earliest      date,
  ended_latest        date,
  ended_precision     date_precision,
  ended_text          text,
  check (announced_earliest <= announced_latest),
  check (effective_earliest <= effective_latest),
  check (ended_earliest <= ended_latest),
  check ((announced_precision is null) = (announced_text is null)),
  check ((effective_precision is null) = (effective_text is null)),
  check ((ended_precision is null) = (ended_text is null))
);
create index deal_parent_idx on deal (parent_id);

create table deal_party (
  id              bigint generated always as identity primary key,
  deal_id         bigint not null references deal (id) on delete cascade,
  organization_id bigint not null references organization (id),
  role            text not null check (role in ('INVESTOR', 'INVESTEE', 'CLOUD_PROVIDER', 'CUSTOMER', 'DISTRIBUTOR',
                                                'PARTNER', 'LICENSOR', 'LICENSEE', 'CO_DEVELOPER', 'VENTURE')),
  unique (deal_id, organization_id, role)
);
create index deal_party_organization_idx on deal_party (organization_id);

create table event (
  id             bigint generated always as identity primary key,
  slug           slug not null unique,
  title          text not null,
  kind           text not null check (kind in ('ANNOUNCEMENT', 'AGREEMENT', 'RESTRUCTURING', 'MEMO_REPORT', 'LAUNCH',
                                               'STATEMENT')),
  deal_id        bigint references deal (id),
  description    text not null,
  date_earliest  date,
  date_latest    date,
  date_precision date_precision not null,
  date_text      text not null,
  check (date_earliest <= date_latest),
  check (date_earliest is not null or date_latest is not null)
);
create index event_deal_idx on event (deal_id);

create table event_organization (
  event_id        bigint not null references event (id) on delete cascade,
  organization_id bigint not null references organization (id),
  primary key (event_id, organization_id)
);
create index event_organization_organization_idx on event_organization (organization_id);

create table commitment (
  id             bigint generated always as identity primary key,
  slug           slug not null unique,
  deal_id        bigint references deal (id),
  committer_id   bigint not null references organization (id),
  recipient_id   bigint references organization (id),
  kind           text not null check (kind in ('INVESTMENT', 'COMPUTE_CAPACITY', 'CLOUD_SPEND', 'INFRASTRUCTURE')),
  amount         numeric(20, 4) check (amount > 0),
  unit           text check (unit in ('USD', 'GW')),
  qualifier      text check (qualifier in ('EXACT', 'UP_TO', 'AT_LEAST', 'ABOUT', 'MORE_THAN')),
  amount_text    text,
  resource       text,
  horizon        text,
  modality       text not null check (modality in ('ANNOUNCED', 'PLANNED', 'PLEDGED', 'REPORTED', 'AGREED')),
  description    text not null,
  claim_group    slug,
  date_earliest  date,
  date_latest    date,
  date_precision date_precision,
  date_text      text,
  check (date_earliest <= date_latest),
  check ((date_precision is null) = (date_text is null)),
  -- An amount never stands without its unit and qualifier, and the words it came from.
  check ((amount is null) = (unit is null) and (amount is null) = (qualifier is null)),
  check (amount is null or amount_text is not null)
);
create index commitment_deal_idx on commitment (deal_id);
create index commitment_committer_idx on commitment (committer_id);
create index commitment_recipient_idx on commitment (recipient_id);

create table exclusivity_term (
  id                      bigint generated always as identity primary key,
  slug                    slug not null unique,
  deal_id                 bigint references deal (id),
  grantor_id              bigint not null references organization (id),
  holder_id               bigint not null references organization (id),
  scope                   text not null,
  status                  text not null check (status in ('ANNOUNCED', 'IN_FORCE', 'ENDED', 'SUPERSEDED')),
  valid_from_earliest     date,
  valid_from_latest       date,
  valid_from_precision    date_precision,
  valid_from_text         text,
  valid_to_earliest       date,
  valid_to_latest         date,
  valid_to_precision      date_precision,
  valid_to_text           text,
  superseded_by_term_id   bigint references exclusivity_term (id),
  superseded_by_event_id  bigint references event (id),
  check (valid_from_earliest <= valid_from_latest),
  check (valid_to_earliest <= valid_to_latest),
  check ((valid_from_precision is null) = (valid_from_text is null)),
  check ((valid_to_precision is null) = (valid_to_text is null)),
  check (superseded_by_term_id is null or superseded_by_term_id <> id)
);
create index exclusivity_term_deal_idx on exclusivity_term (deal_id);
create index exclusivity_term_grantor_idx on exclusivity_term (grantor_id);
create index exclusivity_term_holder_idx on exclusivity_term (holder_id);

create table statement (
  id             bigint generated always as identity primary key,
  slug           slug not null unique,
  quote          text not null,
  channel        text not null check (channel in ('MEMO', 'JOINT_STATEMENT', 'REMARKS', 'PUBLIC_STATEMENT')),
  deal_id        bigint references deal (id),
  date_earliest  date,
  date_latest    date,
  date_precision date_precision,
  date_text      text,
  check (date_earliest <= date_latest),
  check ((date_precision is null) = (date_text is null))
);
create index statement_deal_idx on statement (deal_id);

create table statement_speaker (
  id              bigint generated always as identity primary key,
  statement_id    bigint not null references statement (id) on delete cascade,
  person_id       bigint references person (id),
  organization_id bigint references organization (id),
  check (person_id is not null or organization_id is not null)
);
create index statement_speaker_statement_idx on statement_speaker (statement_id);
create index statement_speaker_person_idx on statement_speaker (person_id);
create index statement_speaker_organization_idx on statement_speaker (organization_id);

-- One citation links one fact to one source; exactly one fact column is set.
create table citation (
  id                  bigint generated always as identity primary key,
  source_id           bigint not null references source (id),
  excerpt             text not null,
  start_offset        integer not null check (start_offset >= 0),
  end_offset          integer not null,
  credited_outlet     text,
  organization_id     bigint references organization (id) on delete cascade,
  person_id           bigint references person (id) on delete cascade,
  deal_id             bigint references deal (id) on delete cascade,
  deal_party_id       bigint references deal_party (id) on delete cascade,
  commitment_id       bigint references commitment (id) on delete cascade,
  exclusivity_term_id bigint references exclusivity_term (id) on delete cascade,
  statement_id        bigint references statement (id) on delete cascade,
  event_id            bigint references event (id) on delete cascade,
  check (end_offset > start_offset),
  check (num_nonnulls(organization_id, person_id, deal_id, deal_party_id, commitment_id, exclusivity_term_id,
                      statement_id, event_id) = 1)
);
create index citation_source_idx on citation (source_id);
create index citation_organization_idx on citation (organization_id) where organization_id is not null;
create index citation_person_idx on citation (person_id) where person_id is not null;
create index citation_deal_idx on citation (deal_id) where deal_id is not null;
create index citation_deal_party_idx on citation (deal_party_id) where deal_party_id is not null;
create index citation_commitment_idx on citation (commitment_id) where commitment_id is not null;
create index citation_exclusivity_term_idx on citation (exclusivity_term_id) where exclusivity_term_id is not null;
create index citation_statement_idx on citation (statement_id) where statement_id is not null;
create index citation_event_idx on citation (event_id) where event_id is not null;

-- What the seed loader last loaded, so a second load of the same files changes nothing.
create table seed_state (
  id         integer primary key check (id = 1),
  checksum   char(64) not null,
  loaded_at  timestamptz not null default now(),
  file_count integer not null
);
