-- A closed year's application figures kept in each instance's memory (contacts/closed-years.ts): the year's rollup
-- rows are 70,000 at national scale, and reading them took 100 ms, 60 of them only to carry the rows to the
-- application (bench:indicators). A year is closed two days after its last day by the database's clock; from then on
-- the counter writes none of its contacts (a contact is registered, changed and undone on its own day), so its rows
-- stay as they are — unless something does write them (a late bulk load, a repair in SQL). Every such write leaves a
-- mark here, in its own transaction, with its transaction id: an instance that read the year at a look where the
-- oldest running transaction was X holds it only while no mark of the year has an id from X on (a write that began
-- before the look and committed after it is caught too). The counter's own writes of the running days mark nothing.
-- Written for PostgreSQL 15 and PGlite.
create table contact_rollup_late_changes (
  year integer not null,
  xid xid8 not null,
  primary key (year, xid)
);

-- Migration 0040's function, and the marks: a year whose applications (contact_rollup_years) changed while it had
-- already ended before the statement's day's eve (Riga) — a day earlier than an instance may hold it, so a transaction
-- would have to run for a day to slip between.
create or replace function contact_rollups_apply(changes contact_rollup_change[]) returns void language plpgsql as $$
begin
  if cardinality(changes) = 0 then
    return;
  end if;
  with net as (
    select extract(year from c.occurred_on)::integer as year, s.service_id,
      case when c.type = 'eservice_filed_on_behalf' then 'electronic'
        when c.channel in ('in_person', 'phone', 'post') then c.channel else 'electronic' end as channel,
      c.channel in ('email', 'e_address') as written,
      coalesce(sum(c.sign) filter (where c.type = 'application_accepted'), 0)::integer as at_centres,
      coalesce(sum(c.sign) filter (where c.type = 'eservice_filed_on_behalf'), 0)::integer as eservices
    from unnest(changes) c cross join lateral unnest(c.service_ids) as s(service_id)
    where c.type in ('application_accepted', 'eservice_filed_on_behalf')
    group by 1, 2, 3, 4
  ),
  changed as (
    insert into contact_rollup_years as r (year, service_id, channel, written, at_centres, eservices)
    select n.year, n.service_id, n.channel, n.written, n.at_centres, n.eservices from net n
    where n.at_centres <> 0 or n.eservices <> 0
    order by 1, 2, 3, 4
    on conflict (year, service_id, channel, written) do update
      set at_centres = r.at_centres + excluded.at_centres, eservices = r.eservices + excluded.eservices
    returning r.year
  )
  insert into contact_rollup_late_changes (year, xid)
  select distinct ch.year, pg_current_xact_id() from changed ch
  where make_date(ch.year, 12, 31) < (now() at time zone 'Europe/Riga')::date - 1
  on conflict do nothing;

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

-- Emptying the contacts empties every year: each one held is marked.
create or replace function contact_rollups_truncated() returns trigger language plpgsql as $$
begin
  insert into contact_rollup_late_changes (year, xid)
  select distinct r.year, pg_current_xact_id() from contact_rollup_years r
  on conflict do nothing;
  truncate contact_rollup_years, contact_rollup_centres, contact_rollup_centre_months;
  return null;
end $$;
