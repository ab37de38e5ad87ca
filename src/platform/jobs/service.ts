// The maintainer's view of the background jobs: every job of this release with its schedule, newest run, next run
// and recent failures, whichever instance ran them.
import type { Deps } from '../deps.ts';
import type { Job } from './jobs.ts';
import { presentJob, type JobListOut } from './presenters.ts';
import { recentFailures, statuses } from './runs-repository.ts';
import { nextRunAfter, scheduleOf } from './schedule.ts';
import type { PlatformTables } from '../db/tables.generated.ts';
import { platformDeps } from '../db/platform-view.ts';

export async function listJobs<D extends PlatformTables>(
  given: Deps<D>,
  jobs: readonly Job<D>[],
  failuresPerJob: number,
): Promise<JobListOut> {
  const deps = platformDeps(given);
  const names = jobs.map((j) => j.name);
  const [status, failures] = await Promise.all([
    statuses(deps.db, names),
    recentFailures(deps.db, names, failuresPerJob),
  ]);
  const now = deps.now();
  const items = jobs
    .map((job) => {
      const schedule = scheduleOf(job);
      return presentJob({
        name: job.name,
        everyMs: job.cron ? 0 : job.everyMs,
        schedule,
        status: status.find((s) => s.name === job.name),
        failures: failures.filter((f) => f.name === job.name),
        nextRunAt: nextRunAfter(schedule, now),
      });
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return { runsHere: deps.config.runJobs, items };
}
