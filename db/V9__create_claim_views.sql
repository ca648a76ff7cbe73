-- The disagreements between competing claims (ClaimGroup.disagreements), as views the read
-- compiler lists: for each claim group and attribute, each distinct value the claims state, in
-- the order of the group's claims (the preferred one first, then by id), with the claims that
-- state it. Values read as ClaimGroup's Java did: amounts without trailing zeros, dates as their
-- display, organizations by slug, 'not stated' where a claim gives none. An attribute is listed
-- only when the claims state more than one value of it; a date only when two claims' spans cannot
-- overlap ("2026-02-27" sits inside "early 2026").

create view claim_value as
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
    (2, 'UNIT', case when claim.amount is null then 'not stated' else claim.unit end),
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

create view claim_disagreement as
select distinct claim_group, attribute_ord, attribute from claim_value;
