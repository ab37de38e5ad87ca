// Background jobs of one process: each runs on an interval, never overlapping itself, and stops cleanly.
import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../deps.ts';
import { jobList } from '../../jobs.ts';

export interface Job {
  name: string;
  everyMs: number;
  run(deps: Deps): Promise<void>;
}

export interface Jobs {
  stop(): Promise<void>;
}

export function startJobs(deps: Deps, log: FastifyBaseLogger, jobs: Job[] = jobList(deps)): Jobs {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<void>>();
  let stopped = false;
  for (const job of jobs) {
    let busy = false;
    const tick = () => {
      if (busy || stopped) return;
      busy = true;
      const run = job
        .run(deps)
        .catch((error: unknown) => log.error({ err: error, job: job.name }, 'job failed'))
        .finally(() => {
          busy = false;
          running.delete(run);
        });
      running.add(run);
    };
    timers.push(setInterval(tick, job.everyMs));
    setImmediate(tick);
  }
  return {
    async stop() {
      stopped = true;
      for (const t of timers) clearInterval(t);
      await Promise.allSettled([...running]);
    },
  };
}
