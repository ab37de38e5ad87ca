-- Closing every duty: how each fulfilled obligation was closed, and the records by which an
-- organisation says it did a duty whose action happens outside the system (CR-17.16's survey, CR-18.1's training,
-- SR-24's measurement), with its evidence. Written for PostgreSQL 15 and PGlite.

-- 'action': fulfilled by the capability whose action completes the duty (a meeting held, a year published);
-- 'record': recorded as done by the owing organisation (obligation_records). Only a fulfilled obligation says.
alter table obligations add column closed_by text check (closed_by in ('action', 'record'));
update obligations set closed_by = 'action' where status in ('fulfilled_on_time', 'fulfilled_late');
alter table obligations add constraint obligations_closed_by
  check ((closed_by is not null) = (status in ('fulfilled_on_time', 'fulfilled_late')));
-- The dashboards count by how duties were closed.
create index obligations_closed_by_idx on obligations (closed_by) where closed_by is not null;

-- One record per obligation: the evidence that it was done (a note, the day, optionally a stored document).
create table obligation_records (
  obligation_id uuid primary key references obligations (id),
  done_on date not null,
  note text not null check (length(note) between 1 and 2000),
  document_id uuid references documents (id),
  recorded_by uuid references users (id),
  recorded_at timestamptz not null default now()
);
