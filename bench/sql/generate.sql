-- Deterministic dataset generator for the benchmark: adds scale factor :sf of generated facts to the
-- curated seeds (SF1 = the seeds alone; run only for sf >= 2). Run as the owner (postgres):
--   psql -v sf=1000 -f bench/sql/generate.sql
-- Sizes per SF: 100 deals, 10 organizations, 5 people, 1 source (at least 20); per deal about
-- 3 parties, 1.9 commitments, 0.5 exclusivity terms, 1 statement, 1.5 events and 11 citations
-- in all (SF1000: 10^5 deals, 1.1 * 10^6 citations).
-- Every value comes from hashint8extended(key, salt), never random(), so a run gives the same rows
-- whatever the plan. Two releases' worth of history follow the rows (see the end). Generated ids start at 10^7 (seeds keep theirs); every CHECK, foreign key,
-- unique index and the slug domain hold.

\set ON_ERROR_STOP on
set client_min_messages = warning;
set synchronous_commit = off;
set max_parallel_workers_per_gather = 0;
set maintenance_work_mem = '512MB';
set work_mem = '64MB';

begin;

drop schema if exists bench_gen cascade;
create schema bench_gen;

-- Uniform in [0, 1) from a key and a salt.
create function bench_gen.u(k bigint, salt int) returns double precision language sql immutable as
$$ select (abs(hashint8extended(k, salt) % 1000000000))::double precision / 1e9 $$;
-- An integer in [1, n].
create function bench_gen.pick(k bigint, salt int, n bigint) returns bigint language sql immutable as
$$ select 1 + floor(bench_gen.u(k, salt) * n)::bigint $$;
-- Skewed towards 1 (a few hubs take part in many deals): P(x <= k) = (k / n) ^ 0.4.
create function bench_gen.hub(k bigint, salt int, n bigint) returns bigint language sql immutable as
$$ select least(n, 1 + floor(power(bench_gen.u(k, salt), 2.5) * n)::bigint) $$;
create function bench_gen.word(k bigint, salt int, words text[]) returns text language sql immutable as
$$ select words[bench_gen.pick(k, salt, cardinality(words))] $$;

create table bench_gen.size as
select :sf::bigint as sf, 10 * :sf::bigint as orgs, 5 * :sf::bigint as people,
       greatest(20, :sf::bigint) as sources, 100 * :sf::bigint as deals, 10000000::bigint as base;

-- Words ---------------------------------------------------------------------------------------
create table bench_gen.words as select
  array['Nimbus','Vertex','Quantum','Helios','Aurora','Cobalt','Atlas','Orion','Zenith','Nova','Polar','Summit',
        'Titan','Lumen','Vector','Apex','Cirrus','Stratus','Falcon','Beacon','Meridian','Sierra','Granite','Harbor'] as prefix,
  array['Compute','Cloud','AI','Systems','Labs','Networks','Capital','Ventures','Power','Semiconductor','Data',
        'Robotics','Energy','Analytics','Holdings','Infrastructure'] as suffix,
  array['Alex','Maria','Wei','Priya','Jonas','Aisha','Carlos','Yuki','Fatima','Liam','Noor','Ivan','Grace','Omar'] as first_name,
  array['Chen','Garcia','Novak','Okafor','Schmidt','Tanaka','Haddad','Silva','Kowalski','Dubois','Rossi','Nguyen'] as last_name,
  array['Chief executive officer','Chief financial officer','Chief technology officer','President',
        'Head of cloud partnerships','General counsel','Spokesperson','Chief revenue officer'] as role,
  array['Reuters','Bloomberg','CNBC','The Information','TechCrunch','Financial Times','The Verge',
        'Wall Street Journal','Data Center Dynamics','Nikkei Asia'] as publisher,
  array['cnbc.com','reuters.com','bloomberg.com','ft.com','theinformation.com','Cailian Press','wsj.com',
        'cnbc.com, reuters.com','company blog','press release'] as outlet,
  array['The company','Executives','Analysts','The partnership','A spokesperson','Investors','The cloud provider',
        'The startup','Regulators','People familiar with the matter'] as subject,
  array['expects to expand','plans to invest in','agreed to supply','will deploy','committed to','is negotiating',
        'reported growth in','announced','is evaluating','signed a contract for'] as verb,
  array['GPU capacity','data center campuses','custom accelerators','inference services','training compute',
        'model distribution','exclusive licensing rights','power purchase agreements','cloud credits',
        'networking equipment','liquid cooling','sovereign cloud regions'] as object,
  array['over the next four years','in the second half of the year','across three regions',
        'according to people familiar with the matter','subject to regulatory approval',
        'as demand for AI compute rises','after months of talks','in a filing on Monday'] as tail,
  array['GPU clusters','data center capacity','inference capacity','training compute','custom silicon',
        'cloud services','power capacity','networking','storage','model hosting'] as resource,
  array['stateless APIs','model weights','enterprise distribution','government cloud','reseller rights',
        'first-party hosting','fine-tuning services','on-premises deployments','custom chips','research access'] as scope,
  array['partnership','investment','distribution pact','licensing deal','joint venture','restructuring',
        'cloud agreement','co-development deal'] as kind_word,
  array['PARTNERSHIP','INVESTMENT','DISTRIBUTION','LICENSING','JOINT_VENTURE','RESTRUCTURING','CLOUD_SERVICES',
        'JOINT_DEVELOPMENT'] as deal_kind;

