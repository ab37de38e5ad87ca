-- The public search's in-process index (src/catalogue/search-index.ts) learns which services changed since it last
-- looked. Every insert or update of a service (a registration, an edit, a publication, a withdrawal, a verification
-- all write the services row) records the writing transaction's id and a new stamp. At each look the index notes the
-- oldest transaction still running (pg_snapshot_xmin of the statement's snapshot); next time it asks only for rows
-- written by that transaction or later ones — those it may not have seen, including a transaction that wrote before
-- the look and committed after it — and re-reads those whose stamp it does not hold.
create sequence services_search_stamp;
alter table services add column search_stamp bigint not null default nextval('services_search_stamp');
alter table services add column search_xid xid8 not null default pg_current_xact_id();
create index services_search_xid_idx on services (search_xid);

create function services_search_stamp() returns trigger language plpgsql as $$
begin
  new.search_stamp := nextval('services_search_stamp');
  new.search_xid := pg_current_xact_id();
  return new;
end $$;

create trigger services_search_stamp before update on services
  for each row execute function services_search_stamp();
