// SR-21.1, SR-21.2 of a closed year, held in the process (migration 0042 says why and when a year is closed). The
// database stays the truth: each read asks, in one statement, whether the year is closed and whether a write marked it
// since the instance last read it; a marked year is read again. Several instances each hold their own and each sees
// every mark on its next read. Within a caller's transaction nothing is held: it reads the rollup (it may have
// written contacts itself).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db.ts';
import { applicationYearsSql } from './rollups.ts';

/** One row of applicationYearsSql: a service's applications of the year in one SR-17 channel. */
export interface ApplicationYearRow {
  service_id: string;
  channel: string;
  at_centres: number;
  eservices: number;
}

interface Held {
  rows: readonly ApplicationYearRow[];
  /** The oldest transaction running when the rows were read (pg_snapshot_xmin), as text. */
  runningAtRead: string;
  readAt: number;
}

/** A held year is read again at least this often, whatever the marks say (a safety net, as the search index's). */
export const HOLD_MS = 10 * 60_000;

/** Years held per database at most: a year at national scale is about 5 MB. */
const MAX_YEARS = 4;

class ClosedYears {
  private held = new Map<number, Held>();
  /** Reads answered from memory and reads of the rollup, for the tests and bench:indicators. */
  hits = 0;
  reads = 0;

  constructor(private readonly db: Kysely<DB>) {}

  async applications(year: number): Promise<readonly ApplicationYearRow[] | null> {
    const found = this.held.get(year);
    const held = found && Date.now() - found.readAt < HOLD_MS ? found : undefined;
    const { rows } = await sql<{ running: string; closed: boolean; marked: boolean }>`
      select pg_snapshot_xmin(pg_current_snapshot())::text as running,
        make_date(${year}::int, 12, 31) < (now() at time zone 'Europe/Riga')::date - 2 as closed,
        ${
          held
            ? sql`exists (select 1 from contact_rollup_late_changes m where m.year = ${year}::int
                and m.xid >= ${held.runningAtRead}::xid8)`
            : sql`true`
        } as marked`.execute(this.db);
    const look = rows[0]!;
    if (!look.closed) {
      this.held.delete(year);
      return null;
    }
    if (held && !look.marked) {
      this.hits += 1;
      // Most recently used last: the first is the one to let go.
      this.held.delete(year);
      this.held.set(year, held);
      return held.rows;
    }
    // Read after the look: every transaction still running at it has an id from `running` on, so a mark it leaves
    // is seen at the next read.
    const read = await sql<ApplicationYearRow>`select * from (${applicationYearsSql(year, year, null)}) a`.execute(
      this.db,
    );
    this.reads += 1;
    this.held.delete(year);
    this.held.set(year, { rows: read.rows, runningAtRead: look.running, readAt: Date.now() });
    while (this.held.size > MAX_YEARS) this.held.delete(this.held.keys().next().value!);
    return read.rows;
  }
}

const instances = new WeakMap<Kysely<DB>, ClosedYears>();

function closedYears(db: Kysely<DB>): ClosedYears {
  let found = instances.get(db);
  if (!found) {
    found = new ClosedYears(db);
    instances.set(db, found);
  }
  return found;
}

/**
 * The applications of `year` per service and SR-17 channel (as applicationYearsSql, every service) when the year is
 * closed, from memory unless a write marked it; null while it is not closed (the caller reads the rollup).
 */
export function closedYearApplications(db: Kysely<DB>, year: number): Promise<readonly ApplicationYearRow[] | null> {
  return closedYears(db).applications(year);
}

/** How often the closed years were answered from memory and read from the rollup (tests, bench:indicators). */
export function closedYearReads(db: Kysely<DB>): { hits: number; reads: number } {
  const c = closedYears(db);
  return { hits: c.hits, reads: c.reads };
}