-- A fuzzy date from a day and a precision draw: (earliest, latest, precision, text).
create function bench_gen.fuzzy(day date, draw double precision, out earliest date, out latest date,
                                out prec text, out txt text) language sql immutable as $$
  select case when draw < 0.6 then day when draw < 0.8 then date_trunc('month', day)::date
              when draw < 0.9 then date_trunc('quarter', day)::date else date_trunc('year', day)::date end,
         case when draw < 0.6 then day when draw < 0.8 then (date_trunc('month', day) + interval '1 month - 1 day')::date
              when draw < 0.9 then (date_trunc('quarter', day) + interval '3 months - 1 day')::date
              else (date_trunc('year', day) + interval '1 year - 1 day')::date end,
         case when draw < 0.6 then 'DAY' when draw < 0.8 then 'MONTH' when draw < 0.9 then 'QUARTER' else 'YEAR' end,
         case when draw < 0.6 then to_char(day, 'FMMonth FMDD, YYYY') when draw < 0.8 then to_char(day, 'FMMonth YYYY')
              when draw < 0.9 then 'Q' || extract(quarter from day) || ' ' || extract(year from day)
              else extract(year from day)::text end
$$;

-- Organizations, aliases, people, sources ---------------------------------------------------------
insert into organization (id, slug, name, kind, parent_id, description) overriding system value
select s.base + g,
       lower(w.prefix[p]) || '-' || lower(w.suffix[x]) || '-' || g,
       w.prefix[p] || ' ' || w.suffix[x] || ' ' || g,
       case when w.suffix[x] in ('Capital', 'Ventures') then 'INVESTMENT_FIRM'
            when g > 50 and bench_gen.u(g, 3) < 0.03 then 'BUSINESS_UNIT'
            when bench_gen.u(g, 3) > 0.98 then 'JOINT_VENTURE' else 'COMPANY' end,
       null,
       case when bench_gen.u(g, 4) < 0.7 then 'A ' || lower(w.suffix[x]) || ' company active in AI infrastructure.' end
from bench_gen.size s, bench_gen.words w, generate_series(1, s.orgs) g,
     lateral (select bench_gen.pick(g, 1, cardinality(w.prefix)) as p, bench_gen.pick(g, 2, cardinality(w.suffix)) as x) k;
update organization o set parent_id = s.base + bench_gen.pick(o.id, 5, o.id - s.base - 1)
from bench_gen.size s where o.id > s.base and o.kind = 'BUSINESS_UNIT';

insert into organization_alias (organization_id, kind, value)
select o.id, 'ALIAS', replace(o.name, ' ', '') from organization o, bench_gen.size s
where o.id > s.base and bench_gen.u(o.id, 6) < 0.3
union all
select o.id, 'TICKER', upper(left(split_part(o.name, ' ', 1), 2) || left(split_part(o.name, ' ', 2), 1)) || (o.id - s.base)
from organization o, bench_gen.size s where o.id > s.base and bench_gen.u(o.id, 7) < 0.2;

insert into person (id, slug, name, role, organization_id) overriding system value
select s.base + g, lower(w.first_name[f]) || '-' || lower(w.last_name[l]) || '-' || g,
       w.first_name[f] || ' ' || w.last_name[l],
       case when bench_gen.u(g, 12) < 0.9 then bench_gen.word(g, 13, w.role) end,
       case when bench_gen.u(g, 14) < 0.95 then s.base + bench_gen.hub(g, 15, s.orgs) end
