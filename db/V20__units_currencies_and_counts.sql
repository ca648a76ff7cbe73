-- Units beyond dollars and gigawatts (issue 18): any ISO 4217 currency, megawatts, and counts of
-- a named thing (chips, cores, data centres). The unit stays one of a few kinds the schema's enum
-- names (USD, GW, MW, COUNT, OTHER_CURRENCY); which currency, and what is counted, are data, so a
-- new currency or a new thing to count needs no schema change. A quantity's unit is the triple
-- (unit, currency, count_of): amounts are only ever added or compared within one triple.
--
-- The dollar is its own unit, USD, as before: currency holds the code of OTHER_CURRENCY only (the
-- API answers USD's currency as USD), so rows written before this stay valid as they are.
--
-- A new qualifier, ORDER_OF, holds an order of magnitude as sources write it ("tens of millions of
-- cores"): the amount is the power of ten it starts at (10000000), the words say the rest.

alter table commitment drop constraint commitment_unit_check,
  drop constraint commitment_qualifier_check,
  add check (unit in ('USD', 'GW', 'MW', 'COUNT', 'OTHER_CURRENCY')),
  add check (qualifier in ('EXACT', 'UP_TO', 'AT_LEAST', 'ABOUT', 'MORE_THAN', 'ORDER_OF')),
  add column currency text check (currency ~ '^[A-Z]{3}$'),
  add column count_of text check (count_of ~ '^[a-z][a-z -]{0,58}[a-z]$');
alter table commitment
  add check (coalesce(unit = 'OTHER_CURRENCY', false) = (currency is not null) and currency <> 'USD'),
  add check (coalesce(unit = 'COUNT', false) = (count_of is not null)),
  add check (qualifier is distinct from 'ORDER_OF' or amount::text ~ '^10+(\.0*)?$');
alter table commitment_aud
  add column currency text,
  add column count_of text;

alter table exclusivity_term drop constraint exclusivity_term_cap_unit_check,
  drop constraint exclusivity_term_cap_qualifier_check,
  add check (cap_unit in ('USD', 'GW', 'MW', 'COUNT', 'OTHER_CURRENCY')),
  add check (cap_qualifier in ('EXACT', 'UP_TO', 'AT_LEAST', 'ABOUT', 'MORE_THAN', 'ORDER_OF')),
  add column cap_currency text check (cap_currency ~ '^[A-Z]{3}$'),
  add column cap_count_of text check (cap_count_of ~ '^[a-z][a-z -]{0,58}[a-z]$');
alter table exclusivity_term
  add check (coalesce(cap_unit = 'OTHER_CURRENCY', false) = (cap_currency is not null) and cap_currency <> 'USD'),
  add check (coalesce(cap_unit = 'COUNT', false) = (cap_count_of is not null)),
  add check (cap_qualifier is distinct from 'ORDER_OF' or cap_amount::text ~ '^10+(\.0*)?$');
alter table exclusivity_term_aud
  add column cap_currency text,
  add column cap_count_of text;

-- The words of an order of magnitude: 10 is tens, 100 hundreds, 1000 thousands, 10000000 tens of
-- millions, 100000000000 hundreds of billions.
create function dg_magnitude_words(n numeric) returns text
  language sql immutable parallel safe as $$
  select case (length(split_part(trim_scale(n)::text, '.', 1)) - 1) % 3 when 1 then 'tens' when 2 then 'hundreds' else '' end
      || case when length(split_part(trim_scale(n)::text, '.', 1)) - 1 >= 3 and (length(split_part(trim_scale(n)::text, '.', 1)) - 1) % 3 <> 0
              then ' of ' else '' end
      || case (length(split_part(trim_scale(n)::text, '.', 1)) - 1) / 3
           when 0 then '' when 1 then 'thousands' when 2 then 'millions' when 3 then 'billions' when 4 then 'trillions'
           else 'tens of trillions' end
$$;

-- Quantity.text(): the qualifier's words, then the amount in its unit, as the press writes it:
-- `up to $50 billion`, `2 GW`, `300 MW`, `EUR 5 billion`, `1.2 million chips`, and an order of
-- magnitude in words: `tens of millions of cores`, `tens of billions of dollars`.
create function dg_quantity_text(amount numeric, unit text, currency text, count_of text, qualifier text) returns text
  language sql immutable parallel safe as $$
  select case when qualifier = 'ORDER_OF' then
           dg_magnitude_words(amount)
           || case unit when 'USD' then ' of dollars' when 'OTHER_CURRENCY' then ' of ' || currency
                        when 'COUNT' then ' of ' || count_of else ' of ' || unit end
         else
           case qualifier when 'UP_TO' then 'up to ' when 'AT_LEAST' then 'at least ' when 'ABOUT' then 'about '
                          when 'MORE_THAN' then 'more than ' else '' end
           || case unit when 'USD' then '$' || dg_money_words(amount)
                        when 'OTHER_CURRENCY' then currency || ' ' || dg_money_words(amount)
                        when 'COUNT' then dg_money_words(amount) || ' ' || count_of
                        else dg_digits(amount) || ' ' || unit end
         end
$$;
drop function dg_quantity_text(numeric, text, text);

-- Claims disagree on a unit when its kind, currency or thing counted differ: the value is the unit
-- as people name it (USD, EUR, GW, MW, chips).
create or replace view claim_value as
with claim as (
  select c.*, cp.slug as committer_slug, rp.slug as recipient_slug,
         row_number() over (partition by c.claim_group order by c.claim_preferred desc, c.id) as claim_ord,
         first_value(c.id) over (partition by c.claim_group order by c.claim_preferred desc, c.id) as preferred_id
  from commitment c
  join organization cp on cp.id = c.committer_id
  left join organization rp on rp.id = c.recipient_id
  where c.claim_group is not null
), stated as (
  select claim.claim_group, a.attribute_ord, a.attribute, a.value, claim.id, claim.claim_ord, claim.preferred_id
  from claim cross join lateral (values
    (1, 'AMOUNT', case when claim.amount is null then 'not stated' else trim_scale(claim.amount)::text end),
    (2, 'UNIT', case when claim.amount is null then 'not stated' else coalesce(claim.currency, claim.count_of, claim.unit) end),
    (3, 'QUALIFIER', case when claim.amount is null then 'not stated' else claim.qualifier end),
    (4, 'MODALITY', claim.modality),
    (5, 'DATE', case when claim.date_precision is null then 'not stated'
                     else dg_fuzzy_display(claim.date_earliest, claim.date_latest, claim.date_precision) end),
    (6, 'COMMITTER', claim.committer_slug),
    (7, 'RECIPIENT', coalesce(claim.recipient_slug, 'not stated'))) a(attribute_ord, attribute, value)
), valued as (
  select claim_group, attribute_ord, attribute, value, min(claim_ord) as value_ord,
         array_agg(id order by claim_ord) as claim_ids, bool_or(id = preferred_id) as preferred,
         count(*) over (partition by claim_group, attribute) as values_stated
  from stated
  group by claim_group, attribute_ord, attribute, value
)
select v.claim_group, v.attribute_ord, v.attribute, v.value, v.value_ord, v.claim_ids, v.preferred
from valued v
where v.values_stated > 1
  and (v.attribute <> 'DATE' or exists (
    select 1 from commitment a join commitment b on b.claim_group = a.claim_group
    where a.claim_group = v.claim_group and a.date_latest < b.date_earliest));

select history.rebuild();
grant execute on function dg_magnitude_words(numeric) to "${reader_user}";
grant execute on function dg_quantity_text(numeric, text, text, text, text) to "${reader_user}";
