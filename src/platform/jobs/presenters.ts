// The shape in which the background jobs leave the API: for the maintainer's page, no personal data (runs.ts).
import { Type, type Static } from 'typebox';
import { Instant, Nullable, Obj, Str, StringEnum } from '../http/schema.ts';
import type { JobRunState } from '../db/tables.ts';
import type { Schedule } from './schedule.ts';

const RunStateSchema = StringEnum(
  ['running', 'completed', 'failed'] as const,
  'running: started and not finished (or its instance died; pg-boss retries it after it expires); completed; failed',
);

export const JobFailureSchema = Obj({
  startedAt: Instant('When the failed run started'),
  failedAt: Instant('When it failed'),
  attempt: Type.Integer({ description: '1 for the scheduled run, 2… for the retries of it' }),
  message: Str('The error, shortened, with e-mail addresses and personal codes taken out', 500),
  instance: Str('The instance that ran it: host, process id and a random part', 200),
});

export const JobSchema = Obj({
  name: Str('The job', 100),
  schedule: Obj(
    {
      kind: StringEnum(
        ['cron', 'throttled'] as const,
        'cron: at the times of a cron expression (UTC); throttled: at most once per period, every instance asking',
      ),
      cron: Nullable(Str('The cron expression (UTC) of a cron schedule', 100)),
      everySeconds: Nullable(
        Type.Integer({ description: 'The period in seconds; null for a job due at times of day' }),
      ),
    },
    { description: 'When the job runs' },
  ),
  lastRun: Nullable(
    Obj({
      startedAt: Instant('When the newest run started'),
      finishedAt: Nullable(Instant('When it finished; null while it runs')),
      state: RunStateSchema,
      instance: Str('The instance that ran it', 200),
    }),
  ),
  nextRunAt: Instant('When the job is next due (a throttled job: the start of its next period)'),
  runs: Type.Integer({ description: 'Runs finished, completed or failed, since the job was first recorded' }),
  failures: Type.Integer({ description: 'Failed runs since the job was first recorded' }),
  recentFailures: Type.Array(JobFailureSchema, { description: 'The newest failures, newest first', maxItems: 20 }),
});
export type JobOut = Static<typeof JobSchema>;

export const JobListSchema = Obj({
  runsHere: Type.Boolean({
    description: 'Whether this instance runs background jobs (RUN_JOBS); any instance that does runs every job',
  }),
  items: Type.Array(JobSchema, { description: 'Every job of this release, by name', maxItems: 100 }),
});
export type JobListOut = Static<typeof JobListSchema>;

export interface JobStatusRow {
  last_started_at: Date;
  last_finished_at: Date | null;
  last_state: JobRunState;
  last_instance: string;
  runs: number;
  failures: number;
}

export interface JobFailureRow {
  started_at: Date;
  failed_at: Date;
  attempt: number;
  message: string;
  instance: string;
}

const iso = (d: Date | string) => new Date(d).toISOString();

export function presentJob(o: {
  name: string;
  everyMs: number;
  schedule: Schedule;
  status: JobStatusRow | undefined;
  failures: JobFailureRow[];
  nextRunAt: Date;
}): JobOut {
  const { status } = o;
  return {
    name: o.name,
    schedule: {
      kind: o.schedule.kind,
      cron: o.schedule.kind === 'cron' ? o.schedule.cron : null,
      everySeconds: o.everyMs > 0 ? Math.round(o.everyMs / 1000) : null,
    },
    lastRun: status
      ? {
          startedAt: iso(status.last_started_at),
          finishedAt: status.last_finished_at ? iso(status.last_finished_at) : null,
          state: status.last_state,
          instance: status.last_instance,
        }
      : null,
    nextRunAt: o.nextRunAt.toISOString(),
    runs: status?.runs ?? 0,
    failures: status?.failures ?? 0,
    recentFailures: o.failures.map((f) => ({
      startedAt: iso(f.started_at),
      failedAt: iso(f.failed_at),
      attempt: f.attempt,
      message: f.message,
      instance: f.instance,
    })),
  };
}
