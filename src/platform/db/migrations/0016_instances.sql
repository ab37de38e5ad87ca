-- Several instances on one database: the catalogue import's lease, the login rate limit kept in the database,
-- and what the maintainer sees of the background jobs (which pg-boss runs from its own schema, `pgboss`).

-- SR-12.2: the instance writing an import renews its lease while it runs (src/catalogue/import-service.ts). At
-- start-up an instance marks interrupted only the running imports whose lease ran out: one whose lease is still
-- live is being written by another instance. Imports left running before this migration have no lease and count
-- as expired.
alter table catalogue_imports add column lease_owner text check (length(lease_owner) <= 200);
alter table catalogue_imports add column lease_until timestamptz;
-- Start-up looks only at the running imports; they are few, the finished ones are many.
create index catalogue_imports_running_idx on catalogue_imports (lease_until) where status = 'running';

-- The per-address login rate limit, one counter per route and address for all instances
-- (src/platform/http/rate-limit-store.ts).
create table rate_limit_hits (
  -- SHA-256 of route and address: a fixed-size key, and no list of client addresses kept in clear.
  key_hash text primary key check (length(key_hash) = 64),
  hits integer not null check (hits > 0),
  window_ends_at timestamptz not null
);
-- The cleanup job deletes the windows that ended.
create index rate_limit_hits_window_idx on rate_limit_hits (window_ends_at);

-- The newest run of each background job, whichever instance ran it (src/platform/jobs/runs-repository.ts).
create table job_status (
  name text primary key check (length(name) between 1 and 100),
  last_started_at timestamptz not null,
  -- Null while the run goes on.
  last_finished_at timestamptz,
  last_state text not null check (last_state in ('running', 'completed', 'failed')),
  last_instance text not null check (length(last_instance) <= 200),
  runs integer not null default 0 check (runs >= 0),
  failures integer not null default 0 check (failures >= 0)
);

-- Recent failures of each job with their error message, stripped of e-mail addresses and personal codes; only the
-- newest few per job are kept (runs-repository.ts), so the table stays small however often a job fails.
create table job_failures (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 100),
  started_at timestamptz not null,
  failed_at timestamptz not null,
  -- 1 for the scheduled run, 2… for pg-boss's retries of it.
  attempt integer not null check (attempt >= 1),
  message text not null check (length(message) <= 500),
  instance text not null check (length(instance) <= 200)
);
-- The page lists each job's newest failures; pruning keeps the newest per job.
create index job_failures_name_idx on job_failures (name, failed_at desc);
