// Wiring: one Fastify instance with the security plugins, the API of every capability and the web UI.
// Plain functions, no DI framework: createApp(deps) is all a test needs to run the real thing.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { Deps } from './db.ts';
import { registerProblemHandlers, sendRouteNotFound } from './platform/http/problem.ts';
import { registerValidation } from './platform/http/validation.ts';
import { databaseRateLimitStore } from './platform/http/rate-limit-store.ts';
import { logSerializers } from './platform/http/log-serializers.ts';
import {
  API_INFO,
  SECURITY_SCHEMES,
  describeRoute,
  finishDocument,
  namedDefinitions,
} from './platform/http/openapi-product.ts';
import { registerAccess, type PolicyRegistry } from './platform/http/access-hook.ts';
import { ProblemSchema } from './platform/http/schema.ts';
import { actorFromApiToken, actorFromSession } from './people/index.ts';
import { capabilityRoutes } from './routes.ts';
import type { App } from './platform/http/app-type.ts';

export type { App };

declare module 'fastify' {
  interface FastifyInstance {
    /** Every API route's access policy, by "METHOD /url". */
    routePolicies: PolicyRegistry;
  }
}

const webRoot = fileURLToPath(new URL('../dist/web/', import.meta.url));

export interface AppOptions {
  /** Serve the built web UI from dist/web (off in API tests). */
  serveWeb?: boolean;
  /** A logger stream for tests that read the log lines. */
  logStream?: NodeJS.WritableStream;
}

export async function createApp(deps: Deps, options: AppOptions = {}): Promise<App> {
  const { config } = deps;
  const app = Fastify({
    // Errors are logged without the record a database error quotes (log-serializers.ts).
    logger: options.logStream
      ? {
          level: config.logLevel === 'silent' ? 'info' : config.logLevel,
          stream: options.logStream,
          serializers: logSerializers,
        }
      : { level: config.logLevel, serializers: logSerializers },
    // Every log line of a request carries its id; a caller's X-Request-Id is kept when it looks sane.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
  }).withTypeProvider<TypeBoxTypeProvider>();
  registerValidation(app);

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerProblemHandlers(app);
  app.addSchema(ProblemSchema);

  // Helmet's middleware, built once. @fastify/helmet 13 builds it again for every request (helmet() per request,
  // parsing the policy each time): a tenth of the server's CPU per registration in bench:contacts.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // The centre finder's map tiles come from the tile server of MAP_TILE_URL, when one is set.
        imgSrc: ["'self'", 'data:', ...(config.mapTiles ? [config.mapTiles.imageSource] : [])],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.env === 'production' ? [] : null,
      },
    },
    hsts: config.env === 'production',
  });
  app.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)),
  );
  await app.register(cookie);
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: config.env === 'production', signed: false },
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
  });
  // Counted in the database, so the per-address login limit holds across instances (rate-limit-store.ts).
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(deps) });

  await app.register(swagger, {
    openapi: { openapi: '3.1.0', info: API_INFO, components: { securitySchemes: SECURITY_SCHEMES } },
    refResolver: namedDefinitions,
    // Only the API belongs in the document, not the web UI's files; each operation gets its operationId, security
    // and 4xx answers from its route (openapi-product.ts).
    transform: ({ schema, url, route }) => {
      const api = url.startsWith('/api/') && !url.startsWith('/api/docs') && url !== '/api/openapi.json';
      return { schema: (api ? describeRoute(schema, route) : { ...schema, hide: true }) as typeof schema, url };
    },
    // Shared schemas and responses, security schemes, the servers (PUBLIC_URL) and a check that names are unique.
    transformObject: (documentObject) =>
      finishDocument(
        (documentObject as { openapiObject: Record<string, unknown> }).openapiObject,
        config.publicUrl,
      ) as never,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  // PUBLIC_URL's origin is the one cookie-authenticated writes may come from (besides the request's own address).
  const policies = registerAccess(
    app,
    { fromSession: (token) => actorFromSession(deps, token), fromApiToken: (token) => actorFromApiToken(deps, token) },
    { publicUrl: config.publicUrl },
  );
  app.decorate('routePolicies', policies);

  await app.register(async (api) => capabilityRoutes(api as App, deps));

  const serveWeb = options.serveWeb !== false && existsSync(webRoot);
  if (serveWeb) {
    // dotfiles ignored: the build's .vite/manifest.json (for the bundle budgets) is not for the public.
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      wildcard: false,
      index: 'index.html',
      dotfiles: 'ignore',
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // The SPA owns every other GET path that is not the API: its router shows the page or its own 404.
    if (serveWeb && request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
    return sendRouteNotFound(request, reply);
  });
  return app;
}
