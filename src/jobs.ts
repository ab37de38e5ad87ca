// Every capability's background jobs, in one list.
import type { Deps } from './platform/deps.ts';
import type { Job } from './platform/jobs/jobs.ts';

export function jobList(_deps: Deps): Job[] {
  return [];
}
