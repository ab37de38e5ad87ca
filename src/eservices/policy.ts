// Who sees and does what with authorised e-services. The centre's staff (its employees and its head) file them and
// see the client's data (AM-1.1: centre staff file on the client's behalf); the network's readers (the ministry,
// auditors, the maintainer) read the records and statistics without the client's personal data; anyone else gets 404.
import type { Actor } from '../platform/access/actor.ts';
import { coversScope, readsNetwork } from '../platform/access/scope.ts';
import type { Role } from '../platform/access/roles.ts';

export const STAFF_ROLES: readonly Role[] = ['centre_employee', 'centre_head'];
export const READER_ROLES: readonly Role[] = ['ministry_supervisor', 'auditor', 'maintainer'];

export interface CentreScope {
  id: string;
  municipality_id: string;
}

/** The centre's own staff: a grant for the centre, or a municipality-wide one. */
export function isStaffOf(actor: Actor, centre: CentreScope): boolean {
  return coversScope(actor, STAFF_ROLES, centre.municipality_id, centre.id);
}

export function canRead(actor: Actor, centre: CentreScope): boolean {
  return isStaffOf(actor, centre) || readsNetwork(actor);
}

/** The centres and municipalities whose records the caller lists; undefined: every one. */
export function listScope(actor: Actor): { centreIds: string[]; municipalityIds: string[] } | undefined {
  if (readsNetwork(actor)) return undefined;
  const grants = actor.grants.filter((g) => STAFF_ROLES.includes(g.role));
  return {
    centreIds: grants.flatMap((g) => (g.centreId ? [g.centreId] : [])),
    municipalityIds: grants.flatMap((g) => (g.centreId ? [] : [g.organisationId])),
  };
}
