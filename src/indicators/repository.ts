// The indicators' SQL. SR-21's figures are computed with one grouped query per request (the counter's applications,
// the e-services filed at centres, the complaints and the holder's own counts) and one of the services' facts,
// reading the other capabilities' records only through the SQL fragments of their lookups. The counter's applications come from the contacts'
// rollup per year, service, kind and channel (contacts/rollups.ts, kept in the registration's transaction by
// migration 0032's triggers): at ten years of national data (10 million contacts) the GROUP BY over the contacts
// reads a year's million rows, the rollup a few hundred thousand at most (bench:indicators prints both); a closed
// year's are held in the process's memory (contacts/closed-years.ts). Complaints are far fewer and still counted from
// the cases; delays depend on today and are judged from the records. The services' facts come from the catalogue's
// index (serviceFacts).
import { sql, type Kysely } from 'kysely';
import {
  serviceFacts,
  serviceHolderOf,
  serviceIdentifierOf,
  serviceIdsOfHolder,
  serviceMaxTermOf,
} from '../catalogue/lookups.ts';
import { centreNameOf } from '../centres/lookups.ts';
import {
  type ApplicationYearRow,
  applicationContactsSql,
  applicationYearsSql,
  closedYearApplications,
} from '../contacts/lookups.ts';
import { complaintsAboutServicesSql } from '../feedback/lookups.ts';
import { organisationNameOf, organisationsById } from '../organisations/lookups.ts';
import type { DB, Tx } from '../db.ts';
import { sr17Channel, type Channel } from './channels.ts';
import type { ChannelCountRow, PublicationRow } from './tables.ts';

export type Q = Kysely<DB> | Tx;

export interface YearRange {
  from: string;
  to: string;
}

export const yearRange = (year: number): YearRange => ({ from: `${year}-01-01`, to: `${year}-12-31` });

export interface FigureDbRow {
  holder_id: string;
  holder_name: string;
  service_id: string;
  identifier: string;
  name_lv: string;
  name_en: string | null;
  channel: Channel;
  offered: string[];
  at_centres: number;
  eservices: number;
  own_applications: number;
  own_delayed: number;
  complaints: number;
}

/**
 * The counter's applications of the year as `(service_id, channel, at_centres, eservices)` per service and SR-17
 * channel: from the rollup, or (`naive`) grouped from the contacts — the query the rollup replaced, kept for
 * bench:indicators and the test that they agree.
 */
function applicationsOfYear(year: number, holderId: string | null, naive: boolean) {
  if (!naive) {
    const filter = holderId === null ? null : serviceIdsOfHolder(holderId);
    return sql`select a_r.service_id, a_r.channel, a_r.at_centres, a_r.eservices
      from (${applicationYearsSql(year, year, filter)}) a_r`;
  }
  const { from, to } = yearRange(year);
  const holder = holderId === null ? sql`true` : sql`${serviceHolderOf('a_n.service_id')} = ${holderId}::uuid`;
  return sql`select a_n.service_id,
      (case when a_n.kind = 'eservice_filed_on_behalf' then 'electronic' else ${sr17Channel('a_n.channel')} end) as channel,
      (count(*) filter (where a_n.kind = 'application_accepted'))::int as at_centres,
      (count(*) filter (where a_n.kind = 'eservice_filed_on_behalf'))::int as eservices
    from (${applicationContactsSql(from, to)}) a_n where ${holder}
    group by 1, 2`;
}

/**
 * The complaints (SR-21.4) and the holder's own counts of the year per service and SR-17 channel: few, grouped apart
 * and then joined to the counter's applications, which are already one row per service and channel.
 */
function othersOfYear(year: number, holderId: string | null) {
  const { from, to } = yearRange(year);
  const holderFilter = holderId === null ? sql`true` : sql`${serviceHolderOf('cmp.service_id')} = ${holderId}::uuid`;
  return sql<Numbers>`
    with cmp as (${complaintsAboutServicesSql(from, to)})
    select src.service_id, src.channel, 0 as at_centres, 0 as eservices, sum(src.own_applications)::int as own_applications,
      sum(src.own_delayed)::int as own_delayed, sum(src.complaints)::int as complaints
    from (
      select cmp.service_id, ${sr17Channel('cmp.channel')} as channel, 0 as own_applications, 0 as own_delayed,
        1 as complaints
      from cmp where ${holderFilter}
      union all
      select o.service_id, o.channel, o.applications, o.delayed, o.complaints from indicator_channel_counts o
      where o.period_from >= ${from}::date and o.period_to <= ${to}::date
        ${holderId === null ? sql`` : sql`and o.holder_id = ${holderId}::uuid`}
    ) src
    group by src.service_id, src.channel`;
}

/**
 * SR-21.1, SR-21.2, SR-21.4 (and the holder's own delayed counts) per holder, service and channel of the year. A closed
 * year's applications come from the process's memory (contacts/closed-years.ts), unless the caller is in a
 * transaction; the services' facts from the catalogue's index (serviceFacts).
 */
