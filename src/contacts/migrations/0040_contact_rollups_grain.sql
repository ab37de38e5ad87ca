-- The contacts' rollups at the grain of the answers that read them (SR-21; bench:indicators measures
-- them against the GROUP BY over the contacts). Written for PostgreSQL 15 and PGlite.
--  * contact_rollup_years replaces contact_rollup_services: one row per year, service and SR-17 channel with the
--    applications accepted at centres and the e-services filed there on a client's behalf as two columns — nearly the
--    rows of SR-21.1/SR-21.2 themselves, read in key order (migration 0032's grain, per kind and contact channel, held
--    twice the rows and had to be hashed and grouped on every read). Spoken and written contacts keep apart rows
--    (`written`): a spoken contact's write claims the audit chain's head before its trigger locks rollup rows, a
--    written one's after (contacts/write-service.ts, headBeforeRollups), so the two must never share a row or they
--    could deadlock; electronic is the only SR-17 channel with both, at most two rows to add.
--  * contact_rollup_centre_months: a centre's contacts of a month by type and channel (every type, not only
--    applications) — the centre's totals as its dashboard and the BV-4.4 report show them; at most 9 types × 5
--    channels rows per centre and month.
-- Both are kept by the same statement-level triggers as contact_rollup_centres, in the writing transaction, so a
-- figure read from them equals the GROUP BY (tested, SR-21). Rows that reach zero are kept (reused by the next
-- registration rather than deleted and inserted again); readers skip them.

drop table contact_rollup_services;

-- The SR-17 channel of an application (src/indicators/channels.ts): an e-service filed on a client's behalf is
-- electronic; otherwise in person and by phone stay, the rest is electronic.
create table contact_rollup_years (
  year integer not null,
  service_id uuid not null,
  channel text not null check (channel in ('in_person', 'electronic', 'phone', 'post')),
  written boolean not null,
  at_centres integer not null,
  eservices integer not null,
  primary key (year, service_id, channel, written)
) with (fillfactor = 70);
-- A holder's ten years: its services' rows of every year.
create index contact_rollup_years_service_idx on contact_rollup_years (service_id, year);

create table contact_rollup_centre_months (
  centre_id uuid not null,
  month date not null,
  type text not null,
  channel text not null,
  n integer not null,
  primary key (centre_id, month, type, channel)
) with (fillfactor = 70);

-- Adds the changes to the three rollups. Each statement nets the changes per key, drops keys whose net is zero (an
-- edit of the note touches no rollup row) and upserts in key order, so that concurrent transactions lock the rows
-- they share in the same order and cannot deadlock; the tables are always written in this order too.
create or replace function contact_rollups_apply(changes contact_rollup_change[]) returns void language plpgsql as $$
begin
  if cardinality(changes) = 0 then
    return;
  end if;
  insert into contact_rollup_years as r (year, service_id, channel, written, at_centres, eservices)
  select extract(year from c.occurred_on)::integer, s.service_id,
    case when c.type = 'eservice_filed_on_behalf' then 'electronic'
      when c.channel in ('in_person', 'phone', 'post') then c.channel else 'electronic' end,
    c.channel in ('email', 'e_address'),
    coalesce(sum(c.sign) filter (where c.type = 'application_accepted'), 0)::integer,
    coalesce(sum(c.sign) filter (where c.type = 'eservice_filed_on_behalf'), 0)::integer
  from unnest(changes) c cross join lateral unnest(c.service_ids) as s(service_id)
  where c.type in ('application_accepted', 'eservice_filed_on_behalf')
  group by 1, 2, 3, 4
  having coalesce(sum(c.sign) filter (where c.type = 'application_accepted'), 0) <> 0
    or coalesce(sum(c.sign) filter (where c.type = 'eservice_filed_on_behalf'), 0) <> 0
  order by 1, 2, 3, 4
  on conflict (year, service_id, channel, written) do update
    set at_centres = r.at_centres + excluded.at_centres, eservices = r.eservices + excluded.eservices;

  insert into contact_rollup_centres as r (year, centre_id, kind, channel, n)
  select extract(year from c.occurred_on)::integer, c.centre_id, c.type, c.channel,
    sum(c.sign * cardinality(c.service_ids))::integer
  from unnest(changes) c
  where c.type in ('application_accepted', 'eservice_filed_on_behalf')
  group by 1, 2, 3, 4 having sum(c.sign * cardinality(c.service_ids)) <> 0 order by 1, 2, 3, 4
  on conflict (year, centre_id, kind, channel) do update set n = r.n + excluded.n;

  insert into contact_rollup_centre_months as r (centre_id, month, type, channel, n)
  select c.centre_id, date_trunc('month', c.occurred_on)::date, c.type, c.channel, sum(c.sign)::integer
  from unnest(changes) c
  group by 1, 2, 3, 4 having sum(c.sign) <> 0 order by 1, 2, 3, 4
  on conflict (centre_id, month, type, channel) do update set n = r.n + excluded.n;
end $$;

-- Every contact counts now (the centre's month has every type), so the triggers pass every changed row.
create or replace function contact_rollups_inserted() returns trigger language plpgsql as $$
begin
  perform contact_rollups_apply(array(select contact_rollup_change_of(1, n) from contact_rollup_new n));
  return null;
end $$;

create or replace function contact_rollups_deleted() returns trigger language plpgsql as $$
begin
  perform contact_rollups_apply(array(select contact_rollup_change_of(-1, o) from contact_rollup_old o));
  return null;
end $$;

create or replace function contact_rollups_updated() returns trigger language plpgsql as $$
begin
  perform contact_rollups_apply(array(
    select contact_rollup_change_of(-1, o) from contact_rollup_old o
    union all
    select contact_rollup_change_of(1, n) from contact_rollup_new n));
  return null;
end $$;

create or replace function contact_rollups_truncated() returns trigger language plpgsql as $$
begin
  truncate contact_rollup_years, contact_rollup_centres, contact_rollup_centre_months;
  return null;
end $$;

-- Contacts registered before this migration (contact_rollup_centres already counts them).
insert into contact_rollup_years (year, service_id, channel, written, at_centres, eservices)
select extract(year from c.occurred_on)::integer, s.service_id,
  case when c.type = 'eservice_filed_on_behalf' then 'electronic'
    when c.channel in ('in_person', 'phone', 'post') then c.channel else 'electronic' end,
  c.channel in ('email', 'e_address'),
  count(*) filter (where c.type = 'application_accepted')::integer,
  count(*) filter (where c.type = 'eservice_filed_on_behalf')::integer
from contacts c cross join lateral unnest(c.service_ids) as s(service_id)
where c.type in ('application_accepted', 'eservice_filed_on_behalf')
group by 1, 2, 3, 4;

insert into contact_rollup_centre_months (centre_id, month, type, channel, n)
select c.centre_id, date_trunc('month', c.occurred_on)::date, c.type, c.channel, count(*)::integer
from contacts c
group by 1, 2, 3, 4;
