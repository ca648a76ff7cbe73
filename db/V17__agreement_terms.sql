-- Agreement terms (issue 18): exclusivity is one kind of term among licences, revenue shares,
-- rights of first refusal and first-ship or other preferences. They share exclusivity_term's rows
-- (one status over time, citations, supersession, timing) with a kind and the figures a kind
-- states: a licence whether it is exclusive; a revenue share its payer, payee, percentage and cap
-- where stated (a source may name the share without its direction: both parties null). Terms may
-- compete in claim groups, as commitments do.
--
-- The API's ExclusivityTerm reads the view exclusive_term: the terms that grant exclusivity
-- (EXCLUSIVITY, and an exclusive LICENCE), so its answers keep their meaning; AgreementTerm reads
-- every term.

alter table exclusivity_term
  add column kind text not null default 'EXCLUSIVITY'
    check (kind in ('EXCLUSIVITY', 'LICENCE', 'REVENUE_SHARE', 'RIGHT_OF_FIRST_REFUSAL', 'PREFERENCE')),
  add column exclusive boolean,
  add column payer_id bigint references organization (id),
  add column payee_id bigint references organization (id),
  add column percentage numeric(7, 4) check (percentage > 0 and percentage <= 100),
  add column cap_amount numeric(20, 4) check (cap_amount > 0),
  add column cap_unit text check (cap_unit in ('USD', 'GW')),
  add column cap_qualifier text check (cap_qualifier in ('EXACT', 'UP_TO', 'AT_LEAST', 'ABOUT', 'MORE_THAN')),
  add column cap_text text,
  add column claim_group slug,
  add column claim_preferred boolean not null default false,
  alter column grantor_id drop not null,
  alter column holder_id drop not null,
  add check (kind = 'REVENUE_SHARE' or (grantor_id is not null and holder_id is not null)),
  add check (kind = 'LICENCE' or exclusive is null),
  add check (kind = 'REVENUE_SHARE' or (payer_id is null and payee_id is null and percentage is null and cap_amount is null)),
  add check ((cap_amount is null) = (cap_unit is null) and (cap_amount is null) = (cap_qualifier is null)
             and (cap_amount is null or cap_text is not null));
create index exclusivity_term_kind_idx on exclusivity_term (kind);
create index exclusivity_term_payer_idx on exclusivity_term (payer_id) where payer_id is not null;
create index exclusivity_term_payee_idx on exclusivity_term (payee_id) where payee_id is not null;

alter table exclusivity_term_aud
  add column kind text,
  add column exclusive boolean,
  add column payer_id bigint,
  add column payee_id bigint,
  add column percentage numeric(7, 4),
  add column cap_amount numeric(20, 4),
  add column cap_unit text,
  add column cap_qualifier text,
  add column cap_text text,
  add column claim_group slug,
  add column claim_preferred boolean;
-- Every term before this was an exclusivity term, in no claim group.
update exclusivity_term_aud set kind = 'EXCLUSIVITY', claim_preferred = false where revtype <> 2;

create view exclusive_term as
select * from exclusivity_term where kind = 'EXCLUSIVITY' or (kind = 'LICENCE' and exclusive);

-- Every version of a term is a version of an AgreementTerm (ExclusivityTerm is one kind of it).
alter table history.fact_item drop constraint fact_item_type_name_fkey,
  add constraint fact_item_type_name_fkey foreign key (type_name) references history.fact_kind (type_name) on update cascade;
update history.fact_kind set type_name = 'AgreementTerm' where table_name = 'exclusivity_term';

-- The views history.rebuild() writes history functions for, in the order they read each other
-- (V13 listed them in the function): a migration that adds a view the compiler reads inserts it.
create table history.read_view (
  ord  int primary key,
  name text not null unique
);
insert into history.read_view values (1, 'deal_timing'), (2, 'exclusivity_term_timing'), (3, 'commitment_timing'),
  (4, 'exclusive_term'), (5, 'search_document'), (6, 'claim_value'), (7, 'claim_disagreement');

create or replace function history.rebuild() returns void language plpgsql as $rebuild$
declare
  tables text[];
  views text[];
  names text;
  t text;
  body text;
  ix record;
begin
  select array_agg(v.name order by v.ord) into views from history.read_view v;
  select array_agg(c.relname::text order by c.relname) into tables
  from pg_class c
  where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
    and exists (select from pg_class a where a.relnamespace = 'public'::regnamespace and a.relname = c.relname || '_aud');
  names := array_to_string(tables || views || array['release', 'release_count', 'search_word'], '|');

  foreach t in array tables loop
    select string_agg(quote_ident(attname), ', ' order by attnum) into body
    from pg_attribute where attrelid = ('public.' || t)::regclass and attnum > 0 and not attisdropped;
    execute format($f$create or replace function history.%I(at_release bigint) returns setof public.%I
      language sql stable parallel safe as $body$
        select %s from public.%I where rev <= $1 and revtype <> 2 and (revend > $1 or revend is null)
      $body$$f$, t, t, body, t || '_aud');
    -- The table's indexes (unique ones as plain: versions repeat a key), so a read at a release
    -- finds a slug, a deal's parties or a fact's citations as the live read does.
    for ix in select i.relname as name, pg_get_indexdef(x.indexrelid) as def
              from pg_index x join pg_class i on i.oid = x.indexrelid
              where x.indrelid = ('public.' || t)::regclass and not x.indisprimary loop
      execute regexp_replace(ix.def, '^CREATE (UNIQUE )?INDEX \S+ ON (ONLY )?public\.\S+ ',
                             format('CREATE INDEX IF NOT EXISTS %I ON public.%I ', ix.name || '_aud', t || '_aud'));
    end loop;
  end loop;

  -- Views in the order they read each other: each reads the history functions made before it.
  foreach t in array views loop
    body := regexp_replace(pg_get_viewdef(('public.' || t)::regclass, true),
                           '\m(FROM|JOIN)(\s+)(' || names || ')\M', '\1\2history.\3($1)', 'g');
    body := rtrim(body, E'; \n');
    if body ~* ('\m(from|join|,)\s+(' || names || ')\M') then
      raise exception 'history.rebuild: the view % reads a ledger relation it could not rewrite: %', t, body;
    end if;
    execute format($f$create or replace function history.%I(at_release bigint) returns setof public.%I
      language sql stable parallel safe as $body$ %s $body$$f$, t, t, body);
  end loop;
end
$rebuild$;

-- The search index lists the terms ExclusivityTerm answers (exclusive_term); other kinds of term
-- are not searchable yet.
drop materialized view search_word cascade;
drop materialized view search_document cascade;
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
from exclusive_term t
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

create materialized view search_word as
select word, ndoc from ts_stat($$select to_tsvector('simple', body) from public.search_document$$)
where length(word) >= 3 and word !~ '^[0-9]+$';

create unique index search_word_key on search_word (word);
create index search_word_trgm_idx on search_word using gin (word gin_trgm_ops);

-- The words of the search index at release r (search_word, for "did you mean").
create function history.search_word(at_release bigint) returns setof public.search_word language sql stable parallel safe as $$
  select word, ndoc from ts_stat(format('select to_tsvector(''simple'', body) from history.search_document(%s)', $1))
  where length(word) >= 3 and word !~ '^[0-9]+$'
$$;

grant select on exclusive_term, search_document, search_word to "${reader_user}";

select history.rebuild_changes();
select history.rebuild();
grant execute on all functions in schema history to "${reader_user}";
