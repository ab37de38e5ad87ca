// SQL of what the maintainer sees of the background jobs: each job's newest run and its recent failures. pg-boss keeps
// its own job rows too, but in its schema and shape (and with stack traces); these two small tables are ours.
import type { Kysely } from 'kysely';
import type { PlatformTables as DB } from '../db/tables.generated.ts';
import { inTransaction } from '../db/transaction.ts';

/** Failures kept per job: enough to see a pattern, never a growing table. */
export const FAILURES_KEPT = 20;

export async function recordStart(db: Kysely<DB>, name: string, instance: string, at: Date): Promise<void> {
  await db
    .insertInto('job_status')
    .values({ name, last_started_at: at, last_finished_at: null, last_state: 'running', last_instance: instance })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ last_started_at: at, last_finished_at: null, last_state: 'running', last_instance: instance }),
    )
    .execute();
}

export async function recordSuccess(db: Kysely<DB>, name: string, at: Date): Promise<void> {
  await db
    .updateTable('job_status')
    .set((eb) => ({ last_finished_at: at, last_state: 'completed', runs: eb('runs', '+', 1) }))
    .where('name', '=', name)
    .execute();
}

export interface Failure {
  name: string;
  instance: string;
  startedAt: Date;
  failedAt: Date;
  attempt: number;
  message: string;
}

/** The failed run, its message, and the job's older failures beyond the newest FAILURES_KEPT removed. */
export async function recordFailure(db: Kysely<DB>, f: Failure): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx
      .updateTable('job_status')
      .set((eb) => ({
        last_finished_at: f.failedAt,
        last_state: 'failed',
        runs: eb('runs', '+', 1),
        failures: eb('failures', '+', 1),
      }))
      .where('name', '=', f.name)
      .execute();
    await trx
      .insertInto('job_failures')
      .values({
        name: f.name,
        instance: f.instance,
        started_at: f.startedAt,
        failed_at: f.failedAt,
        attempt: f.attempt,
        message: f.message,
      })
      .execute();
    const kept = trx
      .selectFrom('job_failures')
      .select('id')
      .where('name', '=', f.name)
      .orderBy('failed_at', 'desc')
      .orderBy('id')
      .limit(FAILURES_KEPT);
    await trx.deleteFrom('job_failures').where('name', '=', f.name).where('id', 'not in', kept).execute();
  });
}

export function statuses(db: Kysely<DB>, names: readonly string[]) {
  if (names.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('job_status')
    .selectAll()
    .where('name', 'in', [...names])
    .execute();
}

/** The newest `perJob` failures of each job, newest first. */
export function recentFailures(db: Kysely<DB>, names: readonly string[], perJob: number) {
  if (names.length === 0) return Promise.resolve([]);
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('job_failures')
        .selectAll()
        .select((s) =>
          s.fn
            .agg<number>('row_number')
            .over((o) => o.partitionBy('name').orderBy('failed_at', 'desc').orderBy('id'))
            .as('rank'),
        )
        .where('name', 'in', [...names])
        .as('f'),
    )
    .selectAll('f')
    .where('f.rank', '<=', perJob)
    .orderBy('f.name')
    .orderBy('f.failed_at', 'desc')
    .execute();
}
