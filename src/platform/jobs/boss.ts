// pg-boss over our own database connection. pg-boss 10 (the last line supporting Node 20) takes any `{ executeSql }`,
// so it runs through the same Kysely pool on a PostgreSQL server and on embedded PGlite, whose one connection could
// not be shared with a second pool. It keeps its queues, schedules and job rows in its own schema, `pgboss`, created
// and migrated by pg-boss itself at start; it takes only transaction-level advisory locks and does not LISTEN, so it
// works through PgBouncer in transaction pooling mode.
import PgBoss from 'pg-boss';
import { CompiledQuery, type Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { PlatformTables as DB } from '../db/tables.generated.ts';

/** Completed runs move to pg-boss's archive after an hour and leave it after two days: the mail sender's 5 s runs
 * would otherwise pile up. The maintainer's page reads our own tables (runs-repository.ts), not these. */
const ARCHIVE_COMPLETED_SECONDS = 60 * 60;
const ARCHIVE_FAILED_SECONDS = 24 * 60 * 60;
const DELETE_ARCHIVED_DAYS = 2;

export interface BossDb extends PgBoss.Db {
  /** After pg-boss has stopped: a late completion from a worker that just finished is dropped, not sent to a
   * database that is closing (the run is then retried after its expiry, like any interrupted run). */
  close(): void;
}

export function bossDb(db: Kysely<DB>): BossDb {
  let closed = false;
  const run = async (q: Pick<Kysely<DB>, 'executeQuery'>, text: string, values: unknown[]) => ({
    rows: (await q.executeQuery(CompiledQuery.raw(text, values))).rows as unknown[],
  });
  return {
    close: () => {
      closed = true;
    },
    async executeSql(text: string, values: unknown[] = []) {
      if (closed) return { rows: [] };
      // Maintenance and creation come as one text between BEGIN and COMMIT. Failing half-way would leave the
      // connection inside an aborted transaction, and the pool would hand it to the next request: roll it back there.
      if (!/^\s*BEGIN;/i.test(text)) return run(db, text, values ?? []);
      return db.connection().execute(async (connection) => {
        try {
          return await run(connection, text, values ?? []);
        } catch (error) {
          await connection.executeQuery(CompiledQuery.raw('rollback')).catch(() => undefined);
          throw error;
        }
      });
    },
  };
}

export function createBoss(db: BossDb, log: FastifyBaseLogger): PgBoss {
  const boss = new PgBoss({
    db,
    schema: 'pgboss',
    archiveCompletedAfterSeconds: ARCHIVE_COMPLETED_SECONDS,
    archiveFailedAfterSeconds: ARCHIVE_FAILED_SECONDS,
    deleteAfterDays: DELETE_ARCHIVED_DAYS,
  });
  // An EventEmitter 'error' without a listener would stop the process; pg-boss reports its monitors' failures here
  // (the database restarting, say) and tries again on its next interval.
  boss.on('error', (error) => log.error({ err: error }, 'job engine error'));
  return boss;
}
