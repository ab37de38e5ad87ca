-- SR-11, second half: when a law changes, the holder updates the description by the day the change takes effect.
-- A law change is recorded against a service (by the holder's describers or the ministry, src/catalogue/law-changes.ts);
-- whether it was met is not stored but worked out from the service's publications (a version published after the
-- change was recorded, before the end of its effective day in Riga), so it can never disagree with them.
-- Only additions.

create table service_law_changes (
  id uuid primary key default gen_random_uuid(),
  service_id uuid not null references services (id),
  -- The amending act, e.g. "Grozījumi Komerclikumā (LV, 123, 30.06.2026.)".
  title text not null check (length(title) between 1 and 500),
  -- Where to read it (likumi.lv); http(s) only, like every link of a description.
  url text check (length(url) between 1 and 1000 and url ~ '^https?://'),
  -- The day the change takes effect: the description is to be published updated by the end of it (Riga).
  effective_on date not null,
  -- Who recorded it: the user, and the caller's label (a token has no user) as the audit trail names it.
  recorded_by uuid references users (id),
  recorded_by_label text not null check (length(recorded_by_label) between 1 and 300),
  -- Only publications after this instant count as the update.
  recorded_at timestamptz not null
);
-- A service's changes are read together (its editor page, its quality checks), by the day they take effect.
create index service_law_changes_service_idx on service_law_changes (service_id, effective_on);