from bench_gen.size s, bench_gen.words w, generate_series(1, s.people) g,
     lateral (select bench_gen.pick(g, 10, cardinality(w.first_name)) as f, bench_gen.pick(g, 11, cardinality(w.last_name)) as l) k;

insert into source (id, slug, file_name, title, publisher, author, published_earliest, published_latest,
                    published_precision, published_text, url, content, content_sha256) overriding system value
select s.base + g, 'generated-article-' || g, 'generated/' || g || '.txt',
       initcap(bench_gen.word(g, 20, w.subject)) || ' ' || bench_gen.word(g, 21, w.verb) || ' '
         || bench_gen.word(g, 22, w.object) || ' ' || bench_gen.word(g, 23, w.tail),
       case when bench_gen.u(g, 24) < 0.9 then bench_gen.word(g, 25, w.publisher) end,
       case when bench_gen.u(g, 26) < 0.6 then bench_gen.word(g, 27, w.first_name) || ' ' || bench_gen.word(g, 28, w.last_name) end,
       d.day, d.day, 'DAY', to_char(d.day, 'FMMonth FMDD, YYYY'), null, c.content,
       encode(sha256(convert_to(c.content, 'UTF8')), 'hex')
from bench_gen.size s, bench_gen.words w, generate_series(1, s.sources) g,
     lateral (select date '2015-01-01' + floor(bench_gen.u(g, 29) * 4100)::int as day) d,
     lateral (select string_agg(bench_gen.word(g * 100 + k, 30, w.subject) || ' ' || bench_gen.word(g * 100 + k, 31, w.verb)
                                || ' ' || bench_gen.word(g * 100 + k, 32, w.object) || ' '
                                || bench_gen.word(g * 100 + k, 33, w.tail) || '.', ' ' order by k) as content
              from generate_series(1, 24 + (g % 16)::int) k) c;

-- Deals and parties ----------------------------------------------------------------------------
create table bench_gen.deal as
select g, s.base + g as id,
       s.base + bench_gen.hub(g, 40, s.orgs) as org1,
       s.base + 1 + (bench_gen.hub(g, 40, s.orgs) + bench_gen.pick(g, 41, s.orgs - 1) - 1) % s.orgs as org2,
       case when bench_gen.u(g, 42) < 0.5 then s.base + bench_gen.pick(g, 43, s.orgs) end as org3,
       bench_gen.pick(g, 44, 8)::int as k,
       date '2015-01-01' + floor(bench_gen.u(g, 45) * 4100)::int as day,
       bench_gen.u(g, 46) as date_draw
from bench_gen.size s, generate_series(1, s.deals) g;
update bench_gen.deal set org3 = null where org3 in (org1, org2);

insert into deal (id, slug, title, kind, status, parent_id, summary,
                  announced_earliest, announced_latest, announced_precision, announced_text,
                  effective_earliest, effective_latest, effective_precision, effective_text,
                  ended_earliest, ended_latest, ended_precision, ended_text) overriding system value
select d.id,
       lower(regexp_replace(a.name || ' ' || b.name || ' ' || w.kind_word[d.k], '[^A-Za-z0-9]+', '-', 'g')) || '-' || d.g,
       a.name || ' and ' || b.name || ' ' || w.kind_word[d.k],
       w.deal_kind[d.k], st.status,
       case when d.g > 100 and bench_gen.u(d.g, 47) < 0.05 then d.id - bench_gen.pick(d.g, 48, least(d.g - 1, 5000)) end,
       a.name || ' and ' || b.name || ' entered a ' || w.kind_word[d.k] || ' covering '
         || bench_gen.word(d.g, 49, w.resource) || ', ' || bench_gen.word(d.g, 50, w.tail) || '.',
       f.earliest, f.latest, f.prec, f.txt,
       case when d.date_draw < 0.95 and bench_gen.u(d.g, 51) < 0.3 then d.day + 30 + (d.g % 170)::int end,
       case when d.date_draw < 0.95 and bench_gen.u(d.g, 51) < 0.3 then d.day + 30 + (d.g % 170)::int end,
       case when d.date_draw < 0.95 and bench_gen.u(d.g, 51) < 0.3 then 'DAY' end,
       case when d.date_draw < 0.95 and bench_gen.u(d.g, 51) < 0.3 then to_char(d.day + 30 + (d.g % 170)::int, 'FMMonth FMDD, YYYY') end,
       case when st.status = 'ENDED' then d.day + 365 + (d.g % 1000)::int end,
       case when st.status = 'ENDED' then d.day + 365 + (d.g % 1000)::int end,
       case when st.status = 'ENDED' then 'DAY' end,
       case when st.status = 'ENDED' then to_char(d.day + 365 + (d.g % 1000)::int, 'FMMonth FMDD, YYYY') end
