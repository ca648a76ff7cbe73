-- Root connections read a keyset page (rows past the cursor, in order, up to the page size); these
-- indexes on the default sort keys, with the id as tie-breaker, let PostgreSQL read that page in
-- order from the cursor instead of sorting every row. The expressions are those of the API's
-- default orders (Sql.earliestDate / Sql.latestDate), so the planner matches them.
create index deal_announced_order_idx
  on deal ((coalesce(announced_earliest, announced_latest, 'infinity'::date)), id);
create index commitment_date_order_idx
  on commitment ((coalesce(date_earliest, date_latest, 'infinity'::date)), id);
create index event_date_order_idx
  on event ((coalesce(date_earliest, date_latest, 'infinity'::date)), id);
create index statement_date_order_idx
  on statement ((coalesce(date_latest, date_earliest, '-infinity'::date)), id);
create index exclusivity_term_valid_from_order_idx
  on exclusivity_term ((coalesce(valid_from_earliest, valid_from_latest, 'infinity'::date)), id);
