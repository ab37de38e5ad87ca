// Runs a unit of work in one transaction. Services use it for every change, so the change and its audit event
// (and any mail it causes) commit or roll back together.
import type { Kysely, Transaction } from 'kysely';
import type { PlatformTables } from './tables.generated.ts';

/** D: the tables the work sees (platform code its own; capabilities take Tx from src/db.ts, over every table). */
export type Tx<D = PlatformTables> = Transaction<D>;

export function inTransaction<D, T>(db: Kysely<D>, work: (trx: Transaction<D>) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}
