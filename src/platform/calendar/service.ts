// The calendar every capability uses: shipped facts plus what the ministry entered, with or without Cabinet
// transfers (a municipality may opt out of them). Built calendars are cached; the cache is refreshed when this
// process writes calendar facts, and otherwise at most every REFRESH_MS, so several app instances converge quickly.
import { sql, type Kysely } from 'kysely';
import type { Deps } from '../deps.ts';
import type { PlatformTables as DB, PlatformTables } from '../db/tables.generated.ts';
import type { Tx } from '../db/transaction.ts';
import { shippedFacts, withAdditions, type CalendarFacts } from './facts.ts';
import { WorkingCalendar } from './calendar.ts';
import { platformDeps, platformView, type Queries } from '../db/platform-view.ts';

const REFRESH_MS = 30_000;

interface Cache {
  stamp: string;
  checkedAt: number;
  withTransfers: WorkingCalendar;
  withoutTransfers: WorkingCalendar;
}

const caches = new WeakMap<object, Cache>();

// Queries go through `q`: inside a transaction it must be the transaction itself — embedded PGlite has a single
// connection, and a query on the pool from inside a transaction would wait for it forever.
type Q = Kysely<DB> | Tx;

/** A fingerprint of the run-time facts: changes whenever a row is added, changed or removed. */
async function stampOf(q: Q): Promise<string> {
  const row = await sql<{ stamp: string }>`
    select concat_ws('/',
      (select count(*) || ':' || coalesce(max(created_at)::text, '') from calendar_transfers),
      (select count(*) || ':' || coalesce(max(created_at)::text, '') from calendar_holidays),
      (select count(*) || ':' || coalesce(max(year)::text, '') from calendar_confirmed_years)) as stamp`.execute(q);
  return row.rows[0]?.stamp ?? '';
}

export async function loadFacts<D extends PlatformTables>(given: Queries<D>): Promise<CalendarFacts> {
  const q = platformView(given);
  const transfers = await q.selectFrom('calendar_transfers').select(['day_off', 'working_saturday', 'basis']).execute();
  const holidays = await q.selectFrom('calendar_holidays').select(['date', 'name_lv', 'name_en', 'basis']).execute();
  const confirmed = await q
    .selectFrom('calendar_confirmed_years')
    .select((eb) => eb.fn.max('year').as('year'))
    .executeTakeFirst();
  return withAdditions(shippedFacts(), {
    transfers: transfers.map((t) => ({ dayOff: t.day_off, workingSaturday: t.working_saturday, basis: t.basis })),
    holidays: holidays.map((h) => ({ date: h.date, nameLv: h.name_lv, nameEn: h.name_en, basis: h.basis })),
    confirmedThrough: Number(confirmed?.year ?? 0),
  });
}

async function cached(deps: Deps, q: Q): Promise<Cache> {
  const now = Date.now();
  const current = caches.get(deps.db);
  if (current && now - current.checkedAt < REFRESH_MS) return current;
  const stamp = await stampOf(q);
  if (current && current.stamp === stamp) {
    current.checkedAt = now;
    return current;
  }
  const facts = await loadFacts(q);
  const fresh: Cache = {
    stamp,
    checkedAt: now,
    withTransfers: new WorkingCalendar(facts, { applyTransfers: true }),
    withoutTransfers: new WorkingCalendar(facts, { applyTransfers: false }),
  };
  caches.set(deps.db, fresh);
  return fresh;
}

/** Call after writing calendar facts: the next lookup rebuilds from the database. */
export function invalidateCalendar<D extends PlatformTables>(deps: Deps<D>): void {
  caches.delete(deps.db);
}

/**
 * The calendar with or without Cabinet transfers. Whether an organisation follows them is the organisation's field:
 * organisations' calendarFor() asks it, and a contact's registration reads it with everything else it checks (one
 * round trip less on a hot path).
 */
export async function calendarFollowing<D extends PlatformTables>(
  deps: Deps<D>,
  followsCabinetTransfers: boolean,
  q: Queries<D> = deps.db,
): Promise<WorkingCalendar> {
  const cache = await cached(platformDeps(deps), platformView(q));
  return followsCabinetTransfers ? cache.withTransfers : cache.withoutTransfers;
}
