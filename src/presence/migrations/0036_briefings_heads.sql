-- CR-19.5, CR-20.4: who told the officer the safety, fire and premises rules (the centre's person, as the centre
-- names them: a labour-protection specialist is often not a user of the system); the day stays in safety_briefed_on.
alter table presence_notices
  add column safety_briefed_by text check (safety_briefed_by is null or length(btrim(safety_briefed_by)) > 0);

-- CR-20.3: the municipality appoints the head of centre, who works with the institutions' officers. Every appointment
-- is kept: the head on a day is the appointment with the latest first day not after it (a new head ends the last).
create table presence_centre_heads (
  id uuid primary key default gen_random_uuid(),
  centre_id uuid not null references centres (id),
  head_name text not null check (length(btrim(head_name)) > 0),
  head_surname text not null check (length(btrim(head_surname)) > 0),
  valid_from date not null,
  -- The municipality's decision or order that appointed the head (its number and date), when given.
  decision text check (decision is null or length(btrim(decision)) > 0),
  recorded_by uuid references users (id),
  recorded_at timestamptz not null default now(),
  -- One head from a day: a second appointment from the same day would leave "who heads the centre" undecided.
  -- It also serves the look-up of a centre's appointments in date order.
  unique (centre_id, valid_from)
);