from bench_gen.deal d cross join bench_gen.words w
join organization a on a.id = d.org1 join organization b on b.id = d.org2
cross join lateral (select case when bench_gen.u(d.g, 52) < 0.1 then 'ENDED' when bench_gen.u(d.g, 52) < 0.5 then 'ACTIVE'
                                when bench_gen.u(d.g, 52) < 0.7 then 'ANNOUNCED' when bench_gen.u(d.g, 52) < 0.85 then 'PLANNED'
                                else 'AMENDED' end as status) st
left join lateral bench_gen.fuzzy(d.day, d.date_draw / 0.95) f on d.date_draw < 0.95
order by d.id;

create table bench_gen.party as
select d.id as deal_id, d.org1 as organization_id,
       (array['INVESTOR','PARTNER','CUSTOMER','LICENSOR','PARTNER','CO_DEVELOPER','PARTNER','CO_DEVELOPER'])[d.k] as role
from bench_gen.deal d
union all
select d.id, d.org2,
       (array['INVESTEE','PARTNER','DISTRIBUTOR','LICENSEE','VENTURE','PARTNER','CLOUD_PROVIDER','CO_DEVELOPER'])[d.k]
from bench_gen.deal d
union all
select d.id, d.org3, 'PARTNER' from bench_gen.deal d where d.org3 is not null;
insert into deal_party (id, deal_id, organization_id, role) overriding system value
select s.base + row_number() over (order by p.deal_id, p.organization_id), p.deal_id, p.organization_id, p.role
from bench_gen.party p, bench_gen.size s order by 1;

-- Events ---------------------------------------------------------------------------------------
insert into event (id, slug, title, kind, deal_id, description, date_earliest, date_latest, date_precision, date_text)
overriding system value
select s.base + d.g * 2 - 2 + e, 'event-' || d.g || '-' || e,
       case e when 1 then dl.title || ' announced' else dl.title || ' ' || lower(ek.kind) end,
       case e when 1 then 'ANNOUNCEMENT' else ek.kind end, d.id,
       case e when 1 then 'The parties announced the ' || w.kind_word[d.k] || '.'
             else 'A later development in the ' || w.kind_word[d.k] || ': ' || bench_gen.word(d.g, 60, w.tail) || '.' end,
       f.earliest, f.latest, f.prec, f.txt
from bench_gen.deal d cross join bench_gen.size s cross join bench_gen.words w
join deal dl on dl.id = d.id
cross join generate_series(1, 2) e
cross join lateral (select (array['AGREEMENT','RESTRUCTURING','MEMO_REPORT','LAUNCH','STATEMENT'])[bench_gen.pick(d.g, 61, 5)] as kind) ek
cross join lateral bench_gen.fuzzy(d.day + (e - 1) * (60 + (d.g % 300)::int), bench_gen.u(d.g * 2 + e, 62)) f
where e = 1 or bench_gen.u(d.g, 63) < 0.5
order by 1;

insert into event_organization (event_id, organization_id)
select e.id, p.organization_id from event e join deal_party p on p.deal_id = e.deal_id, bench_gen.size s
where e.id > s.base
on conflict do nothing;

-- Commitments ----------------------------------------------------------------------------------
create table bench_gen.commitment as
select d.g, c, s.base + d.g * 3 - 3 + c as id, d.id as deal_id, d.org1, d.org2, d.k, d.day,
       bench_gen.u(d.g * 3 + c, 70) as amount_draw, bench_gen.u(d.g * 3 + c, 71) as unit_draw,
       bench_gen.u(d.g, 72) as claim_draw
from bench_gen.deal d cross join bench_gen.size s cross join generate_series(1, 3) c
where c = 1 or (c = 2 and bench_gen.u(d.g, 73) < 0.6) or (c = 3 and bench_gen.u(d.g, 73) < 0.3);

