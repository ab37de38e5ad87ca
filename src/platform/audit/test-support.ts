// Test helpers of the audit trail (not loaded by the app): writers of a chain of their own, and tampering as the
// database superuser does it — the audit tables refuse UPDATE and DELETE to everybody else.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { PlatformTables as DB } from '../db/tables.generated.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';
import { anonymous, type Actor } from '../access/actor.ts';
import { chainKeyOf, recordAudit } from './audit.ts';

/** A user of an organisation of its own, so each test case has a chain nobody else writes. */
export function orgActor(organisationId: string = randomUUID()): Actor {
  return {
    ...anonymous,
    kind: 'user',
    userId: randomUUID(),
    label: `Tester ${organisationId.slice(0, 8)}`,
    organisationId,
  };
}

/** Writes `count` events, one transaction each, as `actor`; returns the chain's key. */
export async function writeEvents(db: Kysely<DB>, actor: Actor, count: number, entityType = 'thing'): Promise<string> {
  for (let i = 1; i <= count; i++) {
    await inTransaction(db, (trx) =>
      recordAudit(
        trx,
        { actor },
        { action: 'test.write', entityType, entityId: String(i), after: { i, name: 'Ērglis' } },
      ),
    );
  }
  return chainKeyOf(actor);
}

/** The chain's events in order. */
export function chainRows(db: Kysely<DB>, chainKey: string) {
  return db.selectFrom('audit_events').selectAll().where('chain_key', '=', chainKey).orderBy('chain_seq').execute();
}

/**
 * Runs `work` as an attacker holding the database superuser: with session_replication_role = replica no ordinary
 * trigger fires, the append-only ones included. Local to the transaction, so the pool's connection is clean after.
 */
export function asSuperuser<T, D extends DB = DB>(db: Kysely<D>, work: (trx: Tx<D>) => Promise<T>): Promise<T> {
  return inTransaction(db, async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx);
    return work(trx);
  });
}
