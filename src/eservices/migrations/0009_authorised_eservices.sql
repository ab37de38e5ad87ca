-- Authorised e-services (AM-1.1, AM-1.5, DR-27, DR-28, DR-29): centre staff file an e-service on a
-- natural person's behalf. Three tables, split by what the retention rule does to them (DR-27.3):
--   authorised_eservices        the anonymous record kept for statistics (centre, service, dates, delivery channel);
--   authorised_eservice_steps   who took each step of AM-1.5 and when (staff, not the client);
--   authorised_eservice_clients the client's personal data, deleted three months after completion.
-- Only additions.

create table authorised_eservices (
  id uuid primary key default gen_random_uuid(),
  centre_id uuid not null references centres (id),
  service_id uuid not null references services (id),
  -- DR-29: the published version whose content allowed filing on the client's behalf when the workflow started.
  service_version_id uuid not null references service_versions (id),
  started_by uuid references users (id),
  started_at timestamptz not null,
  status text not null default 'in_progress' check (status in ('in_progress', 'completed')),
  -- DR-27.1: the kind of identity document that was checked (its number is personal data: the clients table).
  document_type text check (document_type in ('passport', 'id_card', 'residence_permit')),
  -- AM-1.5 22.1²: the qualified eID means the employee identified themself with on the state portal.
  eid_means text check (eid_means in ('eid_card', 'eparaksts_mobile')),
  -- AM-1.5 22.1³: the centre's copy of the written authorisation was archived (Archives Law), with its file reference.
  centre_copy_archived boolean not null default false,
  archive_reference text check (length(archive_reference) between 1 and 100),
  filed_on date,
  -- AM-1.5 22.1⁶: the planned completion date told to the client; null once the step is done: the e-service gives none.
  planned_completion_on date,
  -- DR-28: how the result reaches the client.
  delivery_channel text check (delivery_channel in ('e_address', 'post', 'in_person')),
  -- AM-1.5 22.1⁷: whether the client asked to be told the result, and when they were told.
  result_asked boolean,
  result_told_on date,
  -- The day the e-service was completed (Riga date): DR-27.3 counts three months from it.
  completed_on date,
  completed_at timestamptz,
  -- DR-27.3: when the retention job removed the client's personal data; the record stays anonymous after it.
  personal_data_removed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (status <> 'completed' or (completed_on is not null and completed_at is not null)),
  check (personal_data_removed_at is null or status = 'completed'),
  check (result_told_on is null or result_asked)
);
-- A centre's list, newest first.
create index authorised_eservices_centre_idx on authorised_eservices (centre_id, started_at desc);
-- The retention job looks for completed records whose personal data are still there, oldest first.
create index authorised_eservices_retention_idx on authorised_eservices (completed_on)
  where status = 'completed' and personal_data_removed_at is null;

create table authorised_eservice_steps (
  eservice_id uuid not null references authorised_eservices (id),
  -- The duties of AM-1.5 in their order (src/eservices/steps.ts); each is taken once.
  step text not null check (step in ('identity', 'portal_identification', 'data_use_informed', 'authorisation_signed', 'filed', 'completion_time_told', 'delivery', 'result_told', 'completed')),
  position smallint not null check (position between 1 and 9),
  done_at timestamptz not null,
  done_by uuid references users (id),
  primary key (eservice_id, step),
  -- Two requests taking the same step at once: one wins, the other sees the conflict.
  unique (eservice_id, position)
);

-- DR-27.3: the client's personal data of the confirmation; the whole row is deleted by the retention job.
create table authorised_eservice_clients (
  eservice_id uuid primary key references authorised_eservices (id),
  name text not null check (length(name) between 1 and 200),
  -- Stored normalised, 11 digits without the hyphen; shown masked (120190-1****) unless deliberately revealed.
  personal_code text not null check (personal_code ~ '^[0-9]{11}$'),
  document_number text not null check (length(document_number) between 1 and 30),
  document_valid_until date not null,
  -- DR-28: the postal address when the result goes by post.
  postal_address text check (length(postal_address) between 1 and 300),
  -- The state portal's reference number of the filed application (links back to the person there).
  filing_reference text check (length(filing_reference) between 1 and 60)
);
