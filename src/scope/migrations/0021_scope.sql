-- Each centre's scope (CR-7): the minimal basket in force (CR-7.1, the basket's own tables) and the entries the
-- municipality keeps for its centre: its own services designated for the centre (CR-7.2) and other services (CR-7.3),
-- each for a period of days (Europe/Riga; valid_until inclusive, null: until further notice).
create table centre_scope_entries (
  id uuid primary key default gen_random_uuid(),
  -- The entries belong to their centre.
  centre_id uuid not null references centres (id) on delete cascade,
  -- A catalogue service: kept while an entry names it (history stays answerable).
  service_id uuid not null references services (id),
  -- Which part of CR-7 the entry is: the municipality's designated service or another service.
  basis text not null check (basis in ('CR-7.2', 'CR-7.3')),
  valid_from date not null,
  valid_until date,
  -- A period of at least one day (valid_until is the last day the service is in the scope).
  check (valid_until is null or valid_until >= valid_from),
  note text check (note is null or length(note) <= 1000),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  -- Who ended the entry and when (the end itself is valid_until).
  ended_by uuid references users (id),
  ended_at timestamptz
);
-- Two periods of one centre and service never overlap: checked by the service under a table lock (an exclusion
-- constraint would need btree_gist, which not every supported database provides).
-- "Is service X in centre C's scope on day D" and the centre's list read by centre, then service.
create index centre_scope_entries_centre on centre_scope_entries (centre_id, service_id, valid_from);
