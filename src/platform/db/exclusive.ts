// Work that one instance at a time may do: the start-up's "load what the database lacks" steps check, then insert,
// in transactions of their own, so two instances starting together on an empty database would both find it empty
// and both insert (a unique violation stops the second). The lock is a transaction-level advisory lock, held by a
// transaction that stays open on a connection of its own while the work runs on the pool's others; it works through
// PgBouncer in transaction pooling mode, where a session-level lock would stay behind on a pooled server connection.
// PGlite needs none: one process owns its folder, and its one connection could not hold the lock and do the work.
import { sql } from 'kysely';
import type { Database } from './database.ts';

/** One key for the start-up steps (Kysely's migration lock and the audit chain use others). */
const STARTUP_LOCK = 7_431_001;

export async function oneInstanceAtATime<T, D>(
  database: Pick<Database<D>, 'db' | 'engine'>,
  work: () => Promise<T>,
): Promise<T> {
  if (database.engine !== 'postgres') return work();
  return database.db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${STARTUP_LOCK})`.execute(trx);
    return work();
  });
}
