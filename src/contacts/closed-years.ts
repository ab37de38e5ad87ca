// SR-21.1, SR-21.2 of a closed year, held in the process (migration 0042 says why and when a year is closed). The
// database stays the truth: each read asks, in one statement, whether the year is closed and whether a write marked it
// that the held rows do not include; a marked year is read again. Several instances each hold their own and each sees
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
  /** The marks of the year from runningAtRead on that the rows include. */
  marksSeen: string[];
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
    // A mark the held rows already include (seen in their snapshot) is not a change.
    const { rows } = await sql<{ closed: boolean; marked: boolean }>`
      select make_date(${year}::int, 12, 31) < (now() at time zone 'Europe/Riga')::date - 2 as closed,
        ${
          held
            ? sql`exists (select 1 from contact_rollup_late_changes m where m.year = ${year}::int
                and m.xid >= ${held.runningAtRead}::xid8 and m.xid::text <> all(${held.marksSeen}::text[]))`
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
    const read = await this.read(year);
    this.reads += 1;
    this.held.delete(year);
    this.held.set(year, read);
    while (this.held.size > MAX_YEARS) this.held.delete(this.held.keys().next().value!);
    return read.rows;
  }

  /**
   * The year's rows, the oldest transaction then running and the marks from it on, in one snapshot (repeatable
   * read): a mark seen here is a write the rows include; one not seen (its transaction still running, or begun
   * after) has an id from `runningAtRead` on and shows at a later look. Without the marks seen, a long transaction
   * anywhere on the server (it holds the oldest id back) would make every recent mark look new.
   */
  private read(year: number): Promise<Held> {
    return this.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        const look = await sql<{ running: string; seen: string[] }>`
          select pg_snapshot_xmin(pg_current_snapshot())::text as running,
            array(select m.xid::text from contact_rollup_late_changes m
              where m.year = ${year}::int and m.xid >= pg_snapshot_xmin(pg_current_snapshot())) as seen`.execute(trx);
        const { rows } =
          await sql<ApplicationYearRow>`select * from (${applicationYearsSql(year, year, null)}) a`.execute(trx);
        const { running, seen } = look.rows[0]!;
        return { rows, runningAtRead: running, marksSeen: seen, readAt: Date.now() };
      });
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
