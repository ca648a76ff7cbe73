-- Quantity.text and FuzzyDate.display read as people write them: `up to $50 billion`, `2 GW`,
-- `by 13 April 2026`, `week of 27 April 2026`, while amount, earliest and latest stay exact.
--
-- Every function here is one expression of immutable functions only, so the planner inlines it
-- into the compiled read (one statement per root field) and no row pays a function call. That
-- rules out to_char() and date::text, which are stable (they follow lc_time, lc_numeric and
-- DateStyle): the words are spelled from extract() and numeric's own text.
--
-- dg_fuzzy_display keeps its signature, so the view claim_value (V9) and its history twin
-- (history.claim_value, V13), which call it by name, read the new words without being rebuilt.

-- A number's digits with a comma between thousands: 1234567.5 is 1,234,567.5.
create function dg_digits(n numeric) returns text
  language sql immutable parallel safe as $$
  select regexp_replace(split_part(trim_scale(n)::text, '.', 1), '(\d)(?=(\d{3})+$)', '\1,', 'g')
      || coalesce('.' || nullif(split_part(trim_scale(n)::text, '.', 2), ''), '')
$$;

-- Money in words where the words are exact: 50000000000 is 50 billion, 1500000000000 is 1.5
-- trillion, 99526000000 is 99.526 billion (as the press writes it); an amount that three decimals
-- of its scale cannot state (1234567890), or one below a million, is written in full digits.
-- Never rounded.
create function dg_money_words(n numeric) returns text
  language sql immutable parallel safe as $$
  select case
    when n >= 1000000000000 and n * 1000 % 1000000000000 = 0 then dg_digits(n / 1000000000000) || ' trillion'
    when n >= 1000000000000 then dg_digits(n)
    when n >= 1000000000 and n * 1000 % 1000000000 = 0 then dg_digits(n / 1000000000) || ' billion'
    when n >= 1000000000 then dg_digits(n)
    when n >= 1000000 and n * 1000 % 1000000 = 0 then dg_digits(n / 1000000) || ' million'
    else dg_digits(n) end
$$;

-- Quantity.text(): the qualifier's words, then the amount in its unit: `up to $50 billion`,
-- `2 GW`, `EUR 5 billion` (another currency keeps its code in front).
create function dg_quantity_text(amount numeric, unit text, qualifier text) returns text
  language sql immutable parallel safe as $$
  select case qualifier when 'UP_TO' then 'up to ' when 'AT_LEAST' then 'at least ' when 'ABOUT' then 'about '
                        when 'MORE_THAN' then 'more than ' else '' end
      || case when unit = 'USD' or unit ~ '^[A-Z]{3}$'
              then case when unit = 'USD' then '$' else unit || ' ' end || dg_money_words(amount)
              else dg_digits(amount) || ' ' || unit end
$$;

-- The month a day falls in, as English writes it: April 2026.
create function dg_month_text(day date) returns text
  language sql immutable parallel safe as $$
  select (array['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
                'October', 'November', 'December'])[extract(month from day)::int] || ' '
      || extract(year from day)::int::text
$$;

-- A day as English writes it, day first: 13 April 2026.
create function dg_day_text(day date) returns text
  language sql immutable parallel safe as $$
  select extract(day from day)::int::text || ' ' || dg_month_text(day)
$$;

-- FuzzyDate.display(): the date at its precision, as people write it. A range whose ends are
-- whole years reads as the years (2025–2026); one open at its start reads `by`, at its end `from`.
create or replace function dg_fuzzy_display(earliest date, latest date, date_precision text) returns text
  language sql immutable parallel safe as $$
  select case date_precision
    when 'DAY' then dg_day_text(earliest)
    when 'WEEK' then 'week of ' || dg_day_text(earliest)
    when 'MONTH' then dg_month_text(earliest)
    when 'QUARTER' then 'Q' || extract(quarter from earliest)::int::text || ' ' || extract(year from earliest)::int::text
    when 'HALF_YEAR' then case when extract(month from earliest) <= 6 then 'first' else 'second' end
                          || ' half of ' || extract(year from earliest)::int::text
    when 'YEAR' then extract(year from earliest)::int::text
    when 'RANGE' then case
      when earliest is null and latest is null then 'undated'
      when earliest is null then 'by ' || dg_day_text(latest)
      when latest is null then 'from ' || dg_day_text(earliest)
      when earliest = latest then dg_day_text(earliest)
      when extract(month from earliest) = 1 and extract(day from earliest) = 1
       and extract(month from latest) = 12 and extract(day from latest) = 31
        then extract(year from earliest)::int::text
          || case when extract(year from latest) > extract(year from earliest)
                  then '–' || extract(year from latest)::int::text else '' end
      else 'between ' || dg_day_text(earliest) || ' and ' || dg_day_text(latest) end
    end
$$;
