-- Applications for admin-level access (CR-22 as amended by AM-1.4, Annex 2 as amended by AM-1.11): an organisation
-- asks the ministry to grant or revoke admin rights for listed employees, with the signed application attached. The
-- ministry or the maintainer decides within 3 working days (DR-20.2); after access is granted the organisation
-- identifies itself, accepts the cooperation terms and confirms its remote channels (DR-21.2, DR-22.2).
create table access_applications (
  id uuid primary key default gen_random_uuid(),
  -- A number people can quote: PT-2026-0001 (per year of receipt).
  number text not null unique,
  organisation_id uuid not null references organisations (id),
  action text not null check (action in ('grant', 'revoke')),
  -- The signed application (documents capability); what could be read of its signature, when submitted.
  document_id uuid not null,
  signature jsonb not null,
  note text check (length(note) <= 2000),
  status text not null default 'submitted' check (status in ('submitted', 'approved', 'rejected')),
  received_on date not null,
  -- DR-20.2's due date, as the obligation opened with the application computed it.
  decision_due date not null,
  submitted_by uuid references users (id),
  submitted_at timestamptz not null,
  decided_by uuid references users (id),
  decided_at timestamptz,
  decided_on date,
  rejection_reason text check (length(rejection_reason) <= 2000),
  check ((status = 'submitted') = (decided_at is null)),
  check (status <> 'rejected' or rejection_reason is not null),
  -- DR-21.2, DR-22.2: the organisation's confirmation after access was granted.
  terms_accepted_on date,
  terms_accepted_by uuid references users (id),
  channels_confirmed jsonb,
  -- DR-21.2 / DR-22.2's due date, as the obligation opened by the approval computed it (none for a holder).
  onboarding_due date,
  check ((terms_accepted_on is null) = (terms_accepted_by is null))
);
create index access_applications_organisation on access_applications (organisation_id);
create index access_applications_open on access_applications (received_on) where status = 'submitted';

-- The employees an application lists (Annex 2's table), in the order given.
create table access_application_employees (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references access_applications (id) on delete cascade,
  position_no integer not null check (position_no >= 0),
  name text not null check (length(btrim(name)) between 1 and 200),
  email text not null check (length(email) between 3 and 254),
  phone text not null check (length(btrim(phone)) between 1 and 50),
  job_title text not null check (length(btrim(job_title)) between 1 and 200),
  -- "Vienotā klientu apkalpošanas centra nosaukums/iestāde": the centre or institution the person works at.
  workplace text not null check (length(btrim(workplace)) between 1 and 300),
  -- AM-1.11 note 2: a fixed term (its last day) or permanent (null).
  valid_until date,
  -- After the decision: the account and the grant created, or the number of grants revoked.
  user_id uuid references users (id),
  grant_id uuid,
  revoked_grants integer,
  unique (application_id, position_no)
);
