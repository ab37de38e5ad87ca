// Who registers and who reads contacts (CR-17.x). Centre staff (centre_employee, centre_head) register and read
// the contacts of their centres — a grant narrowed to a centre gives that centre, a grant for the municipality
// gives all its centres. The head of centre and the employee who registered a contact may change or undo it on
// that day. Institutions (their coordinator and admin) read the contacts about their services without the client's
// identifier or the note (CR-19.7: they answer in their competence, they need not know who asked). The ministry,
// auditors and maintainers see only the aggregate (GET /api/v1/contacts/stats).
import type { Actor } from '../platform/access/actor.ts';
import { readsNetwork } from '../platform/access/scope.ts';
import type { Role } from '../platform/access/roles.ts';
import type { RowScope } from './repository.ts';

export const STAFF_ROLES: readonly Role[] = ['centre_employee', 'centre_head'];
export const INSTITUTION_ROLES: readonly Role[] = ['institution_coordinator', 'org_admin'];
/** Roles with some view of contacts (the list routes' policy). */
export const READER_ROLES: readonly Role[] = [...STAFF_ROLES, ...INSTITUTION_ROLES];

export interface CentreRef {
  centre_id: string;
  municipality_id: string;
}

function staffGrantCovers(actor: Actor, roles: readonly Role[], c: CentreRef): boolean {
  return actor.grants.some(
    (g) =>
      roles.includes(g.role) &&
      (g.centreId === c.centre_id || (g.centreId === null && g.organisationId === c.municipality_id)),
  );
}

/** Registers contacts at the centre and reads them in full (with the masked client code). */
export function isStaffOf(actor: Actor, c: CentreRef): boolean {
  return staffGrantCovers(actor, STAFF_ROLES, c);
}

export function isHeadOf(actor: Actor, c: CentreRef): boolean {
  return staffGrantCovers(actor, ['centre_head'], c);
}

/** The rows a caller may read (an empty scope reads nothing). */
export function rowScope(actor: Actor): RowScope {
  const staff = actor.grants.filter((g) => STAFF_ROLES.includes(g.role));
  return {
    centreIds: [...new Set(staff.filter((g) => g.centreId !== null).map((g) => g.centreId!))],
    municipalityIds: [...new Set(staff.filter((g) => g.centreId === null).map((g) => g.organisationId))],
    institutionIds: [
      ...new Set(actor.grants.filter((g) => INSTITUTION_ROLES.includes(g.role)).map((g) => g.organisationId)),
    ],
  };
}

export type ContactView = 'full' | 'institution' | 'none';

/** How the caller sees one contact: in full (centre staff), without the client (institutions), or not at all. */
export function viewOf(actor: Actor, c: CentreRef & { institution_ids: readonly string[] }): ContactView {
  if (isStaffOf(actor, c)) return 'full';
  const institutions = rowScope(actor).institutionIds;
  return c.institution_ids.some((id) => institutions.includes(id)) ? 'institution' : 'none';
}

/** Statistics: the whole network for its readers, otherwise the caller's rows. */
export function statsScope(actor: Actor): RowScope | 'all' {
  return readsNetwork(actor) ? 'all' : rowScope(actor);
}

export type EditRefusal = 'not_yours' | 'day_over';

/**
 * Changing or undoing a contact: the employee who registered it (while still staff of the centre) or the head of
 * centre, on the day it was registered (Riga). Returns why not, or undefined when allowed.
 */
export function editRefusal(
  actor: Actor,
  c: CentreRef & { employee_id: string; registeredOn: string },
  today: string,
): EditRefusal | undefined {
  const mine = actor.userId !== null && actor.userId === c.employee_id && isStaffOf(actor, c);
  if (!mine && !isHeadOf(actor, c)) return 'not_yours';
  return today === c.registeredOn ? undefined : 'day_over';
}
