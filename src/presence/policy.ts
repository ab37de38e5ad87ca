// Who may do what with the notices about institutions' officers at centres (CR-19.1 … CR-19.5, DR-26.1.9).
// - An institution's coordinator (or its admin) sends its own notices to any regional or national centre.
// - The centre side (its head, the municipality's admin) may enter a notice on the institution's behalf (marked so),
//   publishes a change (DR-26.1.9) and records the safety briefing and workplace needs (CR-19.5, CR-20.4 … CR-20.6).
// - Reading a centre's notices: its staff, the institution's people (their own), the ministry, auditors, maintainer.
// What receives at a centre on a day is public.
import type { Actor } from '../platform/access/actor.ts';
import { coversScope, readsNetwork } from '../platform/access/scope.ts';
import { publicRoute, rolesRoute } from '../platform/access/route-policy.ts';
import type { Role } from '../platform/access/roles.ts';

export const INSTITUTION_ROLES: readonly Role[] = ['institution_coordinator', 'org_admin'];
export const CENTRE_LEAD_ROLES: readonly Role[] = ['centre_head', 'org_admin'];
export const CENTRE_STAFF_ROLES: readonly Role[] = ['centre_employee', 'centre_head', 'org_admin'];

export const noticeWriters = rolesRoute('institution_coordinator', 'org_admin', 'centre_head');
export const centreLeads = rolesRoute('centre_head', 'org_admin');
export const noticeReaders = rolesRoute(
  'institution_coordinator',
  'org_admin',
  'centre_head',
  'centre_employee',
  'ministry_supervisor',
  'auditor',
  'maintainer',
);
export const complianceReaders = rolesRoute('ministry_supervisor', 'auditor', 'maintainer');
export const presencePublic = publicRoute;

export interface CentreScope {
  centreId: string;
  municipalityId: string;
}

export function speaksFor(actor: Actor, institutionId: string): boolean {
  return coversScope(actor, INSTITUTION_ROLES, institutionId);
}

export function leadsCentre(actor: Actor, c: CentreScope): boolean {
  return coversScope(actor, CENTRE_LEAD_ROLES, c.municipalityId, c.centreId);
}

export function staffOf(actor: Actor, c: CentreScope): boolean {
  return coversScope(actor, CENTRE_STAFF_ROLES, c.municipalityId, c.centreId);
}

/** All of the centre's notices (staff, network readers) — or, for an institution's people, only their own. */
export function seesAllNotices(actor: Actor, c: CentreScope): boolean {
  return readsNetwork(actor) || staffOf(actor, c);
}
