// The store of @fastify/rate-limit kept in the database (its `store` option), so a limit holds across instances:
// behind a load balancer an address that spreads its login attempts over every instance still meets one counter.
// The plugin's own store counts in memory, per process. Keys are hashed with the route: the table holds no addresses.
import { createHash } from 'node:crypto';
import type { FastifyRateLimitOptions, FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Deps } from '../deps.ts';
import { countHit, removeEndedWindows } from './rate-limit-repository.ts';
import type { PlatformTables } from '../db/tables.generated.ts';
import { platformView } from '../db/platform-view.ts';
import type { PlatformJob } from '../jobs/job.ts';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** The plugin passes a route's options to child() with the route they belong to (not in its published type). */
interface RouteLimit {
  routeInfo?: { method?: string | string[]; url?: string };
}

export function databaseRateLimitStore<D extends PlatformTables>(
  given: Pick<Deps<D>, 'db' | 'now'>,
): FastifyRateLimitStoreCtor {
  const deps = { db: platformView(given.db), now: given.now };
  class DatabaseStore implements FastifyRateLimitStore {
    constructor(
      _options: FastifyRateLimitOptions,
      private readonly scope = '',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number): void {
      const now = deps.now();
      const keyHash = createHash('sha256').update(`${this.scope}\n${key}`).digest('hex');
      countHit(deps.db, keyHash, now, timeWindow).then(
        (hit) => callback(null, { current: hit.hits, ttl: Math.max(0, hit.windowEndsAt.getTime() - now.getTime()) }),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      const route = (routeOptions as unknown as RouteLimit).routeInfo ?? {};
      return new DatabaseStore(
        routeOptions as FastifyRateLimitOptions,
        `${String(route.method ?? '')} ${route.url ?? ''}`,
      );
    }
  }
  return DatabaseStore;
}

/** Ended windows of addresses that did not come back. */
export const rateLimitCleanupJob: PlatformJob = {
  name: 'rate-limit-cleanup',
  everyMs: 60 * 60_000,
  run: async (deps) => {
    await removeEndedWindows(platformView(deps.db), deps.now());
  },
};
