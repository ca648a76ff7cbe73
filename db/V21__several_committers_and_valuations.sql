-- Several parties on a commitment, and a deal's valuation (issue 18).
--
-- A report often states that a group committed together: a funding round and its investors, a
-- venture's backers. The commitment keeps its first-named committer (committer_id: totals by
-- committer count the group's amount once, under it, since sources rarely state each share); the
-- others of the group are rows of commitment_committer, versioned like event_organization.
--
-- A deal may state what it values an organization at ("at a $300 billion valuation"): money,
-- before or after the deal's own money where the source says which, in the source's words.

create table commitment_committer (
  commitment_id   bigint not null references commitment (id) on delete cascade,
  organization_id bigint not null references organization (id),
  primary key (commitment_id, organization_id)
);
create index commitment_committer_organization_idx on commitment_committer (organization_id);

create table commitment_committer_aud (like commitment_committer);
alter table commitment_committer_aud
  add column rev bigint not null references release (number),
  add column revtype smallint not null check (revtype in (0, 1, 2)),
  add column revend bigint references release (number),
  add column revend_tstmp timestamp,
  add primary key (commitment_id, organization_id, rev);
create index commitment_committer_aud_rev_idx on commitment_committer_aud (rev);
create index commitment_committer_aud_revend_idx on commitment_committer_aud (revend) where revend is not null;

alter table deal
  add column valuation_organization_id bigint references organization (id),
  add column valuation_amount numeric(20, 4) check (valuation_amount > 0),
  add column valuation_unit text check (valuation_unit in ('USD', 'GW', 'MW', 'COUNT', 'OTHER_CURRENCY')),
  add column valuation_currency text check (valuation_currency ~ '^[A-Z]{3}$' and valuation_currency <> 'USD'),
  -- Always null: a valuation is money. The column lets it read as every other Quantity does.
  add column valuation_count_of text check (valuation_count_of is null),
  add column valuation_qualifier text check (valuation_qualifier in ('EXACT', 'UP_TO', 'AT_LEAST', 'ABOUT', 'MORE_THAN', 'ORDER_OF')),
  add column valuation_basis text check (valuation_basis in ('PRE_MONEY', 'POST_MONEY', 'UNSTATED')),
  add column valuation_text text,
  add check ((valuation_amount is null) = (valuation_organization_id is null)
             and (valuation_amount is null) = (valuation_unit is null)
             and (valuation_amount is null) = (valuation_qualifier is null)
             and (valuation_amount is null) = (valuation_basis is null)
             and (valuation_amount is null) = (valuation_text is null)),
  add check (coalesce(valuation_unit = 'OTHER_CURRENCY', false) = (valuation_currency is not null)),
  -- Units and qualifiers are the Quantity's (one vocabulary); a valuation is money, stated as a figure.
  add check (valuation_amount is null or (valuation_unit in ('USD', 'OTHER_CURRENCY') and valuation_qualifier <> 'ORDER_OF'));
create index deal_valuation_organization_idx on deal (valuation_organization_id) where valuation_organization_id is not null;
alter table deal_aud
  add column valuation_organization_id bigint,
  add column valuation_amount numeric(20, 4),
  add column valuation_unit text,
  add column valuation_currency text,
  add column valuation_count_of text,
  add column valuation_qualifier text,
  add column valuation_basis text,
  add column valuation_text text;

-- A commitment's further committers are part of its versions, as an event's organizations are.
-- history.value_text reads a number as a number: an id goes in as text, so it reads as its slug.
-- The speakers and organizations of statements and events passed their ids as numbers, so a change
-- named them by id ("8"); they now read as slugs too.
insert into history.fact_item values
  (20, 'commitment_committer', 'commitment_id, organization_id', 'commitment_id', 'Commitment', 'committers',
   'history.value_text(''commitment_committer'', ''organization_id'', to_jsonb(v.organization_id::text), v.rev)');
update history.fact_item
set value = regexp_replace(value, 'to_jsonb\(v\.(person_id|organization_id)\)', 'to_jsonb(v.\1::text)', 'g')
where table_name in ('statement_speaker', 'event_organization');

select history.rebuild();
select history.rebuild_changes();
grant select on commitment_committer, commitment_committer_aud to "${reader_user}";
grant execute on all functions in schema history to "${reader_user}";