insert into commitment (id, slug, deal_id, committer_id, recipient_id, kind, amount, unit, qualifier, amount_text,
                        resource, horizon, modality, description, claim_group, claim_preferred, part_of_id,
                        date_earliest, date_latest, date_precision, date_text) overriding system value
select c.id, 'commitment-' || c.g || '-' || c.c, c.deal_id, c.org1,
       case when bench_gen.u(c.id, 74) < 0.9 then c.org2 end,
       (array['INVESTMENT','COMPUTE_CAPACITY','CLOUD_SPEND','INFRASTRUCTURE'])[bench_gen.pick(c.id, 75, 4)],
       q.amount, q.unit, q.qualifier, q.amount_text,
       case when bench_gen.u(c.id, 76) < 0.02 then 'Trainium capacity on AWS' else bench_gen.word(c.id, 77, w.resource) end,
       case when bench_gen.u(c.id, 78) < 0.4 then (array['over four years','over five years','through 2030','annually'])[bench_gen.pick(c.id, 79, 4)] end,
       (array['ANNOUNCED','PLANNED','PLEDGED','REPORTED','AGREED'])[bench_gen.pick(c.id, 80, 5)],
       a.name || ' ' || (array['committed','pledged','agreed to provide','plans to spend','said it would invest'])[bench_gen.pick(c.id, 81, 5)]
         || ' ' || coalesce(q.amount_text, 'an undisclosed amount') || ' for '
         || case when bench_gen.u(c.id, 76) < 0.02 then 'Trainium capacity on AWS' else bench_gen.word(c.id, 77, w.resource) end || '.',
       case when c.claim_draw < 0.04 and c.c <= 2 then 'claim-' || c.g end,
       c.claim_draw < 0.04 and c.c = 1,
       case when c.claim_draw >= 0.04 and c.claim_draw < 0.06 and c.c = 2 then c.id - 1 end,
       f.earliest, f.latest, f.prec, f.txt
from bench_gen.commitment c cross join bench_gen.words w
join organization a on a.id = c.org1
cross join lateral (
  select case when c.amount_draw < 0.85 and c.unit_draw < 0.8 then round(power(10, 6 + 5 * bench_gen.u(c.id, 82))::numeric, -6)
              when c.amount_draw < 0.85 then round((0.1 + 5 * bench_gen.u(c.id, 82))::numeric, 1) end as amount,
         case when c.amount_draw < 0.85 and c.unit_draw < 0.8 then 'USD' when c.amount_draw < 0.85 then 'GW' end as unit,
         case when c.amount_draw < 0.85 then (array['EXACT','UP_TO','AT_LEAST','ABOUT','MORE_THAN'])[bench_gen.pick(c.id, 83, 5)] end as qualifier) q0
cross join lateral (
  select q0.amount, q0.unit, q0.qualifier,
         case when q0.unit = 'USD' and q0.amount >= 1e9 then '$' || trim(to_char(q0.amount / 1e9, 'FM999990.999')) || ' billion'
              when q0.unit = 'USD' then '$' || trim(to_char(q0.amount / 1e6, 'FM999990')) || ' million'
              when q0.unit = 'GW' then trim(to_char(q0.amount, 'FM990.0')) || ' gigawatts'
              when bench_gen.u(c.id, 84) < 0.5 then 'billions' end as amount_text) q
left join lateral bench_gen.fuzzy(c.day + (c.c - 1) * 20, bench_gen.u(c.id, 85)) f on bench_gen.u(c.id, 86) < 0.7
order by c.id;

-- Exclusivity terms ----------------------------------------------------------------------------
insert into exclusivity_term (id, slug, deal_id, grantor_id, holder_id, scope, status,
                              valid_from_earliest, valid_from_latest, valid_from_precision, valid_from_text,
                              valid_to_earliest, valid_to_latest, valid_to_precision, valid_to_text,
                              superseded_by_event_id) overriding system value
select s.base + d.g, 'exclusivity-' || d.g, d.id, d.org2, d.org1,
       'exclusive ' || bench_gen.word(d.g, 90, w.scope), st.status,
       f.earliest, f.latest, f.prec, f.txt,
       case when st.status = 'ENDED' then f.latest + 365 + (d.g % 700)::int end,
       case when st.status = 'ENDED' then f.latest + 365 + (d.g % 700)::int end,
       case when st.status = 'ENDED' then 'DAY' end,
       case when st.status = 'ENDED' then to_char(f.latest + 365 + (d.g % 700)::int, 'FMMonth FMDD, YYYY') end,
       case when st.status = 'SUPERSEDED' then s.base + d.g * 2 - 1 end
