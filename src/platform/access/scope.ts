// Scope questions every capability's policy asks. Network-wide roles first, then the caller's own grants.
import type { Role } from './roles.ts';
import type { Actor } from './actor.ts';

/** Roles that read everything in the network (AM-1.11 leaves supervision to the ministry; auditors read all). */
export const NETWORK_READERS: readonly Role[] = ['maintainer', 'ministry_supervisor', 'auditor'];

export function readsNetwork(actor: Actor): boolean {
  return actor.grants.some((g) => NETWORK_READERS.includes(g.role));
}

export function managesAccessEverywhere(actor: Actor): boolean {
  return actor.grants.some((g) => g.role === 'maintainer');
}

/** Organisations in which the caller holds any of the roles (a centre-scoped grant counts for its municipality). */
export function organisationsWith(actor: Actor, roles: readonly Role[]): Set<string> {
  return new Set(actor.grants.filter((g) => roles.includes(g.role)).map((g) => g.organisationId));
}

/** True when one of the caller's grants with one of the roles covers the organisation (and centre, if given). */
export function coversScope(
  actor: Actor,
  roles: readonly Role[],
  organisationId: string,
  centreId: string | null = null,
): boolean {
  return actor.grants.some(
    (g) =>
      roles.includes(g.role) && g.organisationId === organisationId && (g.centreId === null || g.centreId === centreId),
  );
}
