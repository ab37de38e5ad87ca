// Who is calling: a logged-in user, another system with an API token, or nobody. Every decision about access
// starts from this object, which the authentication hook puts on each request.
import type { Role } from './roles.ts';

/** One live role of the caller, with its scope: an organisation, optionally narrowed to one of its centres. */
export interface Grant {
  role: Role;
  organisationId: string;
  centreId: string | null;
}

export interface Actor {
  kind: 'user' | 'token' | 'anonymous' | 'system';
  userId: string | null;
  tokenId: string | null;
  /** Name shown in the audit trail. */
  label: string;
  /** The organisation the user works for (a token's scope organisation). */
  organisationId: string | null;
  grants: Grant[];
  /** Hash of the session token when authenticated by cookie (CSRF applies, logout ends it). */
  sessionHash: string | null;
}

export const anonymous: Actor = {
  kind: 'anonymous',
  userId: null,
  tokenId: null,
  label: 'anonymous',
  organisationId: null,
  grants: [],
  sessionHash: null,
};

/** The process itself acting (start-up bootstrap, scheduled jobs). */
export function systemActor(label = 'system'): Actor {
  return { ...anonymous, kind: 'system', label };
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.grants.some((g) => roles.includes(g.role));
}

export function rolesOf(actor: Actor): Role[] {
  return [...new Set(actor.grants.map((g) => g.role))];
}
