// Kysely's PostgreSQL dialect with a migration lock that holds behind PgBouncer in transaction pooling mode.
//
// Kysely 0.28's Migrator takes a session-level advisory lock (pg_advisory_lock) on its connection, then runs the
// migrations in a transaction, then unlocks. Through a transaction pooler those three statements may each land on a
// different server connection: the lock stays held by a server session nobody unlocks, and the next migration run
// (the next instance to start) waits on it for an hour. Here the lock is transaction-level instead: acquiring opens
// the transaction and takes pg_advisory_xact_lock in it; the Migrator's own BEGIN then only draws PostgreSQL's
// "already in progress" warning, its COMMIT or ROLLBACK ends the transaction and releases the lock with it, and the
// release's ROLLBACK ends the transaction in case the Migrator never got to start its own.
import {
  PostgresAdapter,
  PostgresDialect,
  sql,
  type DialectAdapter,
  type Kysely,
  type MigrationLockOptions,
} from 'kysely';

/** The key Kysely's own PostgreSQL adapter locks, so an older process and a newer one still exclude each other. */
const MIGRATION_LOCK = BigInt('3853314791062309107');

class TransactionLockAdapter extends PostgresAdapter {
  override async acquireMigrationLock(db: Kysely<unknown>, _options: MigrationLockOptions): Promise<void> {
    await sql`begin`.execute(db);
    await sql`select pg_advisory_xact_lock(${sql.lit(MIGRATION_LOCK)})`.execute(db);
  }

  override async releaseMigrationLock(db: Kysely<unknown>, _options: MigrationLockOptions): Promise<void> {
    await sql`rollback`.execute(db);
  }
}

export class VienuvietDialect extends PostgresDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionLockAdapter();
  }
}
