// Who may see and do what with performance indicators.
// - A holder's (or institution's) people — its admin and coordinator — see its figures, enter its own channels'
//   counts, record completions of applications forwarded to it, publish its year (SR-22), record its evaluation
//   (SR-23) and answer the ministry's requests (SR-25.2). An API token of the holder does the same from its system.
// - The network's readers (the ministry, auditors, the maintainer) see every holder's figures; the ministry asks for
//   a holder's data (SR-25.2). Anybody reads what is published (open data).
import type { Actor } from '../platform/access/actor.ts';
import { rolesRoute } from '../platform/access/route-policy.ts';
import type { Role } from '../platform/access/roles.ts';
import { coversScope, readsNetwork } from '../platform/access/scope.ts';

export const HOLDER_ROLES: readonly Role[] = ['org_admin', 'institution_coordinator'];

/** Route policies: who may call at all (the service narrows to the holder). */
export const indicatorReaders = rolesRoute('maintainer', 'ministry_supervisor', 'auditor', ...HOLDER_ROLES);
export const holderWriters = rolesRoute(...HOLDER_ROLES);
export const ministry = rolesRoute('ministry_supervisor');
/** The network's own view (per centre and municipality). */
export const networkReaders = rolesRoute('maintainer', 'ministry_supervisor', 'auditor');
export const requestReaders = rolesRoute('ministry_supervisor', 'auditor', ...HOLDER_ROLES);

export function actsForHolder(actor: Actor, holderId: string): boolean {
  return coversScope(actor, HOLDER_ROLES, holderId);
}

export function readsHolder(actor: Actor, holderId: string): boolean {
  return readsNetwork(actor) || actsForHolder(actor, holderId);
}

/** The holders the caller acts for (its admin or coordinator grants). */
export function holdersOf(actor: Actor): string[] {
  return [...new Set(actor.grants.filter((g) => HOLDER_ROLES.includes(g.role)).map((g) => g.organisationId))];
}
