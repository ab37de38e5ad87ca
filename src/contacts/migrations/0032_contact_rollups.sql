-- Rollups of the counter's applications (SR-21 at ten years of national data). Counts only, kept by
-- statement-level triggers with transition tables, so that every write path — the registration, its edit, its undo
-- (a delete), a bulk load in SQL — changes them in its own transaction: a figure read from them is exactly the
-- GROUP BY over the contacts it replaces (tested, SR-21).
-- Written for PostgreSQL 15 and PGlite.
--
-- Two grains, each what a read needs (bench:indicators measures them against the GROUP BY):
--  * per year, service, kind and channel — SR-21.1/SR-21.2 of a year for every holder, a holder's years. A year
--    is enough: services are many (20,000) and a month would hold about as many rows as the contacts.
--  * per year, centre, kind and channel — the ministry's per-centre and per-municipality view of SR-21.
-- Both count (contact, service) pairs of applications, as SR-21.1 counts applications per service. No rollup per
-- day and centre for the dashboards: at 2,000 centres a centre has about one contact a day of a given type and
-- channel, so it held 8.7 million rows for 10 million contacts (bench:indicators) and read a centre's month no faster
-- than contacts_centre_day_idx does, while costing every registration a second upsert. Rows that reach zero are kept
-- (a row is reused by the next registration rather than deleted and inserted again); readers skip them.

-- fillfactor: every registration updates a row in place; room on the page keeps those updates HOT (no index entry).
create table contact_rollup_services (
  year integer not null,
  service_id uuid not null,
  kind text not null,
  channel text not null,
  n integer not null,
  primary key (year, service_id, kind, channel)
) with (fillfactor = 70);
-- A holder's ten years: its services' rows of every year.
create index contact_rollup_services_service_idx on contact_rollup_services (service_id, year);

create table contact_rollup_centres (
  year integer not null,
  centre_id uuid not null,
  kind text not null,
  channel text not null,
  n integer not null,
  primary key (year, centre_id, kind, channel)
) with (fillfactor = 70);

-- One changed contact as the rollups see it: +1 for a row written, -1 for a row removed (an update is both).
create type contact_rollup_change as (
  sign integer,
  occurred_on date,
  centre_id uuid,
  type text,
  channel text,
  service_ids uuid[]
);

-- Adds the changes to the two rollups. Each statement nets the changes per key, drops keys whose net is zero (an
-- edit of the note touches no rollup row) and upserts in key order, so that concurrent transactions lock the rows
-- they share in the same order and cannot deadlock; the two tables are always written in this order too.
create function contact_rollups_apply(changes contact_rollup_change[]) returns void language plpgsql as $$
begin
  if cardinality(changes) = 0 then
    return;
  end if;
  insert into contact_rollup_services as r (year, service_id, kind, channel, n)
  select extract(year from c.occurred_on)::integer, s.service_id, c.type, c.channel, sum(c.sign)::integer
  from unnest(changes) c cross join lateral unnest(c.service_ids) as s(service_id)
  where c.type in ('application_accepted', 'eservice_filed_on_behalf')
  group by 1, 2, 3, 4 having sum(c.sign) <> 0 order by 1, 2, 3, 4
  on conflict (year, service_id, kind, channel) do update set n = r.n + excluded.n;

  insert into contact_rollup_centres as r (year, centre_id, kind, channel, n)
  select extract(year from c.occurred_on)::integer, c.centre_id, c.type, c.channel,
    sum(c.sign * cardinality(c.service_ids))::integer
  from unnest(changes) c
  where c.type in ('application_accepted', 'eservice_filed_on_behalf')
  group by 1, 2, 3, 4 having sum(c.sign * cardinality(c.service_ids)) <> 0 order by 1, 2, 3, 4
  on conflict (year, centre_id, kind, channel) do update set n = r.n + excluded.n;
end $$;

-- The change of one contact row (the trigger functions below read their transition tables through it). Only
-- applications count: any other contact's statement finds no change and returns at once.
create function contact_rollup_change_of(sign integer, c contacts) returns contact_rollup_change
language sql immutable as $$
  select row(sign, c.occurred_on, c.centre_id, c.type, c.channel, c.service_ids)::contact_rollup_change
$$;

create function contact_rollups_inserted() returns trigger language plpgsql as $$
begin
  perform contact_rollups_apply(array(select contact_rollup_change_of(1, n) from contact_rollup_new n where n.type in ('application_accepted', 'eservice_filed_on_behalf')));
  return null;
end $$;

create function contact_rollups_deleted() returns trigger language plpgsql as $$
begin
  perform contact_rollups_apply(array(select contact_rollup_change_of(-1, o) from contact_rollup_old o
    where o.type in ('application_accepted', 'eservice_filed_on_behalf')));
  return null;
end $$;

create function contact_rollups_updated() returns trigger language plpgsql as $$
begin
  perform contact_rollups_apply(array(
    select contact_rollup_change_of(-1, o) from contact_rollup_old o
    union all
    select contact_rollup_change_of(1, n) from contact_rollup_new n where n.type in ('application_accepted', 'eservice_filed_on_behalf')));
  return null;
end $$;

create function contact_rollups_truncated() returns trigger language plpgsql as $$
begin
  truncate contact_rollup_services, contact_rollup_centres;
  return null;
end $$;

-- Once per statement, not per row: a bulk insert of a million contacts nets its changes in one upsert per rollup.
create trigger contact_rollups_insert after insert on contacts
  referencing new table as contact_rollup_new for each statement execute function contact_rollups_inserted();
create trigger contact_rollups_update after update on contacts
  referencing old table as contact_rollup_old new table as contact_rollup_new
  for each statement execute function contact_rollups_updated();
create trigger contact_rollups_delete after delete on contacts
  referencing old table as contact_rollup_old for each statement execute function contact_rollups_deleted();
create trigger contact_rollups_truncate after truncate on contacts
  for each statement execute function contact_rollups_truncated();

-- Contacts registered before this migration.
select contact_rollups_apply(array(select contact_rollup_change_of(1, c) from contacts c));
