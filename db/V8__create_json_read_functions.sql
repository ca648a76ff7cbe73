-- Small named expressions the read compiler (io.dealgraph.compiler) uses to write the response's
-- JSON in PostgreSQL, byte for byte as the Java read path wrote it: global ids and cursors are
-- base64url without padding (java.util.Base64.getUrlEncoder().withoutPadding()), and a fuzzy date's
-- display is FuzzyDate.display(). Each is one expression, so the planner inlines it.

create function dg_base64url(data bytea) returns text
  language sql immutable strict parallel safe as $$
  -- encode() wraps lines every 76 characters: the newlines go with the padding.
  select rtrim(translate(encode(data, 'base64'), E'+/\n', '-_'), '=')
$$;

-- GlobalId.of(type, slug): base64url of "Type:slug".
create function dg_global_id(type_name text, slug text) returns text
  language sql stable strict parallel safe as $$
  select dg_base64url(convert_to(type_name || ':' || slug, 'UTF8'))
$$;

-- Cursor.encode(): "v1", the order's name, the sort values and the row id, separated by U+001F.
create function dg_cursor(order_name text, sort_values text[], id bigint) returns text
  language sql stable parallel safe as $$
  select dg_base64url(convert_to('v1' || chr(31) || order_name || chr(31)
    || array_to_string(sort_values, chr(31), 'null') || chr(31) || id::text, 'UTF8'))
$$;

-- FuzzyDate.display(): ISO 8601 at the stated precision, else an interval with open ends as "..".
-- Stable, not immutable: a date's text follows DateStyle (ISO on every JDBC connection).
create function dg_fuzzy_display(earliest date, latest date, date_precision text) returns text
  language sql stable parallel safe as $$
  select case date_precision
           when 'DAY' then earliest::text
           when 'MONTH' then substr(earliest::text, 1, 7)
           when 'YEAR' then extract(year from earliest)::int::text
           else coalesce(earliest::text, '..') || '/' || coalesce(latest::text, '..') end
$$;
