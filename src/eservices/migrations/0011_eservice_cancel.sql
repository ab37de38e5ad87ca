-- Cancelling an authorised e-service (AM-1.5, DR-27.3; src/eservices/cancel.ts): a workflow that is never completed
-- (the client left, the portal refused, a mistake) is cancelled by the centre's staff — or by the retention job
-- when no step was taken for 30 days — and its client's personal data are then removed on DR-27.3's schedule,
-- counted from the cancellation day. Only additions (the two checks below are replaced by wider ones).

alter table authorised_eservices
  -- The Riga day of the cancellation: DR-27.3 counts three months from it, as from a completion day.
  add column cancelled_on date,
  add column cancelled_at timestamptz,
  -- Who cancelled; null when the retention job did (an abandoned workflow).
  add column cancelled_by uuid references users (id),
  -- Why. Free text written at the client's desk may name the client: the retention job clears it with the
  -- personal data (cancelled_at stays).
  add column cancel_reason text check (length(cancel_reason) between 1 and 500);

alter table authorised_eservices drop constraint authorised_eservices_status_check;
alter table authorised_eservices add constraint authorised_eservices_status_check check (status in ('in_progress', 'completed', 'cancelled'));
-- Was: personal data removed only from completed records.
alter table authorised_eservices drop constraint authorised_eservices_check1;
alter table authorised_eservices add constraint authorised_eservices_removed_when_closed check (personal_data_removed_at is null or status in ('completed', 'cancelled'));
alter table authorised_eservices add constraint authorised_eservices_cancelled_check check (
  (status = 'cancelled') = (cancelled_on is not null and cancelled_at is not null)
  and (status <> 'cancelled' or cancel_reason is not null or personal_data_removed_at is not null)
);

-- The retention job: cancelled records whose personal data are still there, oldest first.
create index authorised_eservices_cancelled_retention_idx on authorised_eservices (cancelled_on)
  where status = 'cancelled' and personal_data_removed_at is null;
-- …and open workflows, to find those abandoned.
create index authorised_eservices_open_idx on authorised_eservices (started_at) where status = 'in_progress';
