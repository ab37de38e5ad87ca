// Liveness, readiness and the OpenAPI document.
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App } from './app-type.ts';
import type { Deps } from '../deps.ts';
import { publicRoute } from '../access/route-policy.ts';
import { migrationsApplied } from '../db/migrate.ts';
import { UnavailableError } from '../errors.ts';
import { Obj } from './schema.ts';
import type { PlatformTables } from '../db/tables.generated.ts';

export async function systemRoutes<D extends PlatformTables>(app: App, deps: Deps<D>): Promise<void> {
  app.get(
    '/api/health',
    {
      // Probes come every few seconds: only their warnings are logged.
      logLevel: 'warn',
      config: { policy: publicRoute },
      schema: {
        summary: 'The process is alive',
        tags: ['system'],
        response: { 200: Obj({ status: Type.Literal('ok', { description: 'Always ok while the process answers' }) }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/api/ready',
    {
      logLevel: 'warn',
      config: { policy: publicRoute },
      schema: {
        summary: 'The database is reachable and every migration is applied',
        tags: ['system'],
        response: {
          200: Obj({
            status: Type.Literal('ready', { description: 'Ready to serve' }),
            database: Type.String({ description: 'pglite or postgres' }),
          }),
        },
      },
    },
    async (request) => {
      try {
        await sql`select 1`.execute(deps.db);
        if (!(await migrationsApplied(deps.db))) throw new Error('migrations pending');
      } catch (error) {
        request.log.warn({ err: error }, 'not ready');
        throw new UnavailableError();
      }
      return { status: 'ready' as const, database: deps.db === undefined ? 'none' : engineOf(deps) };
    },
  );

  app.get('/api/openapi.json', { config: { policy: publicRoute }, schema: { hide: true } }, async () => app.swagger());
}

function engineOf(deps: Pick<Deps, 'config'>): string {
  return deps.config.databaseUrl ? 'postgres' : 'pglite';
}
