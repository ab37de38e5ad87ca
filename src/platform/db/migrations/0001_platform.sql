-- Platform: organisations and centres (minimal; the directory capability extends them), people and their
-- scoped roles, sessions, API tokens, the audit trail and the mail outbox.
-- Written for PostgreSQL 15 (the production floor) and PGlite alike.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

create table organisations (
  id uuid primary key default gen_random_uuid(),
  -- CR-2.3 … CR-2.5: who an organisation is decides what it may do.
  kind text not null check (kind in ('ministry', 'maintainer', 'institution', 'holder', 'municipality')),
  name text not null check (length(name) between 1 and 300),
  short_name text check (length(short_name) <= 50),
  -- Enterprise Register number; unique so that reference data loads and imports cannot duplicate a body.
  reg_no text unique check (reg_no ~ '^[0-9]{11}$'),
  website text,
  email text,
  phone text,
  e_address text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table centres (
  id uuid primary key default gen_random_uuid(),
  -- A centre belongs to the municipality that runs it (CR-4 … CR-6).
  municipality_id uuid not null references organisations (id),
  name text not null check (length(name) between 1 and 300),
  kind text check (kind in ('county', 'regional', 'national')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- Listing a municipality's centres is the common scope lookup.
create index centres_municipality_idx on centres (municipality_id);

-- BV-1.2, BV-1.8: a centre can serve clients at several addresses (the directory capability adds hours).
create table service_points (
  id uuid primary key default gen_random_uuid(),
  centre_id uuid not null references centres (id),
  name text not null check (length(name) between 1 and 300),
  address text not null check (length(address) between 1 and 300),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index service_points_centre_idx on service_points (centre_id);

create table users (
  id uuid primary key default gen_random_uuid(),
  -- Stored lower-case; the unique index is what stops two accounts for one address.
  email text not null unique check (email = lower(email) and length(email) <= 254),
  name text not null check (length(name) between 1 and 200),
  phone text,
  position text,
  organisation_id uuid not null references organisations (id),
  -- Null until the user sets a password through the link sent to them.
  password_hash text,
  status text not null default 'active' check (status in ('active', 'disabled')),
  failed_logins integer not null default 0,
  locked_until timestamptz,
  password_changed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index users_organisation_idx on users (organisation_id);

-- AM-1.11: a role is granted with a scope (an organisation, optionally narrowed to one of its centres)
-- and a term (fixed, ending on valid_until inclusive, or permanent when valid_until is null).
-- Dates are legal dates decided in Europe/Riga; an expired grant stops working without anybody acting.
create table role_grants (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id),
  role text not null check (role in ('maintainer', 'ministry_supervisor', 'org_admin', 'centre_head',
    'centre_employee', 'institution_coordinator', 'committee_member', 'auditor')),
  organisation_id uuid not null references organisations (id),
  centre_id uuid references centres (id),
  valid_from date not null,
  valid_until date,
  granted_by uuid references users (id),
  granted_at timestamptz not null default now(),
  revoked_at timestamptz,
  revoked_by uuid references users (id),
  check (valid_until is null or valid_until >= valid_from)
);
-- Every request resolves the caller's live grants by user.
create index role_grants_user_idx on role_grants (user_id) where revoked_at is null;
create index role_grants_organisation_idx on role_grants (organisation_id);

-- Sessions live in the database so that several stateless app instances share them and logout is immediate.
-- Only a SHA-256 of the cookie's token is stored: a copy of the table cannot be replayed.
create table sessions (
  token_hash text primary key,
  user_id uuid not null references users (id),
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ip text,
  user_agent text,
  revoked_at timestamptz
);
create index sessions_user_idx on sessions (user_id);

-- Set-password links (invitation and reset): single use, short-lived, stored hashed.
create table password_tokens (
  token_hash text primary key,
  user_id uuid not null references users (id),
  purpose text not null check (purpose in ('invite', 'reset')),
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);
create index password_tokens_user_idx on password_tokens (user_id);

-- API tokens for other systems: one role with one scope, like a grant; shown once, stored hashed.
create table api_tokens (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 200),
  -- The first characters of the token, so an operator can tell tokens apart without the secret.
  prefix text not null,
  token_hash text not null unique,
  role text not null check (role in ('maintainer', 'ministry_supervisor', 'org_admin', 'centre_head',
    'centre_employee', 'institution_coordinator', 'committee_member', 'auditor')),
  organisation_id uuid not null references organisations (id),
  centre_id uuid references centres (id),
  expires_at timestamptz not null,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  revoked_by uuid references users (id)
);
create index api_tokens_organisation_idx on api_tokens (organisation_id);

-- The audit trail. Each event carries the hash of the previous one, so a changed or deleted row breaks the
-- chain at a place that can be named. `seq` gives the chain's order (appends are serialised by a lock).
create table audit_events (
  seq bigserial primary key,
  id uuid not null unique default gen_random_uuid(),
  occurred_at timestamptz not null,
  actor_user_id uuid,
  actor_token_id uuid,
  actor_label text not null,
  organisation_id uuid,
  action text not null,
  entity_type text not null,
  entity_id text,
  before jsonb,
  after jsonb,
  ip text,
  request_id text,
  prev_hash text not null,
  hash text not null
);
-- Auditors search by time, by entity and by actor.
create index audit_events_time_idx on audit_events (occurred_at);
create index audit_events_entity_idx on audit_events (entity_type, entity_id);
create index audit_events_actor_idx on audit_events (actor_user_id);

-- The mail outbox: a message is written in the same transaction as the change that causes it, and sent later.
create table mail_outbox (
  id uuid primary key default gen_random_uuid(),
  to_address text not null,
  subject text not null,
  body_text text not null,
  -- pending → sending → sent; failed after the last retry. A message left in 'sending' by a crash is
  -- never retried automatically (it may have been delivered): an operator decides.
  status text not null default 'pending' check (status in ('pending', 'sending', 'sent', 'failed')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
-- The sender polls for due pending messages.
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status = 'pending';
