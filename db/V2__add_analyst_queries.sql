-- Analyst queries: time travel, competing claims, full-text search, timeline, and the indexes
-- behind every filter and order.

create extension if not exists pg_trgm;

-- A commitment stated as part of a larger one (a first tranche), so totals never count it twice.
alter table commitment add column part_of_id bigint references commitment (id);
alter table commitment add constraint commitment_not_part_of_itself check (part_of_id <> id);
create index commitment_part_of_idx on commitment (part_of_id) where part_of_id is not null;

-- Competing claims: one claim per group is preferred by the curators.
alter table commitment add column claim_preferred boolean not null default false;
alter table commitment add constraint commitment_preferred_needs_group
  check (not claim_preferred or claim_group is not null);
create unique index commitment_one_preferred_claim on commitment (claim_group) where claim_preferred;
create index commitment_claim_group_idx on commitment (claim_group) where claim_group is not null;

-- Whether something with a fuzzy start and a fuzzy end was in force on a day: TRUE, FALSE, or
-- UNKNOWN when the day falls inside an uncertain span. In force from its start day, no longer
-- on its end day. No start at all is UNKNOWN; no end at all means it has not ended.
create function in_force(as_of date,
                         start_earliest date, start_latest date, start_precision text,
                         end_earliest date, end_latest date, end_precision text)
  returns text language sql immutable parallel safe as $$
  select case
    when start_state = 'FALSE' or end_state = 'FALSE' then 'FALSE'
    when start_state = 'TRUE' and end_state = 'TRUE' then 'TRUE'
    else 'UNKNOWN'
  end
  from (select
    case
      when start_precision is null then 'UNKNOWN'
      when start_latest is not null and start_latest <= as_of then 'TRUE'
      when start_earliest is not null and start_earliest > as_of then 'FALSE'
      else 'UNKNOWN'
    end as start_state,
    case
      when end_precision is null then 'TRUE'
      when end_latest is not null and end_latest <= as_of then 'FALSE'
      when end_earliest is not null and end_earliest > as_of then 'TRUE'
      else 'UNKNOWN'
    end as end_state) s
$$;

-- When a deal was in force: from its effective date, or its announcement where no effective date
-- is stated, until it ended.
create view deal_timing as
select d.id as deal_id,
       case when d.effective_precision is not null then d.effective_earliest else d.announced_earliest end as start_earliest,
       case when d.effective_precision is not null then d.effective_latest else d.announced_latest end as start_latest,
       coalesce(d.effective_precision, d.announced_precision) as start_precision,
       d.ended_earliest as end_earliest, d.ended_latest as end_latest, d.ended_precision as end_precision
from deal d;

-- When an exclusivity term was in force: from its stated start, or, where no source states one,
-- from its deal's start; until its stated end, or the event that ended it, or the start of the
-- term that replaced it.
create view exclusivity_term_timing as
select t.id as term_id,
       case when t.valid_from_precision is not null then t.valid_from_earliest else dt.start_earliest end as start_earliest,
       case when t.valid_from_precision is not null then t.valid_from_latest else dt.start_latest end as start_latest,
       coalesce(t.valid_from_precision, dt.start_precision) as start_precision,
       case when t.valid_to_precision is not null then t.valid_to_earliest
            when e.id is not null then e.date_earliest else nt.valid_from_earliest end as end_earliest,
       case when t.valid_to_precision is not null then t.valid_to_latest
            when e.id is not null then e.date_latest else nt.valid_from_latest end as end_latest,
       coalesce(t.valid_to_precision, e.date_precision, nt.valid_from_precision) as end_precision
from exclusivity_term t
left join deal_timing dt on dt.deal_id = t.deal_id
left join event e on e.id = t.superseded_by_event_id
left join exclusivity_term nt on nt.id = t.superseded_by_term_id;