from bench_gen.deal d cross join bench_gen.size s cross join bench_gen.words w
cross join lateral (select case when bench_gen.u(d.g, 91) < 0.5 then 'IN_FORCE' when bench_gen.u(d.g, 91) < 0.7 then 'ENDED'
                                when bench_gen.u(d.g, 91) < 0.85 then 'SUPERSEDED' else 'ANNOUNCED' end as status) st
cross join lateral bench_gen.fuzzy(d.day + (d.g % 90)::int, bench_gen.u(d.g, 92)) f
where bench_gen.u(d.g, 93) < 0.5
order by 1;
-- A term without a stated start runs from its deal's start: leave 30% of starts unstated.
update exclusivity_term t set valid_from_earliest = null, valid_from_latest = null, valid_from_precision = null,
       valid_from_text = null
from bench_gen.size s where t.id > s.base and t.status <> 'ENDED' and bench_gen.u(t.id, 94) < 0.3;

-- Statements -----------------------------------------------------------------------------------
insert into statement (id, slug, quote, channel, deal_id, date_earliest, date_latest, date_precision, date_text)
overriding system value
select s.base + d.g, 'statement-' || d.g,
       'We ' || bench_gen.word(d.g, 100, w.verb) || ' ' || bench_gen.word(d.g, 101, w.object) || ' '
         || bench_gen.word(d.g, 102, w.tail),
       (array['MEMO','JOINT_STATEMENT','REMARKS','PUBLIC_STATEMENT'])[bench_gen.pick(d.g, 103, 4)], d.id,
       f.earliest, f.latest, f.prec, f.txt
from bench_gen.deal d cross join bench_gen.size s cross join bench_gen.words w
left join lateral bench_gen.fuzzy(d.day + (d.g % 40)::int, bench_gen.u(d.g, 104)) f on bench_gen.u(d.g, 105) < 0.8
order by 1;

insert into statement_speaker (statement_id, person_id, organization_id)
select s.base + d.g, case when bench_gen.u(d.g, 106) < 0.6 then s.base + bench_gen.pick(d.g, 107, s.people) end, d.org1
from bench_gen.deal d, bench_gen.size s
union all
select s.base + d.g, null, d.org2 from bench_gen.deal d, bench_gen.size s where bench_gen.u(d.g, 108) < 0.2;

-- Citations: verbatim excerpts of the generated articles, with their offsets ---------------------
create table bench_gen.fact as
select 'organization_id' as col, o.id as fact_id, 1 as n from organization o, bench_gen.size s where o.id > s.base
union all select 'person_id', p.id, 1 from person p, bench_gen.size s where p.id > s.base
union all select 'deal_id', d.id, 2 from bench_gen.deal d
union all select 'deal_party_id', p.id, 1 from deal_party p, bench_gen.size s where p.id > s.base
union all select 'commitment_id', c.id, 1 + (bench_gen.u(c.id, 110) < 0.5)::int from bench_gen.commitment c
union all select 'exclusivity_term_id', t.id, 1 from exclusivity_term t, bench_gen.size s where t.id > s.base
union all select 'statement_id', t.id, 1 from statement t, bench_gen.size s where t.id > s.base
union all select 'event_id', e.id, 1 from event e, bench_gen.size s where e.id > s.base;

create table bench_gen.source_text as
select row_number() over (order by id) as n, id, content, length(content) as len
from source, bench_gen.size s where id > s.base;

insert into citation (source_id, excerpt, start_offset, end_offset, credited_outlet, organization_id, person_id,
                      deal_id, deal_party_id, commitment_id, exclusivity_term_id, statement_id, event_id)
select st.id, substr(st.content, x.start + 1, x.len), x.start, x.start + x.len,
       case when bench_gen.u(f.fact_id * 7 + i, 113) < 0.3 then bench_gen.word(f.fact_id * 7 + i, 114, w.outlet) end,
       case when f.col = 'organization_id' then f.fact_id end, case when f.col = 'person_id' then f.fact_id end,
       case when f.col = 'deal_id' then f.fact_id end, case when f.col = 'deal_party_id' then f.fact_id end,
       case when f.col = 'commitment_id' then f.fact_id end, case when f.col = 'exclusivity_term_id' then f.fact_id end,
       case when f.col = 'statement_id' then f.fact_id end, case when f.col = 'event_id' then f.fact_id end
