-- What each release changed, read from the versions Envers keeps (V12): Query.changes, and every
-- fact's recordedIn, updatedIn and history.
--
-- fact_change: one row per version of a fact: the release that wrote it, ADDED, CHANGED or
-- REMOVED, the fact's kind and slug (a removal's version keeps only the id: its slug is the
-- version's before it), and the fact's columns before and after as JSON. A deal party has no slug
-- of its own: it is named deal/organization/ROLE.
--
-- fact_change_field: for a CHANGED version, each field that differs, with its value before and
-- after as text (a reference to another fact as that fact's slug, an amount without trailing
-- zeros), and the items of its collections added or removed in that release: citations (their
-- excerpts), an organization's aliases, a statement's speakers, an event's organizations.

-- A column's name as a GraphQL field is spelled: amount_text is amountText.
create function dg_field_name(column_name text) returns text language sql immutable parallel safe as $$
  select lower(substr(x, 1, 1)) || substr(x, 2) from (select replace(initcap(column_name), '_', '') as x) s
$$;

-- A column's value in a version, as text: a reference to a fact by its slug as it stood at the
-- release, a number without trailing zeros, anything else as JSON writes it.
create function history.value_text(table_name text, column_name text, value jsonb, at_release bigint) returns text
  language plpgsql stable as $$
declare
  target text;
  found text;
