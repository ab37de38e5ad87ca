-- Obligations: instances of the deadline rules in src/obligations/rules.ts (a rule, who owes it, about what, when
-- its clock started and when it is due), and the reminders sent about them. Written for PostgreSQL 15 and PGlite.

create table obligations (
  id uuid primary key default gen_random_uuid(),
  -- A requirement ID of ../shared/requirements.md (the registry in code decides which exist).
  rule_id text not null check (rule_id ~ '^(CR|DR|SR|AM|BV)-[0-9]+(\.[0-9]+)*$'),
  -- The rule's version in force on start_date: a later change of the law does not move a running deadline.
  rule_version integer not null check (rule_version >= 1),
  -- Who owes it: an organisation, narrowed to one of its centres for duties of a centre.
  organisation_id uuid not null references organisations (id),
  centre_id uuid references centres (id),
  -- What it is about: another capability's record (a proposal, an officer assignment …) or, for recurring
  -- duties, the owner itself. Text, because subjects are not all uuids.
  subject_type text not null check (subject_type ~ '^[a-z][a-z_]{0,49}$'),
  subject_id text not null check (length(subject_id) between 1 and 200),
  -- Recurring duties only: 2026-Q4, 2026, 2026-2028, 2026/2.
  period text check (period ~ '^[0-9]{4}(-Q[1-4]|-[0-9]{4})?(/[1-9])?$'),
  start_date date not null,
  due_date date not null,
  -- The computed deadline with its reasons (skipped days, working Saturdays), kept as computed on opening.
  explanation jsonb not null,
  -- 'overdue' is not stored: it is an open obligation past its due date in Riga time, computed when read, so it
  -- is never stale.
  status text not null default 'open' check (status in ('open', 'fulfilled_on_time', 'fulfilled_late', 'cancelled')),
  fulfilled_on date,
  fulfilled_by uuid references users (id),
  cancelled_reason text check (length(cancelled_reason) between 1 and 500),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- A fulfilled obligation always says when, and only a fulfilled one does.
  constraint obligations_fulfilled_on check ((status in ('fulfilled_on_time', 'fulfilled_late')) = (fulfilled_on is not null)),
  -- A cancellation always gives its reason, and only a cancellation has one.
  constraint obligations_cancelled_reason check ((status = 'cancelled') = (cancelled_reason is not null)),
  -- Opening is idempotent: the same rule, owner, subject and period is one obligation, however often (and by
  -- however many app instances at once) it is opened. NULLS NOT DISTINCT (PostgreSQL 15+): a missing centre or
  -- period is the same missing value, not a new one.
  constraint obligations_identity unique nulls not distinct (rule_id, organisation_id, centre_id, subject_type, subject_id, period)
);
-- The dashboards read an organisation's obligations by due date.
create index obligations_organisation_due_idx on obligations (organisation_id, due_date);
-- The reminder job scans the open obligations by due date; the partial index stays small as duties are done.
create index obligations_open_due_idx on obligations (due_date) where status = 'open';
-- Filtering and counting by rule (the ministry's view of the network).
create index obligations_rule_idx on obligations (rule_id, status);
-- Another capability fulfils or cancels by its subject.
create index obligations_subject_idx on obligations (subject_type, subject_id);

create table obligation_reminders (
  obligation_id uuid not null references obligations (id) on delete cascade,
  kind text not null check (kind in ('before_due', 'overdue')),
  sent_at timestamptz not null default now(),
  -- How many addresses the reminder went to (org admins, centre heads, or the organisation's e-mail).
  recipients integer not null check (recipients >= 1),
  -- A reminder of each kind is sent once: two job runs (or two app instances) racing insert the same key, and
  -- only the one whose insert succeeds queues the e-mail.
  primary key (obligation_id, kind)
);
