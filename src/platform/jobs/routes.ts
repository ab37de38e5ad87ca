// HTTP for the background jobs: what the maintainer sees of them (the jobs page).
import { Type } from 'typebox';
import type { App } from '../http/app-type.ts';
import type { Deps } from '../deps.ts';
import type { Job } from './jobs.ts';
import { rolesRoute } from '../access/route-policy.ts';
import { Obj } from '../http/schema.ts';
import { JobListSchema } from './presenters.ts';
import { listJobs } from './service.ts';
import type { PlatformTables } from '../db/tables.generated.ts';

/** `jobs`: the composition root's list of every capability's jobs (the platform knows no capability). */
export async function jobRoutes<D extends PlatformTables>(
  app: App,
  deps: Deps<D>,
  jobs: readonly Job<D>[],
): Promise<void> {
  app.get(
    '/api/v1/jobs',
    {
      config: { policy: rolesRoute('maintainer') },
      schema: {
        summary: 'The background jobs: schedule, newest run, next run and recent failures (no personal data)',
        tags: ['jobs'],
        querystring: Obj({
          failures: Type.Optional(
            Type.Integer({ description: 'Failures shown per job, newest first', minimum: 1, maximum: 20, default: 5 }),
          ),
        }),
        response: { 200: JobListSchema },
      },
    },
    async (request) => listJobs(deps, jobs, request.query.failures ?? 5),
  );
}
