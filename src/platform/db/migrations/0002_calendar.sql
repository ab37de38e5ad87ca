-- The working-day calendar's run-time facts: what the ministry adds after a release (Cabinet transfers and one-off
-- holidays of later years), and each municipality's choice about Cabinet transfers.

-- Labour Law s.133(4): the Cabinet moves a working day to a Saturday. One row per order.
create table calendar_transfers (
  id uuid primary key default gen_random_uuid(),
  -- A day can be given off, or worked, by one order only.
  day_off date not null unique,
  working_saturday date not null unique,
  basis text not null check (length(basis) between 1 and 500),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  check (extract(isodow from working_saturday) = 6),
  check (extract(isodow from day_off) between 1 and 5)
);

-- One-off public holidays declared by law (like 2023-05-29).
create table calendar_holidays (
  id uuid primary key default gen_random_uuid(),
  date date not null unique,
  name_lv text not null check (length(name_lv) between 1 and 300),
  name_en text not null check (length(name_en) between 1 and 300),
  basis text not null check (length(basis) between 1 and 500),
  created_by uuid references users (id),
  created_at timestamptz not null default now()
);

-- A year is confirmed when the ministry has entered its Cabinet order (possibly with no transfers); deadlines that
-- fall in a later year are marked provisional.
create table calendar_confirmed_years (
  year integer primary key check (year between 2000 and 2100),
  basis text not null check (length(basis) between 1 and 500),
  confirmed_by uuid references users (id),
  confirmed_at timestamptz not null default now()
);

-- Cabinet transfers bind state institutions and are only recommended to municipalities: a municipality may opt out,
-- and deadlines it owes then use the calendar without transfers.
alter table organisations add column follows_cabinet_transfers boolean not null default true;