export async function figureRows(
  q: Q,
  year: number,
  holderId: string | null,
  o: { naive?: boolean; fromRollup?: boolean } = {},
): Promise<FigureDbRow[]> {
  const naive = o.naive ?? false;
  // fromRollup: as a running year is read, also when the year is closed (bench:indicators prints both).
  const held = naive || o.fromRollup || q.isTransaction ? null : await closedYearApplications(q as Kysely<DB>, year);
  let byService: ReadonlyMap<string, readonly Numbers[]>;
  if (held) {
    // The complaints and own counts are few: asked outside a transaction of their own.
    byService = withOthers(heldByService(held), (await othersOfYear(year, holderId).execute(q)).rows);
  } else {
    const all = sql<Numbers>`
      with app as (${applicationsOfYear(year, holderId, naive)}),
      other as (${othersOfYear(year, holderId)})
      select coalesce(app.service_id, other.service_id) as service_id, coalesce(app.channel, other.channel) as channel,
        coalesce(app.at_centres, 0) as at_centres, coalesce(app.eservices, 0) as eservices,
        coalesce(other.own_applications, 0) as own_applications, coalesce(other.own_delayed, 0) as own_delayed,
        coalesce(other.complaints, 0) as complaints
      from app full join other on other.service_id = app.service_id and other.channel = app.channel`;
    byService = byServiceOf(await plannedForTheYear(q, async (t) => (await all.execute(t)).rows));
  }
  // In identifier order, each service's rows by channel.
  const facts = q.isTransaction
    ? await plannedForTheYear(q, (t) => serviceFacts(t, byService))
    : await serviceFacts(q, byService);
  const ordered = holderId === null ? facts : facts.filter((f) => f.holder_id === holderId);
  const holders = await organisationsById(q, new Set(ordered.map((f) => f.holder_id)));
  const out: FigureDbRow[] = [];
  for (const f of ordered) {
    const list = byService.get(f.id)!;
    const holderName = holders.get(f.holder_id)?.name ?? '';
    for (const r of list)
      out.push({
        holder_id: f.holder_id,
        holder_name: holderName,
        service_id: r.service_id,
        identifier: f.identifier,
        name_lv: f.name_lv,
        name_en: f.name_en,
        channel: r.channel,
        offered: f.offered,
        at_centres: r.at_centres,
        eservices: r.eservices,
        own_applications: r.own_applications,
        own_delayed: r.own_delayed,
        complaints: r.complaints,
      });
  }
  return out;
}

const byChannel = (x: Numbers, y: Numbers) => (x.channel < y.channel ? -1 : x.channel > y.channel ? 1 : 0);

/** The rows by service, each service's by channel. */
function byServiceOf(rows: readonly Numbers[]): Map<string, Numbers[]> {
  const out = new Map<string, Numbers[]>();
  for (const r of rows) {
    const list = out.get(r.service_id);
    if (list) list.push(r);
    else out.set(r.service_id, [r]);
  }
  for (const list of out.values()) list.sort(byChannel);
  return out;
}

/** A held year's applications as byServiceOf's map, built once per held read (its rows never change). */
const heldGrouped = new WeakMap<readonly ApplicationYearRow[], ReadonlyMap<string, readonly Numbers[]>>();

function heldByService(held: readonly ApplicationYearRow[]): ReadonlyMap<string, readonly Numbers[]> {
  let found = heldGrouped.get(held);
  if (!found) {
    found = byServiceOf(
      held.map((a) => ({
        service_id: a.service_id,
        channel: a.channel as Channel,
        at_centres: a.at_centres,
        eservices: a.eservices,
        own_applications: 0,
        own_delayed: 0,
        complaints: 0,
      })),
    );
    heldGrouped.set(held, found);
  }
  return found;
}

/**
 * The held applications (every holder's: figureRows keeps the holder's by the services' facts) with the other counts
 * joined in, as the SQL's full join does; the held map itself is left as it is.
 */
function withOthers(
  held: ReadonlyMap<string, readonly Numbers[]>,
  others: readonly Numbers[],
): ReadonlyMap<string, readonly Numbers[]> {
  if (others.length === 0) return held;
  const out = new Map(held);
  for (const [serviceId, list] of byServiceOf(others)) {
    const merged = new Map((out.get(serviceId) ?? []).map((r) => [r.channel, { ...r }]));
    for (const r of list) {
      const row = merged.get(r.channel);
      if (!row) merged.set(r.channel, r);
      else
        Object.assign(row, {
          own_applications: r.own_applications,
          own_delayed: r.own_delayed,
          complaints: r.complaints,
        });
    }
    out.set(serviceId, [...merged.values()].sort(byChannel));
  }
  return out;
}

type Numbers = Pick<
  FigureDbRow,
  'service_id' | 'channel' | 'at_centres' | 'eservices' | 'own_applications' | 'own_delayed' | 'complaints'
>;

