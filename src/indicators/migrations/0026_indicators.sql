-- Performance indicators (SR-21, SR-17.5): what the counter's own records cannot tell. Only additions. Written for
-- PostgreSQL 15 and PGlite.

-- SR-21.3: an application accepted at a centre and forwarded to an institution is completed by that institution,
-- recorded in the UI or by its system through the API. One completion per contact (its id is the key, so recording
-- it again is idempotent); the contact is the counter's.
create table indicator_completions (
  contact_id uuid primary key references contacts (id),
  completed_on date not null,
  -- The organisation that recorded it (the institution or the service's holder).
  organisation_id uuid not null references organisations (id),
  recorded_by uuid references users (id),
  recorded_via text not null check (recorded_via in ('ui', 'api')),
  recorded_at timestamptz not null
);

-- SR-21.1, SR-21.2: the holder's own channels (its own offices, portal, phone, post), pushed from its system or
-- entered in the UI, per service, channel and period. A period lies inside one calendar year (the report's year).
-- SR-17.5: extra indicators per channel are kept apart, in `extras`, never added into the SR-21 figures.
create table indicator_channel_counts (
  id uuid primary key default gen_random_uuid(),
  holder_id uuid not null references organisations (id),
  service_id uuid not null references services (id),
  channel text not null check (channel in ('in_person', 'electronic', 'phone', 'post')),
  period_from date not null,
  period_to date not null,
  constraint indicator_counts_period check (
    period_from <= period_to and extract(year from period_from) = extract(year from period_to)),
  applications integer not null check (applications >= 0),
  delayed integer not null check (delayed >= 0),
  complaints integer not null check (complaints >= 0),
  extras jsonb not null default '[]',
  source text not null check (source in ('ui', 'api')),
  recorded_by uuid references users (id),
  recorded_at timestamptz not null,
  -- The same service, channel and period sent again replaces the counts (an idempotent push).
  constraint indicator_counts_key unique (service_id, channel, period_from, period_to)
);
-- A holder's year is read at once.
create index indicator_counts_holder_idx on indicator_channel_counts (holder_id, period_from);
