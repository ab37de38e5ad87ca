// Who sees which dashboard (BV-4.4): the ministry, auditors and maintainers the network and anything in
// it; a municipality's administrators its centres; a centre's head (or the municipality's administrator) the centre;
// an institution's coordinators or administrators its services. Anything else named by id answers 404, as if absent.
import type { Actor } from '../platform/access/actor.ts';
import type { Role } from '../platform/access/roles.ts';
import { coversScope, readsNetwork } from '../platform/access/scope.ts';

/** The roles that reach the dashboard routes at all (others get 403 from the route policy). */
export const DASHBOARD_ROLES: readonly Role[] = [
  'maintainer',
  'ministry_supervisor',
  'auditor',
  'org_admin',
  'centre_head',
  'institution_coordinator',
];

export const SCOPES = ['network', 'municipality', 'centre', 'holder'] as const;
export type Scope = (typeof SCOPES)[number];

export function seesNetwork(actor: Actor): boolean {
  return readsNetwork(actor);
}

export function seesMunicipality(actor: Actor, municipalityId: string): boolean {
  return readsNetwork(actor) || coversScope(actor, ['org_admin'], municipalityId);
}

/** BV-4.4: the municipality's management and the centre's head. */
export function seesCentre(actor: Actor, centre: { id: string; municipality_id: string }): boolean {
  return readsNetwork(actor) || coversScope(actor, ['org_admin', 'centre_head'], centre.municipality_id, centre.id);
}

export function seesHolder(actor: Actor, organisationId: string): boolean {
  return readsNetwork(actor) || coversScope(actor, ['institution_coordinator', 'org_admin'], organisationId);
}
