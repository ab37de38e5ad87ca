// Deny by default: every /api route declares who may call it, and the app refuses to start otherwise.
// Route policies say which roles may call a route at all; each capability's service then checks the record's
// scope and answers 404 outside it, so nobody learns what exists.
import type { Role } from './roles.ts';
import { ROLES } from './roles.ts';
import type { Actor } from './actor.ts';

export type RoutePolicy = (
  | { readonly access: 'public' }
  | { readonly access: 'authenticated' }
  | { readonly access: 'roles'; readonly roles: readonly Role[] }
) & {
  /** Only a person may call it, never a system with an API token (see `peopleOnly`). */
  readonly peopleOnly?: true;
};

export const publicRoute: RoutePolicy = { access: 'public' };
export const anyUser: RoutePolicy = { access: 'authenticated' };
export const rolesRoute = (...roles: Role[]): RoutePolicy => ({ access: 'roles', roles });
export const everyRole: readonly Role[] = ROLES;

/**
 * AM-1.11: managing people, their grants and API tokens is an administrator's personal responsibility. A token is
 * a credential left in another system's configuration: were it allowed here, one leaked org_admin token would mint
 * new tokens and admin accounts that outlive it. Such routes refuse every token, whatever its role (403).
 */
export const peopleOnly = (policy: RoutePolicy): RoutePolicy => ({ ...policy, peopleOnly: true });

export type PolicyDecision = 'allow' | 'unauthenticated' | 'forbidden' | 'token_refused';

export function decide(policy: RoutePolicy, actor: Actor): PolicyDecision {
  if (policy.access === 'public') return 'allow';
  if (actor.kind === 'anonymous') return 'unauthenticated';
  if (policy.peopleOnly && actor.kind === 'token') return 'token_refused';
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
