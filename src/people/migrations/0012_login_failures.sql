-- Failed logins for addresses that have no account (src/people/lockout-repository.ts). An account's own counter
-- stays on its users row (administrators see its lock); this table gives every other address the same counter
-- and the same lock, so the login form answers alike whether or not an address has an account.
create table login_failures (
  -- SHA-256 of the lower-cased address: a fixed-size key, and no second list of typed-in addresses in clear.
  address_hash text primary key check (length(address_hash) = 64),
  failed_logins integer not null default 0 check (failed_logins >= 0),
  locked_until timestamptz,
  -- The last failure: lets an operator prune addresses nobody has tried for a long time.
  updated_at timestamptz not null
);
