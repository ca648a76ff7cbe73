-- The ledger as it stood at a release, for knownAsOf and release on every root field. For each
-- relation the read compiler names (the ledger's tables, the views over them, the search index,
-- the releases), history.<name>(r) returns its rows as they were at release r, with the same
-- columns. Each is one SQL select, stable, not strict: PostgreSQL inlines it into the calling
-- query, so "at release r" is an index range on <table>_aud (rev, revend) inside the same single
-- statement, not a function call per row.
--
-- history.rebuild() writes them from the catalog: a table's from its _aud twin (Envers' validity
-- strategy: rev <= r, not a removal, and no later version by r), a view's from its own definition
-- with each ledger relation it reads replaced by its history function. A migration that changes a
-- ledger table or one of these views ends with `select history.rebuild();`.

create schema history;

create function history.rebuild() returns void language plpgsql as $rebuild$
declare
  tables text[];
  views text[] := array['deal_timing', 'exclusivity_term_timing', 'commitment_timing', 'search_document',
                        'claim_value', 'claim_disagreement'];
  names text;
  t text;
  body text;
  ix record;
begin
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

select history.rebuild();

-- The releases that had been loaded by release r, and their counts.
create function history.release(at_release bigint) returns setof public.release language sql stable parallel safe as $$
  select * from public.release where number <= $1
$$;

create function history.release_count(at_release bigint) returns setof public.release_count language sql stable parallel safe as $$
  select * from public.release_count where release <= $1
$$;

-- The words of the search index at release r (search_word, for "did you mean").
create function history.search_word(at_release bigint) returns setof public.search_word language sql stable parallel safe as $$
  select word, ndoc from ts_stat(format('select to_tsvector(''simple'', body) from history.search_document(%s)', $1))
  where length(word) >= 3 and word !~ '^[0-9]+$'
$$;

grant usage on schema history to "${reader_user}";
grant execute on all functions in schema history to "${reader_user}";
revoke execute on function history.rebuild() from public;
