// What a capability declares to have run in the background (its own file so that the engine, jobs.ts, and the run
// recorder, runs.ts, which the engine calls, both use it without importing each other).
import type { Deps } from '../deps.ts';
import type { PlatformTables } from '../db/tables.generated.ts';

/** D: the tables the job's deps hold (the composition root gives every job the deps over all of them). */
export interface Job<D = PlatformTables> {
  name: string;
  /** The period: whole seconds under a minute, minutes dividing an hour or hours dividing a day (schedule.ts). */
  everyMs: number;
  /** A cron expression (UTC) instead of the period, for a job due at a time of day. */
  cron?: string;
  run(deps: Deps<D>): Promise<void>;
}

/** A job of the platform's own: it runs with whichever deps the composition root has, over any tables holding its own. */
export interface PlatformJob extends Omit<Job, 'run'> {
  run<D extends PlatformTables>(deps: Deps<D>): Promise<void>;
}