from bench_gen.fact f cross join bench_gen.size s cross join bench_gen.words w
cross join generate_series(1, 2) i
join bench_gen.source_text st on st.n = bench_gen.pick(f.fact_id * 7 + i, 111, s.sources)
cross join lateral (select floor(bench_gen.u(f.fact_id * 7 + i, 112) * (st.len - 200))::int as start,
                           40 + (f.fact_id % 120)::int as len) x
where i <= f.n
order by f.col, f.fact_id, i;

-- Identities continue after the generated rows, in case anything is inserted later.
do $$
declare t text;
begin
  foreach t in array array['source','organization','organization_alias','person','deal','deal_party','event',
                           'commitment','exclusivity_term','statement','statement_speaker','citation'] loop
    execute format('select setval(pg_get_serial_sequence(%L, ''id''), greatest(1, (select max(id) from %I)))', t, t);
  end loop;
end $$;

-- History, as Hibernate Envers writes it (db/V12-V14): each generated row's first version is
-- release 1, like the seeds'; then two releases, each changing 2% of the generated deals' titles and
-- commitments' descriptions. The live rows stay as generated (the golden answers at SF100 read
-- them): what changed is the version before, which held an earlier wording until the release
-- (revend); the release's own version is the live row. Their loaded_at is the time of this run, so
-- knownAsOf can name any of them.
do $$
declare
  t text;
  r bigint;
  k int;
  cols text;
begin
  -- By column name: a table's columns added by a later migration come last in its _aud twin.
  foreach t in array array['source','organization','organization_alias','person','deal','deal_party','event',
                           'event_organization','commitment','exclusivity_term','statement','statement_speaker','citation'] loop
    select string_agg(quote_ident(attname), ', ' order by attnum) into cols
    from pg_attribute where attrelid = t::regclass and attnum > 0 and not attisdropped;
    -- Generated rows have ids after the base, but for citations, which take theirs from the
    -- identity after the seeds': a citation has history already only if it is a seed's.
    execute format('insert into %I (%s, rev, revtype) select %s, 1, 0 from %I x where %s',
                   t || '_aud', cols, regexp_replace(cols, '(^|, )', '\1x.', 'g'), t,
                   case when t = 'citation' then 'not exists (select 1 from citation_aud a where a.id = x.id)'
                        when t = 'event_organization' then 'x.event_id > (select base from bench_gen.size)'
                        else 'x.id > (select base from bench_gen.size)' end);
  end loop;
  for k in 1 .. 2 loop
    insert into release (loaded_at, checksum, file_count)
    values (clock_timestamp(), repeat(k::text, 64), 0) returning number into r;
    update deal_aud a set revend = r, revend_tstmp = localtimestamp, title = a.title || ' (before release ' || r || ')'
    from bench_gen.size s where a.id > s.base and a.revend is null and bench_gen.u(a.id, 900 + k) < 0.02;
    select string_agg(quote_ident(attname), ', ' order by attnum) into cols
    from pg_attribute where attrelid = 'deal'::regclass and attnum > 0 and not attisdropped;
    execute format('insert into deal_aud (%s, rev, revtype) select %s, $1, 1 from deal d, bench_gen.size s '
                   'where d.id > s.base and bench_gen.u(d.id, 900 + $2) < 0.02', cols,
                   regexp_replace(cols, '(^|, )', '\1d.', 'g')) using r, k;
    update commitment_aud a set revend = r, revend_tstmp = localtimestamp,
      description = a.description || ' (before release ' || r || ')'
    from bench_gen.size s where a.id > s.base and a.revend is null and bench_gen.u(a.id, 910 + k) < 0.02;
    select string_agg(quote_ident(attname), ', ' order by attnum) into cols
    from pg_attribute where attrelid = 'commitment'::regclass and attnum > 0 and not attisdropped;
    execute format('insert into commitment_aud (%s, rev, revtype) select %s, $1, 1 from commitment c, bench_gen.size s '
                   'where c.id > s.base and bench_gen.u(c.id, 910 + $2) < 0.02', cols,
                   regexp_replace(cols, '(^|, )', '\1c.', 'g')) using r, k;
  end loop;
end $$;

drop schema bench_gen cascade;
commit;

refresh materialized view search_document;
refresh materialized view search_word;
vacuum analyze;
