-- The centre's own staff (BV-3, CR-17.10, CR-17.11, CR-20.16, CR-20.17): the people of the centre with their
-- position and employment, their absences with the substitute named for each, and the head's deputy named by the
-- executive director (BV-3.4). The continuity check reads these against the points' opening hours.

create table staff_members (
  id uuid primary key default gen_random_uuid(),
  centre_id uuid not null references centres (id),
  -- The system's user, when the person has one (most staff log in to the counter; some do not).
  user_id uuid references users (id),
  name text not null check (length(name) between 1 and 200),
  position text not null check (length(position) between 1 and 200),
  -- The point the person works at; null: the centre's every point (a one-point centre needs no assignment).
  service_point_id uuid references service_points (id),
  -- BV-3.1, CR-20.3: the head of the centre. Set by the executive director's side (BV-3.2), not by the head.
  is_head boolean not null default false,
  employed_from date not null,
  employed_until date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (employed_until is null or employed_until >= employed_from)
);
-- The list, the continuity check and the morning page all read a centre's staff.
create index staff_members_centre_idx on staff_members (centre_id);
-- A user is one person of a centre's list once: two rows would double-count them as present.
create unique index staff_members_centre_user on staff_members (centre_id, user_id) where user_id is not null;

-- Absences (BV-3.9): vacation (the vacation schedule, BV-3.3), sick leave, training, business trip, whole days.
create table staff_absences (
  id uuid primary key default gen_random_uuid(),
  staff_member_id uuid not null references staff_members (id),
  kind text not null check (kind in ('vacation', 'sick_leave', 'training', 'business_trip')),
  starts_on date not null,
  ends_on date not null,
  -- BV-3: the substitute named for the absence; BV-3.4: for the head, the deputy named by the executive director.
  substitute_id uuid references staff_members (id),
  -- BV-3.4: who named the head's deputy (the municipality's admin for the executive director).
  substitute_named_by uuid references users (id),
  note text check (length(note) <= 500),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  check (ends_on >= starts_on),
  -- Nobody substitutes for themself.
  check (substitute_id is null or substitute_id <> staff_member_id)
);
-- Overlap checks and the continuity window look up a person's absences by start.
create index staff_absences_member_idx on staff_absences (staff_member_id, starts_on);
-- "Whom does this person stand in for" (the substitute-absent flag).
create index staff_absences_substitute_idx on staff_absences (substitute_id) where substitute_id is not null;
