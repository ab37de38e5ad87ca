// Deny by default: every /api route declares who may call it, and the app refuses to start otherwise.
// Route policies say which roles may call a route at all; each capability's service then checks the record's
// scope and answers 404 outside it, so nobody learns what exists.
import type { Role } from '../db/schema.ts';
import { ROLES } from '../db/schema.ts';
import type { Actor } from './actor.ts';

export type RoutePolicy =
  | { readonly access: 'public' }
  | { readonly access: 'authenticated' }
  | { readonly access: 'roles'; readonly roles: readonly Role[] };

export const publicRoute: RoutePolicy = { access: 'public' };
export const anyUser: RoutePolicy = { access: 'authenticated' };
export const rolesRoute = (...roles: Role[]): RoutePolicy => ({ access: 'roles', roles });
export const everyRole: readonly Role[] = ROLES;

export type PolicyDecision = 'allow' | 'unauthenticated' | 'forbidden';

export function decide(policy: RoutePolicy, actor: Actor): PolicyDecision {
  if (policy.access === 'public') return 'allow';
  if (actor.kind === 'anonymous') return 'unauthenticated';
  if (policy.access === 'authenticated') return 'allow';
  return actor.grants.some((g) => policy.roles.includes(g.role)) ? 'allow' : 'forbidden';
}

/** Which roles a policy lets through (for documentation and the policy test). */
export function rolesAllowed(policy: RoutePolicy): readonly Role[] {
  if (policy.access === 'roles') return policy.roles;
  return ROLES;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    actor: Actor;
  }
}
