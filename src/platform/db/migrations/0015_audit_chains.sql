-- The audit trail, part II: one chain per writer's organisation instead of one for the network (no global lock),
-- keyed hashes (HMAC-SHA256, the key id stored per event), anchors of every chain's head that the application
-- cannot rewrite, and append-only audit tables. Written for PostgreSQL 15 and PGlite alike.

-- The head of each chain: `INSERT … ON CONFLICT DO UPDATE` on its row is the lock that orders appends, so
-- writers of different chains never wait on each other. The row is a convenience, not evidence: verify-audit
-- trusts the events and the anchors, and only compares the head with them.
create table audit_chain_heads (
  chain_key text primary key check (length(chain_key) between 1 and 300),
  -- chain_seq of the chain's last event
  seq bigint not null check (seq >= 1),
  hash text not null
);

alter table audit_events
  add column chain_key text,
  add column chain_seq bigint,
  add column key_id text;

-- Events written before this migration stay verifiable the way they were written: one network chain in seq
-- order, hashed with plain SHA-256. They become the closed chain 'legacy' (anchored below); new events never join it.
update audit_events e
   set chain_key = 'legacy', chain_seq = r.n, key_id = 'legacy-sha256'
  from (select seq, row_number() over (order by seq) as n from audit_events) r
 where r.seq = e.seq;

alter table audit_events
  alter column chain_key set not null,
  alter column chain_seq set not null,
  alter column key_id set not null,
  -- The application makes the id: it is hashed, so it must be known before the insert.
  alter column id drop default;
-- Gapless positions within a chain (a second writer at the same position fails instead of forking the chain);
-- the index is also how verify-audit walks a chain in order.
alter table audit_events add constraint audit_events_chain_position unique (chain_key, chain_seq);

-- One anchoring: when, and the Riga day whose digest it e-mailed to the auditors (unique: one digest a day,
-- whichever instance anchors first).
create table audit_anchor_runs (
  id uuid primary key,
  anchored_at timestamptz not null,
  digest_day date unique
);

-- The head of a chain as it was at an anchoring. verify-audit compares every chain with its latest anchor: a chain
-- that now ends before it lost its tail; one whose event there has another hash was rewritten.
create table audit_anchors (
  run_id uuid not null references audit_anchor_runs (id),
  chain_key text not null,
  chain_seq bigint not null check (chain_seq >= 1),
  hash text not null,
  primary key (run_id, chain_key)
);
-- The latest anchor of each chain (DISTINCT ON … ORDER BY chain_key, chain_seq DESC).
create index audit_anchors_chain_idx on audit_anchors (chain_key, chain_seq desc);

with run as (
  insert into audit_anchor_runs (id, anchored_at)
  select gen_random_uuid(), now() where exists (select 1 from audit_events)
  returning id
)
insert into audit_anchors (run_id, chain_key, chain_seq, hash)
select run.id, last.chain_key, last.chain_seq, last.hash
  from run cross join lateral (select chain_key, chain_seq, hash from audit_events order by seq desc limit 1) last;

-- Append-only, whatever the application asks: UPDATE, DELETE and TRUNCATE of audit rows are refused. A trigger
-- binds every role without superuser rights, including the tables' owner; in production the application's role
-- should not own these tables either (README, "The audit trail"), so it cannot disable the trigger.
create function audit_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'the audit trail is append-only: % on % is refused', tg_op, tg_table_name
    using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_events_append_only before update or delete on audit_events
  for each row execute function audit_append_only();
create trigger audit_events_no_truncate before truncate on audit_events
  for each statement execute function audit_append_only();
create trigger audit_anchor_runs_append_only before update or delete on audit_anchor_runs
  for each row execute function audit_append_only();
create trigger audit_anchor_runs_no_truncate before truncate on audit_anchor_runs
  for each statement execute function audit_append_only();
create trigger audit_anchors_append_only before update or delete on audit_anchors
  for each row execute function audit_append_only();
create trigger audit_anchors_no_truncate before truncate on audit_anchors
  for each statement execute function audit_append_only();
