-- Proposals to move a service or a stage of it into the centres (CR-12 … CR-15), and notices of excluding a
-- service (CR-16). One row per proposal with its state (the state machine is src/proposals/machine.ts), its history
-- step by step, and the answers of the holder and the centres gathered by the ministry (CR-13.2, CR-14.2).
create table proposals (
  id uuid primary key default gen_random_uuid(),
  -- 'transfer': move a service or a stage into the centres (CR-12); 'exclusion': exclude a service (CR-16).
  kind text not null check (kind in ('transfer', 'exclusion')),
  title text not null check (length(btrim(title)) between 1 and 300),
  -- Who proposed it (a municipality, an institution or a holder) and which of these it was when it filed.
  proposer_id uuid not null references organisations (id),
  proposer_kind text not null check (proposer_kind in ('municipality', 'institution', 'holder')),
  -- The catalogue service, and/or the stage of it described in words (at least one of the two).
  service_id uuid references services (id),
  stage text check (stage is null or length(btrim(stage)) between 1 and 2000),
  check (service_id is not null or stage is not null),
  -- The holder of the service (asked for its readiness when another body proposed it, CR-13.2.1, CR-14.2.1).
  holder_id uuid not null references organisations (id),
  -- Which kinds of centres the proposal is meant for (regional, local …; empty: every centre).
  centre_kinds text[] not null default '{}',
  justification text not null check (length(btrim(justification)) between 1 and 4000),
  -- The signed letter (a document of src/documents/).
  letter_id uuid not null,
  -- The day the ministry received the letter (Europe/Riga): the clock of CR-13.2 / CR-14.2 starts on it.
  filed_on date not null,
  filed_at timestamptz not null,
  state text not null check (state in ('gathering', 'ready_for_committee', 'rejected', 'approved', 'training_held',
    'guidance_published', 'in_service', 'withdrawn', 'exclusion_notified', 'excluded')),
  state_since timestamptz not null,
  -- The holder's readiness (null: not answered or not asked), and when the centres were asked (CR-14.2.2: for
  -- another body's proposal only after the holder confirmed).
  holder_ready boolean,
  centres_asked_at timestamptz,
  information_on date,
  -- The committee's decision (src/committee/ calls decideProposal).
  decision_id text,
  decided_on date,
  decision_positive boolean,
  training_on date,
  guidance_id uuid,
  guidance_on date,
  -- CR-16: the day the exclusion takes effect (a month's notice before it).
  exclude_from date,
  -- The duty the proposal now waits for (an obligation of the engine) and its due date, for the "stuck" view.
  due_rule text,
  due_date date,
  updated_at timestamptz not null
);
create index proposals_state on proposals (state, state_since);
create index proposals_proposer on proposals (proposer_id);

-- Each step: what happened, from which state to which, who did it and for which organisation (and centre).
create table proposal_events (
  id uuid primary key default gen_random_uuid(),
  -- The order the steps were recorded in (several may share an instant).
  seq bigint generated always as identity,
  proposal_id uuid not null references proposals (id) on delete cascade,
  type text not null check (length(type) between 1 and 40),
  from_state text,
  to_state text not null,
  occurred_at timestamptz not null,
  on_date date not null,
  actor_user_id uuid,
  actor_label text not null,
  organisation_id uuid references organisations (id),
  centre_id uuid references centres (id),
  note text check (note is null or length(note) <= 2000),
  document_id uuid
);
create index proposal_events_proposal on proposal_events (proposal_id, seq);

-- CR-13.2.2, CR-14.2.2: whether each centre wants to provide it; after the training each willing centre starts
-- (CR-15.3) within the due date kept here.
create table proposal_centres (
  proposal_id uuid not null references proposals (id) on delete cascade,
  centre_id uuid not null references centres (id),
  municipality_id uuid not null references organisations (id),
  willing boolean not null,
  note text check (note is null or length(note) <= 2000),
  answered_at timestamptz not null,
  answered_by uuid,
  start_due date,
  started_on date,
  primary key (proposal_id, centre_id)
);
