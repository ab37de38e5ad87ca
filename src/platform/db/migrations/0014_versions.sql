-- No lost updates: every row people edit through a PUT, PATCH or DELETE carries a version. Every change counts it
-- up in its own UPDATE; the API shows it as the resource's ETag (src/platform/http/etag.ts), and a write names the
-- version it read in If-Match, checked in the same statement (UPDATE … WHERE id = $1 AND version = $2): of two
-- people who read version 3, the first one's change makes it 4 and the second one's matches no row (412).
-- A constant default is a catalogue change on PostgreSQL 11+, not a table rewrite: the contacts table may be large.
alter table services add column version integer not null default 1;
alter table centres add column version integer not null default 1;
alter table service_points add column version integer not null default 1;
alter table organisations add column version integer not null default 1;
alter table organisation_contacts add column version integer not null default 1;
alter table users add column version integer not null default 1;
alter table contacts add column version integer not null default 1;
