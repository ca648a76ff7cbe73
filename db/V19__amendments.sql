-- Amendments (issue 18): a commitment that enlarges, replaces or ends an earlier one names it, so
-- totals and "in force" never count both. The earlier one ends when its amendment is made (its
-- date, or its deal's start), or at its period's or deal's end if one of those comes first; totals
-- leave out a commitment whose amendment had been made (by the day asked asOf, or at all).
-- Terms amend each other through supersededBy (V1) already.

alter table commitment
  add column amends_id bigint references commitment (id),
  add column amendment text check (amendment in ('ENLARGES', 'REPLACES', 'ENDS')),
  add check ((amends_id is null) = (amendment is null)),
  add check (amends_id is null or amends_id <> id);
create index commitment_amends_idx on commitment (amends_id) where amends_id is not null;
alter table commitment_aud
  add column amends_id bigint,
  add column amendment text;

-- The first of two fuzzy ends: the one that surely comes first, else the span from the earlier
-- earliest (open if either is) to the earlier latest. An absent end (no precision) is no end.
create type fuzzy_end as (earliest date, latest date, precision date_precision);
create function dg_first_end(a_earliest date, a_latest date, a_precision date_precision,
                             b_earliest date, b_latest date, b_precision date_precision)
  returns fuzzy_end language sql immutable parallel safe as $$
  select case
    when a_precision is null then row(b_earliest, b_latest, b_precision)::fuzzy_end
    when b_precision is null or a_latest <= b_earliest then row(a_earliest, a_latest, a_precision)::fuzzy_end
    when b_latest <= a_earliest then row(b_earliest, b_latest, b_precision)::fuzzy_end
    else row(case when a_earliest is null or b_earliest is null then null else least(a_earliest, b_earliest) end,
             least(a_latest, b_latest), 'RANGE')::fuzzy_end
  end
$$;

create or replace view commitment_timing as
select c.id as commitment_id,
       case when c.date_precision is not null then c.date_earliest else dt.start_earliest end as start_earliest,
       case when c.date_precision is not null then c.date_latest else dt.start_latest end as start_latest,
       coalesce(c.date_precision, dt.start_precision) as start_precision,
       (x.e).earliest as end_earliest, (x.e).latest as end_latest, (x.e).precision as end_precision
from commitment c
left join deal_timing dt on dt.deal_id = c.deal_id
cross join lateral (
  select dg_first_end((p.e).earliest, (p.e).latest, (p.e).precision,
                      am.date_earliest, am.date_latest, am.date_precision) as e
  from (select dg_first_end(c.period_end_earliest, c.period_end_latest, c.period_end_precision,
                            dt.end_earliest, dt.end_latest, dt.end_precision) as e) p
  left join lateral (
    select b.date_earliest, b.date_latest, b.date_precision from commitment b
    where b.amends_id = c.id and b.date_precision is not null
    order by b.date_earliest nulls first, b.id limit 1) am on true) x;

select history.rebuild();
grant execute on function dg_first_end(date, date, date_precision, date, date, date_precision) to "${reader_user}";
