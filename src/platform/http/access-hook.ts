// Authentication and route policy for every /api request, before the body is even parsed: a caller who may not
// use a route learns nothing from validation errors. Cookie-authenticated writes also need a same-site Origin and
// a CSRF token (browser-writes.ts). Answers to an identified caller are never stored by caches.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../access/actor.ts';
import { anonymous } from '../access/actor.ts';
import { decide, publicRoute, type RoutePolicy } from '../access/route-policy.ts';
import { checkBrowserWrite } from './browser-writes.ts';
import { ForbiddenError, UnauthenticatedError } from '../errors.ts';

export const SESSION_COOKIE = 'vienuviet_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface Authenticators {
  fromSession(token: string): Promise<Actor | undefined>;
  fromApiToken(token: string): Promise<Actor | undefined>;
}

/** Routes that must declare a policy: all of the API except the documentation viewer's own files. */
export function needsPolicy(url: string): boolean {
  return url.startsWith('/api/') && !url.startsWith('/api/docs');
}

/** Every API route's policy, by "METHOD /url", for documentation and the policy test. */
export type PolicyRegistry = Map<string, RoutePolicy>;

declare module 'fastify' {
  interface FastifyInstance {
    /** Origin and CSRF checks of a browser write; the login and reset forms call it as their onRequest hook. */
    checkBrowserWrite(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  }
}

/**
 * An answer for an identified caller (a session, a token), for a route that needs one, or one setting a cookie is
 * personal: `Cache-Control: no-store`, so no browser or proxy cache keeps, say, a revealed personal code. Answers
 * whose route chose its own caching (the public catalogue's ETag and max-age) keep it. (Set-Cookie is already
 * written here: @fastify/cookie is registered before this hook, and onSend hooks run in that order.)
 */
function personalAnswer(request: FastifyRequest, reply: FastifyReply): boolean {
  const policy = request.routeOptions.config?.policy ?? publicRoute;
  return (
    (request.actor ?? anonymous).kind !== 'anonymous' || policy.access !== 'public' || reply.hasHeader('set-cookie')
  );
}

export function registerAccess(
  app: FastifyInstance,
  auth: Authenticators,
  options: { publicUrl: string },
): PolicyRegistry {
  const registry: PolicyRegistry = new Map();
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorate('checkBrowserWrite', (request: FastifyRequest, reply: FastifyReply) =>
    checkBrowserWrite(app, request, reply, options.publicUrl),
  );

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control') && personalAnswer(request, reply)) {
      reply.header('cache-control', 'no-store');
    }
    return payload;
  });

  app.addHook('onRoute', (route) => {
    if (!needsPolicy(route.url)) return;
    const policy = route.config?.policy;
    if (!policy) throw new Error(`Route ${route.method} ${route.url} has no access policy: declare config.policy`);
    for (const method of [route.method].flat()) registry.set(`${method} ${route.url}`, policy);
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply) => {
    request.actor = anonymous;
    if (!request.url.startsWith('/api/')) return;
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      const actor = await auth.fromApiToken(header.slice(7).trim());
      // A wrong token is an error even on public routes: the calling system needs to know.
      if (!actor) throw new UnauthenticatedError();
      request.actor = actor;
    } else {
      const cookie = request.cookies[SESSION_COOKIE];
      const actor = cookie ? await auth.fromSession(cookie) : undefined;
      if (actor) request.actor = actor;
      else if (cookie) reply.clearCookie(SESSION_COOKIE, { path: '/' });
    }
    const policy = request.routeOptions.config?.policy ?? publicRoute;
    const decision = decide(policy, request.actor);
    if (decision === 'unauthenticated') throw new UnauthenticatedError();
    if (decision === 'token_refused') throw new ForbiddenError('token_not_allowed');
    if (decision === 'forbidden') throw new ForbiddenError();
    // Bearer-token calls carry no ambient credentials, so CSRF cannot forge them; cookie calls can be forged.
    const cookieWrite = !SAFE_METHODS.has(request.method) && request.cookies[SESSION_COOKIE] !== undefined;
    if (cookieWrite && request.actor.kind !== 'token') await checkBrowserWrite(app, request, reply, options.publicUrl);
  });
  return registry;
}
