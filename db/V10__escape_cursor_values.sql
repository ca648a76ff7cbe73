-- A cursor value may hold any text and may be null (dg_cursor wrote both ambiguously): within a
-- value, U+001E escapes (U+001E E for a U+001E, U+001E F for the separator U+001F), and a null is
-- U+001E N alone. The compiler passes each sort value through this before dg_cursor joins them; a
-- value with neither character is written as before, so cursors handed out earlier still work.
create function dg_cursor_value(sort_value text) returns text
  language sql immutable parallel safe as $$
  select coalesce(replace(replace(sort_value, chr(30), chr(30) || 'E'), chr(31), chr(30) || 'F'), chr(30) || 'N')
$$;