-- A commitment holds from its date (or its deal's start) until its deal ends.
create view commitment_timing as
select c.id as commitment_id,
       case when c.date_precision is not null then c.date_earliest else dt.start_earliest end as start_earliest,
       case when c.date_precision is not null then c.date_latest else dt.start_latest end as start_latest,
       coalesce(c.date_precision, dt.start_precision) as start_precision,
       dt.end_earliest, dt.end_latest, dt.end_precision
from commitment c
left join deal_timing dt on dt.deal_id = c.deal_id;

-- Full-text search over facts, quotes and source texts. Refreshed by the seed loader.
create materialized view search_document as
select (1::bigint << 40) + d.id as id, 'DEAL' as kind, d.id as fact_id, d.title,
       concat_ws(' — ', d.title, d.summary) as body,
       setweight(to_tsvector('english', d.title), 'A') || setweight(to_tsvector('english', d.summary), 'B') as tsv
from deal d
union all
select (2::bigint << 40) + c.id, 'COMMITMENT', c.id, c.description,
       concat_ws(' — ', c.description, c.resource, c.amount_text, o.name, r.name),
       setweight(to_tsvector('english', c.description), 'A')
         || setweight(to_tsvector('english', concat_ws(' ', c.resource, c.amount_text, c.horizon)), 'B')
         || setweight(to_tsvector('english', concat_ws(' ', o.name, r.name)), 'C')
from commitment c
join organization o on o.id = c.committer_id
left join organization r on r.id = c.recipient_id
union all
select (3::bigint << 40) + t.id, 'EXCLUSIVITY_TERM', t.id, t.scope,
       concat_ws(' — ', t.scope, h.name || ' holds, ' || g.name || ' grants'),
       setweight(to_tsvector('english', t.scope), 'A') || setweight(to_tsvector('english', h.name || ' ' || g.name), 'C')
from exclusivity_term t
join organization h on h.id = t.holder_id
join organization g on g.id = t.grantor_id
union all
select (4::bigint << 40) + s.id, 'STATEMENT', s.id, s.quote,
       concat_ws(' — ', s.quote, sp.names),
       setweight(to_tsvector('english', s.quote), 'A') || setweight(to_tsvector('english', coalesce(sp.names, '')), 'B')
from statement s
left join (select ss.statement_id, string_agg(concat_ws(' ', p.name, p.role, o.name), ', ') as names
           from statement_speaker ss
           left join person p on p.id = ss.person_id
           left join organization o on o.id = coalesce(ss.organization_id, p.organization_id)
           group by ss.statement_id) sp on sp.statement_id = s.id
union all
select (5::bigint << 40) + e.id, 'EVENT', e.id, e.title,
       concat_ws(' — ', e.title, e.description),
       setweight(to_tsvector('english', e.title), 'A') || setweight(to_tsvector('english', e.description), 'B')
from event e
union all
select (6::bigint << 40) + s.id, 'SOURCE', s.id, s.title,
       s.content,
       setweight(to_tsvector('english', s.title), 'A') || setweight(to_tsvector('english', s.content), 'D')
from source s
union all
select (7::bigint << 40) + o.id, 'ORGANIZATION', o.id, o.name,
       concat_ws(' — ', o.name, a.names),
       setweight(to_tsvector('english', o.name || ' ' || coalesce(a.names, '')), 'A')
         || setweight(to_tsvector('simple', o.name || ' ' || coalesce(a.names, '')), 'A')
from organization o
left join (select organization_id, string_agg(value, ' ') as names from organization_alias group by organization_id) a
  on a.organization_id = o.id
union all
select (8::bigint << 40) + p.id, 'PERSON', p.id, p.name,
       concat_ws(' — ', p.name, p.role),
       setweight(to_tsvector('english', p.name), 'A') || setweight(to_tsvector('simple', p.name), 'A')
         || setweight(to_tsvector('english', coalesce(p.role, '')), 'B')
from person p;

create unique index search_document_id_key on search_document (id);
create index search_document_tsv_idx on search_document using gin (tsv);
create index search_document_kind_idx on search_document (kind);

-- The words that occur anywhere, for "did you mean" suggestions on typos. Schema-qualified:
-- PostgreSQL runs materialized view queries with a restricted search_path.
create materialized view search_word as
select word, ndoc from ts_stat($$select to_tsvector('simple', body) from public.search_document$$)
where length(word) >= 3 and word !~ '^[0-9]+$';

create unique index search_word_key on search_word (word);
create index search_word_trgm_idx on search_word using gin (word gin_trgm_ops);

-- Indexes behind the filters of the root connections. Date-range filters compare the open ends
-- of fuzzy dates as -infinity/infinity, so the span indexes are on those same expressions.
create index deal_kind_idx on deal (kind);
create index deal_status_idx on deal (status);
create index deal_announced_span_idx on deal (coalesce(announced_earliest, '-infinity'::date), coalesce(announced_latest, 'infinity'::date));
create index deal_party_role_idx on deal_party (role, organization_id);
create index commitment_unit_amount_idx on commitment (unit, amount);
create index commitment_kind_idx on commitment (kind);
create index commitment_modality_idx on commitment (modality);
create index commitment_date_span_idx on commitment (coalesce(date_earliest, '-infinity'::date), coalesce(date_latest, 'infinity'::date));
create index exclusivity_term_status_idx on exclusivity_term (status);
create index exclusivity_term_valid_from_idx on exclusivity_term (valid_from_earliest);
create index statement_channel_idx on statement (channel);
create index statement_date_span_idx on statement (coalesce(date_earliest, '-infinity'::date), coalesce(date_latest, 'infinity'::date));
create index event_kind_idx on event (kind);
create index event_date_span_idx on event (coalesce(date_earliest, '-infinity'::date), coalesce(date_latest, 'infinity'::date));
create index citation_credited_outlet_idx on citation (lower(credited_outlet)) where credited_outlet is not null;
create index source_publisher_idx on source (lower(publisher)) where publisher is not null;
