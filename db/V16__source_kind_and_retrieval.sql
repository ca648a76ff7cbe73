-- Provenance (issue 18): what kind of evidence a source is, why the curators say so, and when its
-- text was retrieved where its record states it. Null where not classified or not stated; the
-- seed loader requires a kind for every source it loads.
alter table source
  add column kind text check (kind in ('PRIMARY', 'NEWS', 'COMMENTARY', 'AGGREGATOR')),
  add column kind_note text,
  add column retrieved_at timestamptz;
alter table source_aud
  add column kind text,
  add column kind_note text,
  add column retrieved_at timestamptz;

select history.rebuild();