/**
 * The memory its hashes and sorts may take: grouping the year's 70,000 rollup rows into 55,000 spilled to disk at
 * PostgreSQL's default of 4 MB (bench:indicators, `auto_explain`). For these statements only, in their transaction.
 */
const WORK_MEM = '64MB';

/**
 * The year's figures are statements whose CTEs the planner cannot count (it guesses their joins at millions of rows),
 * so their estimated cost passes PostgreSQL's JIT thresholds: compiling took 0.05 … 0.5 s at 10 million contacts,
 * more than running them (bench:indicators, `explain analyze`). Planned without JIT and with WORK_MEM: in a
 * transaction of their own, or in the caller's, with the settings restored after them.
 */
async function plannedForTheYear<T>(q: Q, run: (t: Tx) => Promise<T>): Promise<T> {
  const tuned = async (t: Tx) => {
    const before = await sql<{ jit: string; work_mem: string }>`select current_setting('jit') as jit,
        current_setting('work_mem') as work_mem, set_config('jit', 'off', true), set_config('work_mem', ${WORK_MEM}, true)`.execute(
      t,
    );
    const result = await run(t);
    const was = before.rows[0]!;
    await sql`select set_config('jit', ${was.jit}, true), set_config('work_mem', ${was.work_mem}, true)`.execute(t);
    return result;
  };
  return q.isTransaction ? tuned(q as Tx) : (q as Kysely<DB>).transaction().execute(tuned);
}

export interface DelayCandidate {
  contact_id: string;
  service_id: string;
  holder_id: string;
  identifier: string;
  channel: Channel;
  occurred_on: string;
  centre_name: string;
  completed_on: string | null;
  max_term: number;
}

/**
 * SR-21.3: forwarded applications of the year that may be delayed — those whose days from the application to the
 * completion (or to `today` while open) exceed the term's count in working days (N working days are at least N
 * days). The calendar then decides (figures.ts).
 */
export async function delayCandidates(q: Q, year: number, holderId: string | null, today: string) {
  const { from, to } = yearRange(year);
  const result = await sql<DelayCandidate>`
    with app as (${applicationContactsSql(from, to, holderId)}),
    apps as (
      select app.contact_id, app.service_id, ${sr17Channel('app.channel')} as channel, app.occurred_on, app.centre_id,
        ic.completed_on, ${serviceMaxTermOf('app.service_id')} as max_term, ${serviceHolderOf('app.service_id')} as holder_id
      from app left join indicator_completions ic on ic.contact_id = app.contact_id
      where app.kind = 'application_accepted' and app.outcome = 'application_forwarded'
    )
    select apps.contact_id, apps.service_id, apps.holder_id, ${serviceIdentifierOf('apps.service_id')} as identifier,
      apps.channel, apps.occurred_on::text as occurred_on, ${centreNameOf('apps.centre_id')} as centre_name,
      apps.completed_on::text as completed_on, apps.max_term
    from apps
    where apps.max_term is not null and (coalesce(apps.completed_on, ${today}::date) - apps.occurred_on) > apps.max_term
      ${holderId === null ? sql`` : sql`and apps.holder_id = ${holderId}::uuid`}
    order by apps.occurred_on, apps.contact_id`.execute(q);
  return result.rows;
}

/** The holder's own channel counts recorded for periods of the year. */
export function ownCounts(q: Q, year: number, holderId: string): Promise<ChannelCountRow[]> {
  const { from, to } = yearRange(year);
  return q
    .selectFrom('indicator_channel_counts')
    .selectAll()
    .where('holder_id', '=', holderId)
    .where('period_from', '>=', from)
    .where('period_to', '<=', to)
    .orderBy('period_from')
    .execute();
}

export function findCompletion(q: Q, contactId: string) {
  return q.selectFrom('indicator_completions').selectAll().where('contact_id', '=', contactId).executeTakeFirst();
}

export function holderVersions(q: Q, holderId: string, year?: number): Promise<PublicationRow[]> {
  let query = q.selectFrom('indicator_publications').selectAll().where('holder_id', '=', holderId);
  if (year !== undefined) query = query.where('year', '=', year);
  return query.orderBy('year', 'desc').orderBy('version', 'desc').execute();
}

/** The published versions of a year, every holder's, each with the holder's name; newest version first. */
export async function yearVersions(q: Q, year: number) {
  return q
    .selectFrom('indicator_publications')
    .selectAll()
    .select(organisationNameOf('indicator_publications.holder_id').as('holder_name'))
    .where('year', '=', year)
    .orderBy('holder_id')
    .orderBy('version', 'desc')
    .execute();
}

/** The years with a publication, with how many holders published and the last day one did. */
export async function publishedYears(q: Q) {
  const result = await sql<{ year: number; holders: number; last_published_on: string }>`
    select year, count(distinct holder_id)::int as holders, max(published_on)::text as last_published_on
    from indicator_publications group by year order by year desc`.execute(q);
  return result.rows;
}
