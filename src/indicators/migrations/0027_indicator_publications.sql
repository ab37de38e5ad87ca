-- Publication and evaluation of performance indicators (SR-22, SR-23, SR-25.2). Only additions. Written for
-- PostgreSQL 15 and PGlite.

-- SR-22: a holder's year as published. A version is frozen: its rows and the SHA-256 of their canonical JSON are
-- stored and never changed (no UPDATE path in the code); a correction is the next version with its change note, and
-- every earlier version stays readable.
create table indicator_publications (
  id uuid primary key default gen_random_uuid(),
  holder_id uuid not null references organisations (id),
  year integer not null check (year between 2017 and 2100),
  version integer not null check (version >= 1),
  constraint indicator_publications_key unique (holder_id, year, version),
  -- A correction says what changed; the first version has nothing to correct.
  change_note text check (length(change_note) between 1 and 2000),
  constraint indicator_publications_note check ((version = 1) = (change_note is null)),
  rows jsonb not null,
  content_hash text not null check (content_hash ~ '^[0-9a-f]{64}$'),
  published_on date not null,
  published_at timestamptz not null,
  published_by uuid references users (id)
);
-- The public list reads one year at a time.
create index indicator_publications_year_idx on indicator_publications (year, holder_id, version);

-- SR-23: the holder's evaluation of a year with its improvement measures (SR-23.1 … SR-23.3); recorded again, it is
-- replaced (the audit trail keeps the earlier text).
create table indicator_evaluations (
  holder_id uuid not null references organisations (id),
  year integer not null check (year between 2017 and 2100),
  primary key (holder_id, year),
  service_list_changes text not null check (length(service_list_changes) between 1 and 4000),
  process_improvements text not null check (length(process_improvements) between 1 and 4000),
  accessibility_measures text not null check (length(accessibility_measures) between 1 and 4000),
  recorded_on date not null,
  recorded_at timestamptz not null,
  recorded_by uuid references users (id)
);

-- SR-25.2: the ministry asks a holder for its SR-21 and SR-23 data of a year; the holder answers.
create table indicator_requests (
  id uuid primary key default gen_random_uuid(),
  holder_id uuid not null references organisations (id),
  year integer not null check (year between 2017 and 2100),
  note text check (length(note) between 1 and 2000),
  requested_by uuid references users (id),
  requested_at timestamptz not null,
  answer_note text check (length(answer_note) between 1 and 2000),
  answered_by uuid references users (id),
  answered_at timestamptz,
  constraint indicator_requests_answer check ((answered_at is null) = (answered_by is null and answer_note is null))
);
-- A holder's open requests, and the ministry's list, newest first.
create index indicator_requests_holder_idx on indicator_requests (holder_id, requested_at);
