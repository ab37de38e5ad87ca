// Runs a unit of work in one transaction. Services use it for every change, so the change and its audit event
// (and any mail it causes) commit or roll back together.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.ts';

export type Tx = Transaction<DB>;

export function inTransaction<T>(db: Kysely<DB>, work: (trx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}
