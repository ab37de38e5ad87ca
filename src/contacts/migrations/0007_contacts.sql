-- Contacts registered at the counter (CR-17.1 … CR-17.4, CR-17.12, CR-17.13, DR-25.1.7.3, CR-20.8,
-- CR-20.9) and the idempotency keys of their registration. Only additions. Written for PostgreSQL 15 and PGlite.

-- One row per contact: the counter's registration is a single-row insert (it is benchmarked), so the services and
-- institutions concerned are arrays on the row rather than child tables. Their elements are checked by the service
-- on every write (published services; organisations that hold services), and neither services nor organisations
-- are ever deleted (a service is withdrawn), so no element can dangle.
create table contacts (
  -- Made by the application: the response, the audit event and a DR-25.1.7.3 obligation name it before the insert.
  id uuid primary key,
  centre_id uuid not null references centres (id),
  -- The point must be one of the centre's (checked by the service; a point never moves to another centre).
  service_point_id uuid not null references service_points (id),
  -- The employee who registered it (the caller), who may change or undo it on the same day.
  employee_id uuid not null references users (id),
  occurred_at timestamptz not null,
  -- The Riga date of occurred_at, kept beside it so that lists and statistics by day need no time-zone arithmetic
  -- and can use an index.
  occurred_on date not null,
  channel text not null check (channel in ('in_person', 'phone', 'email', 'e_address', 'video')),
  type text not null check (type in ('information', 'application_accepted', 'eservice_consultation',
    'eservice_filed_on_behalf', 'e_address_consultation', 'documents_handed_out', 'complaint', 'question', 'suggestion')),
  service_ids uuid[] not null default '{}' check (cardinality(service_ids) <= 10),
  institution_ids uuid[] not null default '{}' check (cardinality(institution_ids) <= 10),
  outcome text not null check (outcome in ('resolved_on_spot', 'referred_to_institution', 'application_forwarded',
    'callback_needed', 'answered_in_writing', 'other')),
  -- Only as much personal data as the procedure needs: the client's identifier, never a name. A personal code or
  -- a registration number, both 11 digits (validated by src/contacts/client-id.ts).
  client_kind text check (client_kind in ('natural_person', 'legal_person')),
  client_code text check (client_code ~ '^[0-9]{11}$'),
  note text check (length(note) <= 1000),
  -- DR-25.1.7.3: a contact that came in writing (e-mail, e-address) is due 3 working days after its receipt on the
  -- centre's municipality's calendar (the obligation in `obligations` is the legal record; this copy lets the
  -- counter's lists and the dashboard read it without a join). Overdue is computed in Riga time when read.
  due_on date,
  answered_at timestamptz,
  answered_by uuid references users (id),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  -- A client is a kind and a code, or nothing.
  constraint contacts_client check ((client_kind is null) = (client_code is null)),
  -- Only written contacts have a due date and an answer.
  constraint contacts_written check (channel in ('email', 'e_address') or (due_on is null and answered_at is null)),
  constraint contacts_answered check ((answered_at is null) = (answered_by is null))
);
-- The counter's list and every centre-scoped read: a centre's contacts of a day (or of a range of days).
create index contacts_centre_day_idx on contacts (centre_id, occurred_on);
-- Institutions read the contacts about their services (CR-19.7): overlap of institution_ids with theirs.
create index contacts_institutions_idx on contacts using gin (institution_ids);
-- The centre's dashboard: written contacts still waiting for their answer, by due date; the index stays small.
create index contacts_open_idx on contacts (centre_id, due_on) where answered_at is null and due_on is not null;
-- The ministry's aggregate over the whole network reads a range of days.
create index contacts_day_idx on contacts (occurred_on);

-- Idempotency-Key of POST /api/v1/contacts: the first successful response per (caller, key). The primary key is what
-- makes concurrent retries safe: the second insert waits for the first transaction and then finds its row, so a
-- retried registration is stored once. The request's hash tells a retry from a reuse of the key for another body.
create table contact_idempotency (
  caller_id uuid not null,
  key text not null check (length(key) between 1 and 200),
  request_hash text not null check (length(request_hash) = 64),
  contact_id uuid not null,
  status integer not null,
  -- Filled in the same transaction as the contact; null only inside that transaction.
  response jsonb,
  created_at timestamptz not null,
  primary key (caller_id, key)
);
-- Old keys can be removed by age.
create index contact_idempotency_created_idx on contact_idempotency (created_at);
