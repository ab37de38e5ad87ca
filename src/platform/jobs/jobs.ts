// Background jobs on pg-boss, the job engine kept in PostgreSQL. Each capability declares a job as a period and a
// function (src/jobs.ts); here every job becomes a pg-boss queue that runs one job at a time across all instances
// (policy "stately": one waiting, one running), a schedule (schedule.ts: cron kept in the database, or throttled
// slots under a minute) and a worker in every instance that runs jobs. A failed run is retried with back-off; what
// is queued, scheduled or running survives a restart of any instance. Each run is recorded for the maintainer (runs.ts).
import type { FastifyBaseLogger } from 'fastify';
import type PgBoss from 'pg-boss';
import type { Deps } from '../deps.ts';
import { bossDb, createBoss } from './boss.ts';
import type { Job } from './job.ts';
import { failureMessage, runRecorded } from './runs.ts';
import { scheduleOf, type Schedule } from './schedule.ts';
import type { PlatformTables } from '../db/tables.generated.ts';
import { platformView } from '../db/platform-view.ts';

export type { Job };

export interface Jobs {
  /** Asks for a run now unless one is already waiting; false when one was. */
  trigger(name: string): Promise<boolean>;
  /** Stops asking for runs and lets the running ones finish (up to 30 s; the rest are failed and retried later). */
  stop(): Promise<void>;
}

export interface JobOptions {
  /** First retry's delay; it doubles, with jitter, for each further attempt. Tests shorten it. */
  retryDelaySeconds?: number;
  /** How often an idle worker asks for work (the instance that asks for a throttled run wakes its own at once). */
  pollingSeconds?: number;
  /** Runs the start (pg-boss's schema, the queues, the schedules) one instance at a time: two instances creating a
   * queue at once deadlock in pg-boss's create_queue (each holds the queue table and waits for the other's lock on
   * it to add a partition's foreign key). The server passes its start-up lock (db/exclusive.ts). */
  exclusive?: <T>(work: () => Promise<T>) => Promise<T>;
}

/** A scheduled job's failed run is tried again this many times; a throttled job's next run comes within seconds. */
const RETRIES = 3;
/** A run that takes longer is failed (and retried): a process that died mid-run leaves its job "active" that long. */
const EXPIRE_SECONDS = { cron: 15 * 60, throttled: 5 * 60 };

function queueOptions(schedule: Schedule, retryDelaySeconds: number): PgBoss.Queue {
  const base = { name: '', policy: 'stately' as const, expireInSeconds: EXPIRE_SECONDS[schedule.kind] };
  if (schedule.kind === 'throttled') return { ...base, retryLimit: 0 };
  return { ...base, retryLimit: RETRIES, retryDelay: retryDelaySeconds, retryBackoff: true };
}

export async function startJobs<D extends PlatformTables>(
  deps: Deps<D>,
  log: FastifyBaseLogger,
  jobs: Job<D>[],
  options: JobOptions = {},
): Promise<Jobs> {
  // A period that cannot be scheduled fails the start, not the first run.
  const planned = jobs.map((job) => ({ job, schedule: scheduleOf(job) }));
  const db = bossDb(platformView(deps.db));
  const boss = createBoss(db, log);
  const exclusive = options.exclusive ?? (<T>(work: () => Promise<T>) => work());
  try {
    await exclusive(async () => {
      await boss.start();
      for (const { job, schedule } of planned) {
        const queue = { ...queueOptions(schedule, options.retryDelaySeconds ?? 60), name: job.name };
        // createQueue keeps an existing queue's options; updateQueue brings them to what this release says.
        await boss.createQueue(job.name, queue);
        await boss.updateQueue(job.name, queue);
        if (schedule.kind === 'cron') await boss.schedule(job.name, schedule.cron, {}, { tz: 'UTC' });
      }
    });
  } catch (error) {
    // pg-boss's own timers may be running already; they must not outlive a failed start.
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    db.close();
    throw error;
  }
  const timers: NodeJS.Timeout[] = [];
  const workers = new Map<string, string>();
  for (const { job, schedule } of planned) {
    const workerId = await boss.work(
      job.name,
      {
        batchSize: 1,
        includeMetadata: true,
        pollingIntervalSeconds: options.pollingSeconds ?? (schedule.kind === 'throttled' ? 2 : 10),
      },
      async ([run]) => {
        try {
          await runRecorded(deps, job, (run?.retryCount ?? 0) + 1);
        } catch (error) {
          log.error({ err: error, job: job.name }, 'job failed');
          // pg-boss stores what it is thrown for days: only the shortened message without personal data.
          throw new Error(failureMessage(error));
        }
      },
    );
    workers.set(job.name, workerId);
    if (schedule.kind === 'cron') continue;
    const ask = () => {
      boss
        .sendThrottled(job.name, {}, {}, schedule.seconds, job.name)
        .then((id) => id && boss.notifyWorker(workerId))
        .catch((error: unknown) => log.error({ err: error, job: job.name }, 'job not queued'));
    };
    setImmediate(ask);
    timers.push(setInterval(ask, schedule.seconds * 1000));
  }
  return {
    async trigger(name) {
      const id = await boss.send(name, {});
      const workerId = workers.get(name);
      if (id && workerId) boss.notifyWorker(workerId);
      return id !== null;
    },
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      db.close();
    },
  };
}
