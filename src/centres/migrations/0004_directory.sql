-- The directory: organisations' contact persons; centres' place, head, contacts and lifecycle; service points'
-- coordinates, functions, weekly hours with seasonal variants and dated exceptions; institutions' reception hours
-- at centres, versioned by date. Only additions: tables and columns of 0001 stay as they are.

-- Contact persons of an organisation (CR-17.8, DR-20.1): a small child table, edited by its admin or a maintainer.
create table organisation_contacts (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  name text not null check (length(name) between 1 and 200),
  position text check (length(position) <= 200),
  email text check (length(email) <= 254),
  phone text check (length(phone) <= 50),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- Contacts are always read by their organisation.
create index organisation_contacts_organisation_idx on organisation_contacts (organisation_id);

-- The development-centre level of the centre's place (CR-4 … CR-6 place a centre of each kind in a development
-- centre of the same level) and the town's name, shown in the finder.
alter table centres add column place_name text check (length(place_name) <= 100);
alter table centres add column place_level text check (place_level in ('county', 'regional', 'national'));
-- CR-20.3: the head of centre is one of the municipality's users (checked by the service).
alter table centres add column head_user_id uuid references users (id);
-- Remote contact channels of the centre (DR-20.1, CR-17.9).
alter table centres add column email text check (length(email) <= 254);
alter table centres add column phone text check (length(phone) <= 50);
alter table centres add column e_address text check (length(e_address) <= 100);
alter table centres add column website text check (length(website) <= 300);
-- Lifecycle planned → operating → liquidation_decided → closed (DR-10, DR-12). Centres that existed before this
-- migration were serving clients, hence the default.
alter table centres add column status text not null default 'operating'
  check (status in ('planned', 'operating', 'liquidation_decided', 'closed'));
alter table centres add column opened_on date;
-- DR-12.2: the council's (or, DR-13, the Cabinet's) decision, and DR-12.3: the day by which the centre ceases.
alter table centres add column liquidation_decided_on date;
alter table centres add column liquidation_basis text check (length(liquidation_basis) <= 500);
alter table centres add column closing_deadline date;
alter table centres add column closed_on date;
-- A centre being liquidated always carries its decision and deadline, so the public page can show them.
alter table centres add constraint centres_liquidation_dates check (
  status <> 'liquidation_decided' or (liquidation_decided_on is not null and closing_deadline is not null));

-- Service points (BV-1.2, BV-1.8): optional coordinates (WGS 84) and their own contacts.
alter table service_points add column latitude double precision check (latitude between -90 and 90);
alter table service_points add column longitude double precision check (longitude between -180 and 180);
alter table service_points add column phone text check (length(phone) <= 50);
alter table service_points add column email text check (length(email) <= 254);
-- The order the municipality lists its points in (BV-1.8 lists the Balvi point first); points made in one
-- transaction share created_at, so that cannot order them.
alter table service_points add column position integer not null default 0;
-- Both coordinates or neither: half a position is no position.
alter table service_points add constraint service_points_coordinates check ((latitude is null) = (longitude is null));

-- BV-2.1: the functions a point offers, as codes of the shipped list (src/centres/data/point-functions.json).
create table service_point_functions (
  service_point_id uuid not null references service_points (id),
  function_code text not null check (length(function_code) between 1 and 50),
  primary key (service_point_id, function_code)
);

-- Weekly opening hours of a point. The schedule without dates is the default; a seasonal variant has dates and
-- wins within them (src/centres/hours.ts).
create table opening_schedules (
  id uuid primary key default gen_random_uuid(),
  service_point_id uuid not null references service_points (id),
  label text check (length(label) <= 200),
  valid_from date,
  valid_until date,
  check (valid_until is null or valid_from is null or valid_until >= valid_from)
);
create index opening_schedules_point_idx on opening_schedules (service_point_id);
-- One default schedule per point: two would make "the hours" ambiguous.
create unique index opening_schedules_one_default on opening_schedules (service_point_id)
  where valid_from is null and valid_until is null;

-- Minutes after midnight, so the arithmetic (shortening by an hour, summing a week) needs no time type.
create table opening_intervals (
  schedule_id uuid not null references opening_schedules (id) on delete cascade,
  weekday smallint not null check (weekday between 1 and 7),
  opens_min integer not null check (opens_min between 0 and 1439),
  closes_min integer not null check (closes_min between 1 and 1440),
  check (closes_min > opens_min)
);
create index opening_intervals_schedule_idx on opening_intervals (schedule_id);

-- Closures and special hours on dates (inclusive range). Special hours are a short list of intervals, kept as
-- JSON ([{"opens": 600, "closes": 840}]) because they are only ever read with their exception.
create table service_point_exceptions (
  id uuid primary key default gen_random_uuid(),
  service_point_id uuid not null references service_points (id),
  starts_on date not null,
  ends_on date not null,
  closed boolean not null,
  intervals jsonb not null default '[]',
  reason text not null check (length(reason) between 1 and 300),
  created_at timestamptz not null default now(),
  check (ends_on >= starts_on)
);
-- The hours of a day look up the exceptions of a point around that day.
create index service_point_exceptions_point_idx on service_point_exceptions (service_point_id, starts_on);

-- Institutions' reception hours at a centre (CR-5.3, CR-6.3, CR-19.2), versioned by date: a new version ends the
-- previous one the day before it starts.
create table reception_schedules (
  id uuid primary key default gen_random_uuid(),
  centre_id uuid not null references centres (id),
  institution_id uuid not null references organisations (id),
  valid_from date not null,
  valid_until date,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  check (valid_until is null or valid_until >= valid_from),
  -- Two versions cannot start on the same day; a correction replaces the version.
  unique (centre_id, institution_id, valid_from)
);
create index reception_schedules_centre_idx on reception_schedules (centre_id);

create table reception_intervals (
  schedule_id uuid not null references reception_schedules (id) on delete cascade,
  weekday smallint not null check (weekday between 1 and 7),
  opens_min integer not null check (opens_min between 0 and 1439),
  closes_min integer not null check (closes_min between 1 and 1440),
  check (closes_min > opens_min)
);
create index reception_intervals_schedule_idx on reception_intervals (schedule_id);