begin
  if value is null or jsonb_typeof(value) = 'null' then
    return null;
  end if;
  if jsonb_typeof(value) = 'number' then
    return trim_scale(value::numeric)::text;
  end if;
  select t.relname into target
  from pg_constraint c
  join pg_class s on s.oid = c.conrelid
  join pg_class t on t.oid = c.confrelid
  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
  where c.contype = 'f' and cardinality(c.conkey) = 1 and s.relnamespace = 'public'::regnamespace
    and s.relname = table_name and a.attname = column_name;
  if target is null then
    return value #>> '{}';
  end if;
  if target = 'deal_party' then
    return value #>> '{}';
  end if;
  execute format('select slug from public.%I where id = $1 and slug is not null and rev <= $2 order by rev desc limit 1',
                 target || '_aud')
    into found using (value #>> '{}')::bigint, at_release;
  return coalesce(found, value #>> '{}');
end $$;

do $$
declare
  -- kind, table, its number in a change's id
  kinds text[][] := array[['Source', 'source'], ['Organization', 'organization'], ['Person', 'person'],
                          ['Deal', 'deal'], ['DealParty', 'deal_party'], ['Event', 'event'],
                          ['Commitment', 'commitment'], ['ExclusivityTerm', 'exclusivity_term'],
                          ['Statement', 'statement']];
  -- collection table, its key match, the fact's column, kind, field, the item's value over a version v
  items text[][] := array[
    ['organization_alias', 'id', 'organization_id', 'Organization', 'aliases', 'v.value'],
    ['statement_speaker', 'id', 'statement_id', 'Statement', 'speakers',
     'coalesce(history.value_text(''statement_speaker'', ''person_id'', to_jsonb(v.person_id), v.rev), '
     'history.value_text(''statement_speaker'', ''organization_id'', to_jsonb(v.organization_id), v.rev))'],
    ['event_organization', 'event_id, organization_id', 'event_id', 'Event', 'organizations',
     'history.value_text(''event_organization'', ''organization_id'', to_jsonb(v.organization_id), v.rev)'],
    ['citation', 'id', 'organization_id', 'Organization', 'citations', 'v.excerpt'],
    ['citation', 'id', 'person_id', 'Person', 'citations', 'v.excerpt'],
    ['citation', 'id', 'deal_id', 'Deal', 'citations', 'v.excerpt'],
    ['citation', 'id', 'deal_party_id', 'DealParty', 'citations', 'v.excerpt'],
    ['citation', 'id', 'event_id', 'Event', 'citations', 'v.excerpt'],
    ['citation', 'id', 'commitment_id', 'Commitment', 'citations', 'v.excerpt'],
    ['citation', 'id', 'exclusivity_term_id', 'ExclusivityTerm', 'citations', 'v.excerpt'],
    ['citation', 'id', 'statement_id', 'Statement', 'citations', 'v.excerpt']];
  changes text[] := '{}';
  fields text[] := '{}';
  slug text;
  i int;
begin
  for i in 1 .. array_length(kinds, 1) loop
    -- A deal party by its deal's and organization's slugs: the live rows' (a join), or, for one
    -- removed since, as it stood then (a lookup only where the join found nothing).
    slug := case when kinds[i][2] = 'deal_party'
      then 'concat_ws(''/'', coalesce((select d.slug from public.deal d where d.id = coalesce(a.deal_id, p.deal_id)), '
           'history.value_text(''deal_party'', ''deal_id'', to_jsonb(coalesce(a.deal_id, p.deal_id)), a.rev)), '
           'coalesce((select o.slug from public.organization o where o.id = coalesce(a.organization_id, p.organization_id)), '
           'history.value_text(''deal_party'', ''organization_id'', to_jsonb(coalesce(a.organization_id, p.organization_id)), a.rev)), '
           'coalesce(a.role, p.role))'
      else 'coalesce(a.slug, p.slug)' end;
    changes := array_append(changes, format($f$
      select a.rev * 1000000000000 + %s * 10000000000 + a.id as id, %L::text as type_name, %L::text as table_name,
             a.id as fact_id, %s::text as slug, a.rev as release,
             case a.revtype when 0 then 'ADDED' when 1 then 'CHANGED' else 'REMOVED' end as operation,
             case when p.revtype in (0, 1) then to_jsonb(p) - array['id', 'rev', 'revtype', 'revend', 'revend_tstmp'] end as before,
             case when a.revtype <> 2 then to_jsonb(a) - array['id', 'rev', 'revtype', 'revend', 'revend_tstmp'] end as after
      from public.%I a left join public.%I p on p.id = a.id and p.revend = a.rev$f$,
      i, kinds[i][1], kinds[i][2], slug, kinds[i][2] || '_aud', kinds[i][2] || '_aud'));
  end loop;
  execute 'create view fact_change as ' || array_to_string(changes, E'\nunion all');

  fields := array_append(fields, $f$
      select c.type_name, c.fact_id, c.release, 1 as place, dg_field_name(k.key) as field,
             history.value_text(c.table_name, k.key, c.before -> k.key, c.release - 1) as before,
             history.value_text(c.table_name, k.key, c.after -> k.key, c.release) as after
      from fact_change c cross join lateral jsonb_object_keys(c.after) k(key)
      where c.operation = 'CHANGED' and (c.before -> k.key) is distinct from (c.after -> k.key)$f$);
  for i in 1 .. array_length(items, 1) loop
    fields := array_append(fields, format($f$
      select %L::text, coalesce(a.%I, p.%I), a.rev, 2, %L::text,
             case when p.revtype in (0, 1) then %s end, case when a.revtype <> 2 then %s end
      from public.%I a left join public.%I p on (%s) = (%s) and p.revend = a.rev
      where coalesce(a.%I, p.%I) is not null$f$,
      items[i][4], items[i][3], items[i][3], items[i][5],
      replace(items[i][6], 'v.', 'p.'), replace(items[i][6], 'v.', 'a.'),
      items[i][1] || '_aud', items[i][1] || '_aud',
      regexp_replace(items[i][2], '(\w+)', 'p.\1', 'g'), regexp_replace(items[i][2], '(\w+)', 'a.\1', 'g'),
      items[i][3], items[i][3]));
  end loop;
  execute 'create view fact_change_field as select type_name, fact_id, release, place, field, before, after from ('
    || array_to_string(fields, E'\nunion all') || ') f where before is distinct from after';
end $$;

-- At a release: the changes that release and those before it made.
create function history.fact_change(at_release bigint) returns setof public.fact_change
  language sql stable parallel safe as $$
  select * from public.fact_change where release <= $1
$$;

create function history.fact_change_field(at_release bigint) returns setof public.fact_change_field
  language sql stable parallel safe as $$
  select * from public.fact_change_field where release <= $1
$$;

grant select on fact_change, fact_change_field to "${reader_user}";
