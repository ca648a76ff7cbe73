-- What PostGraphile needs to answer the benchmark's questions that plain tables and foreign keys do
-- not express: the same SQL semantics as our API (the in_force() function and timing views, the
-- search_document view, the totals' rules), exposed only in the bench-owned schema `bench`, as
-- computed columns and root functions. Nothing here changes the public schema.
\set ON_ERROR_STOP on
set client_min_messages = warning;
drop schema if exists bench cascade;
create schema bench;
grant usage on schema bench to dealgraph_reader;

-- Our deals' default order: earliest possible announcement day, undated deals last, then id.
-- (9999-12-31 stands in for our 'infinity': PostGraphile's cursors carry an infinite date as null.)
create function bench.deal_announced_sort(d public.deal) returns date language sql immutable parallel safe as
$$ select coalesce(d.announced_earliest, d.announced_latest, '9999-12-31'::date) $$;
comment on function bench.deal_announced_sort(public.deal) is E'@behavior +orderBy +proc:orderBy';

-- exclusivityHeld(asOf:): terms the organization holds that were not out of force on the day, in
-- our order (earliest possible start, undated last, then id); inForce(on:) per term.
create function bench.organization_exclusivity_held_as_of(o public.organization, as_of date)
  returns setof public.exclusivity_term language sql stable parallel safe as $$
  select t.* from public.exclusivity_term t
  join public.exclusivity_term_timing tt on tt.term_id = t.id
  where t.holder_id = o.id
    and public.in_force(as_of, tt.start_earliest, tt.start_latest, tt.start_precision,
                        tt.end_earliest, tt.end_latest, tt.end_precision) <> 'FALSE'
  order by coalesce(t.valid_from_earliest, t.valid_from_latest, 'infinity'::date), t.id
$$;
create function bench.exclusivity_term_in_force(t public.exclusivity_term, "on" date) returns text
  language sql stable parallel safe as $$
  select public.in_force("on", tt.start_earliest, tt.start_latest, tt.start_precision,
                         tt.end_earliest, tt.end_latest, tt.end_precision)
  from public.exclusivity_term_timing tt where tt.term_id = t.id
$$;

-- search(query:): websearch_to_tsquery over search_document, best ts_rank_cd first, then id
-- descending (our order); score and snippet as computed columns with the same ts_headline options.
create function bench.search(query text) returns setof public.search_document language sql stable parallel safe as $$
  select d.* from public.search_document d, websearch_to_tsquery('english', query) q
  where d.tsv @@ q
  order by ts_rank_cd(d.tsv, q) desc, d.id desc
$$;
create function bench.search_document_score(d public.search_document, query text) returns real
  language sql stable parallel safe as $$ select ts_rank_cd(d.tsv, websearch_to_tsquery('english', query)) $$;
create function bench.search_document_snippet(d public.search_document, query text) returns text
  language sql stable parallel safe as $$
  select ts_headline('english', d.body, websearch_to_tsquery('english', query),
    'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MinWords=6, MaxWords=24, FragmentDelimiter=" … "')
$$;

-- commitmentTotals(groupBy: [COMMITTER], filter: {recipient:}): sums per committer and unit of the
-- preferred claims that are not parts of larger commitments; and what was left out.
create type bench.commitment_total as (committer_slug text, committer_name text, unit text, total numeric,
                                       count integer, qualifiers text[]);
create function bench.commitment_totals(recipient text) returns setof bench.commitment_total
  language sql stable parallel safe as $$
  select o.slug, o.name, c.unit, sum(c.amount), count(*)::int,
         array_agg(distinct c.qualifier order by c.qualifier)
  from public.commitment c join public.organization o on o.id = c.committer_id
  where c.recipient_id = (select id from public.organization where slug = recipient)
    and c.amount is not null and (c.claim_group is null or c.claim_preferred) and c.part_of_id is null
  group by c.committer_id, o.slug, o.name, c.unit
  order by c.unit, sum(c.amount) desc, c.committer_id
$$;
create type bench.commitment_totals_skipped as (without_amount integer, competing_claims_skipped integer,
                                                parts_skipped integer);
create function bench.commitment_totals_skipped(recipient text) returns bench.commitment_totals_skipped
  language sql stable parallel safe as $$
  select (count(*) filter (where c.amount is null))::int,
         (count(*) filter (where c.amount is not null and c.claim_group is not null and not c.claim_preferred))::int,
         (count(*) filter (where c.amount is not null and c.part_of_id is not null
                                 and (c.claim_group is null or c.claim_preferred)))::int
  from public.commitment c
  where c.recipient_id = (select id from public.organization where slug = recipient)
$$;

grant execute on all functions in schema bench to dealgraph_reader;

-- PostGraphile pages deals by its own sort expression above; give it the same kind of index our
-- API's default order has (db/V4__index_default_orders.sql), so neither system sorts every deal
-- to serve a page. (An index on public.deal, created by the benchmark only.)
create index if not exists bench_deal_announced_sort_idx
  on public.deal ((coalesce(announced_earliest, announced_latest, '9999-12-31'::date)), id);
