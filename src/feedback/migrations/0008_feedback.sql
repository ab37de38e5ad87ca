-- Complaints, questions and suggestions (CR-17.13, CR-19.7, CR-20.7, SR-19, BV-4.2, BV-4.3): the case
-- registered at a centre, whom it is routed to, its level, its answer and due date, its history, and the stages of
-- contesting an employee's action. Only additions. Written for PostgreSQL 15 and PGlite.

-- A short number people can say on the phone ("sūdzība Nr. 12"); a sequence never hands one out twice.
create sequence feedback_case_number_seq;

create table feedback_cases (
  id uuid primary key default gen_random_uuid(),
  number bigint not null unique default nextval('feedback_case_number_seq'),
  kind text not null check (kind in ('complaint', 'question', 'suggestion')),
  -- CR-17.13: registered at the centre where it concerns the service provided (optionally at one of its points).
  centre_id uuid not null references centres (id),
  service_point_id uuid references service_points (id),
  -- The catalogue service it concerns, when it concerns one: its holder is whom the case can be routed to.
  service_id uuid references services (id),
  -- The contact registered at the counter it came with (CR-17.13). No foreign key: contacts arrive in their own migration,
  -- and a case must not fail because that record is later anonymised.
  contact_id uuid,
  channel text not null check (channel in ('in_person', 'phone', 'email', 'e_address', 'post', 'video')),
  received_at timestamptz not null,
  -- The Riga date of received_at: the day the answer's term is counted from (stored, so lists need no time zone).
  received_on date not null,
  -- Only what is needed to answer: a name and one address on the channel the answer goes by.
  submitter_name text not null check (length(submitter_name) between 1 and 200),
  reply_channel text not null check (reply_channel in ('email', 'post', 'e_address', 'in_person')),
  reply_address text check (length(reply_address) between 1 and 300),
  -- An answer given at the centre needs no address; every other channel needs one.
  constraint feedback_reply_address check ((reply_channel = 'in_person') = (reply_address is null)),
  text text not null check (length(text) between 1 and 4000),
  -- CR-19.7, CR-20.7: who answers — the centre (its municipality) or the holder of the service (an institution).
  addressee text not null check (addressee in ('centre', 'holder')),
  addressee_org_id uuid not null references organisations (id),
  constraint feedback_holder_needs_service check (addressee = 'centre' or service_id is not null),
  -- SR-19: level 1 (front line) or level 2 (non-standard cases and complaints).
  level smallint not null check (level in (1, 2)),
  status text not null default 'open' check (status in ('open', 'answered')),
  -- The due date from the working-day calendar of the addressee, with the term applied (src/feedback/terms.ts).
  due_date date not null,
  due_rule text not null check (length(due_rule) between 1 and 30),
  due_explanation jsonb not null,
  answer_text text check (length(answer_text) between 1 and 4000),
  answer_channel text check (answer_channel in ('email', 'post', 'e_address', 'in_person', 'phone')),
  answered_on date,
  answered_at timestamptz,
  answered_by uuid references users (id),
  answered_level smallint check (answered_level in (1, 2)),
  -- An answered case always carries its whole answer, and an open one none of it.
  constraint feedback_answer_complete check (
    (status = 'answered') = (answer_text is not null and answer_channel is not null and answered_on is not null
      and answered_at is not null and answered_level is not null)
    and (status = 'open') = (answer_text is null and answer_channel is null and answered_on is null and answered_at is null)),
  -- BV-4.2 / BV-4.3: what is contested, fixed by the first stage (src/feedback/contest.ts gives each path).
  contest_subject text check (contest_subject in ('employee_action', 'head_action', 'administrative_act')),
  registered_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- Centre staff read their centres' cases, newest first.
create index feedback_cases_centre_idx on feedback_cases (centre_id, received_at);
-- An institution reads the cases routed to it.
create index feedback_cases_addressee_idx on feedback_cases (addressee_org_id, status);
-- Work lists and "overdue": open cases by due date; the partial index stays small as cases are answered.
create index feedback_cases_open_due_idx on feedback_cases (due_date) where status = 'open';

-- The case's history as its page shows it: registered, each routing, escalation and the answer, with who and why.
-- (The audit trail records the same writes; this table is the case's own story, kept with it.)
create table feedback_events (
  id uuid primary key default gen_random_uuid(),
  -- The order events happened in: several can share an instant (one request, or a test's fixed clock).
  seq bigserial not null unique,
  case_id uuid not null references feedback_cases (id),
  type text not null check (type in ('registered', 'routed', 'escalated', 'answered')),
  occurred_at timestamptz not null,
  actor_user_id uuid references users (id),
  actor_label text not null check (length(actor_label) between 1 and 300),
  addressee text check (addressee in ('centre', 'holder')),
  addressee_org_id uuid references organisations (id),
  level smallint check (level in (1, 2)),
  reason text check (length(reason) between 1 and 1000)
);
-- The history is always read by its case, in order.
create index feedback_events_case_idx on feedback_events (case_id, seq);

-- BV-4.2: contesting an employee's action — the head of centre, then the executive director, then court (BV-4.3:
-- an administrative act goes to the appeals commission, then court). One row per stage, in order.
create table feedback_contest_stages (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references feedback_cases (id),
  position smallint not null check (position between 1 and 3),
  body text not null check (body in ('head_of_centre', 'executive_director', 'appeals_commission', 'court')),
  lodged_on date not null,
  grounds text not null check (length(grounds) between 1 and 2000),
  decision text check (decision in ('upheld', 'partly_upheld', 'rejected')),
  decision_text text check (length(decision_text) between 1 and 4000),
  decided_on date,
  lodged_by uuid references users (id),
  decided_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- One stage per step: two people recording the next stage at once cannot both succeed.
  unique (case_id, position),
  -- A decision always has its date and text, and they come only with a decision.
  constraint feedback_stage_decision check ((decision is null) = (decided_on is null) and (decision is null) = (decision_text is null)),
  constraint feedback_stage_dates check (decided_on is null or decided_on >= lodged_on)
);
