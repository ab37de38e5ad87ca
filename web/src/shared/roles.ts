// Roles as the API names them, and which parts of the UI each role may open. The server decides access;
// this only keeps the navigation from offering what would answer 403/404.
import { allOf } from '../api/enums.ts';
import type { ApiResponse, Item } from '../api/types.ts';

/** The roles of the API's schema. */
export type Role = Item<ApiResponse<'getSession'>['grants']>['role'];

/** In the server's order (src/platform/db/schema.ts), which the role pickers follow. */
export const ROLES = allOf<Role>({
  maintainer: true,
  ministry_supervisor: true,
  org_admin: true,
  centre_head: true,
  centre_employee: true,
  institution_coordinator: true,
  committee_member: true,
  auditor: true,
});

/** Roles whose scope is one centre of a municipality, not a whole organisation. */
export const CENTRE_ROLES: readonly Role[] = ['centre_head', 'centre_employee'];

export type Area = 'users' | 'audit' | 'outbox' | 'jobs' | 'tokens' | 'directory' | 'services' | 'quality';

const AREA_ROLES: Record<Area, readonly Role[]> = {
  users: ['org_admin', 'maintainer', 'ministry_supervisor', 'auditor'],
  audit: ['ministry_supervisor', 'auditor', 'maintainer'],
  outbox: ['maintainer'],
  jobs: ['maintainer'],
  tokens: ['maintainer', 'org_admin'],
  // Keeping the directory: a maintainer, municipalities' and institutions' admins, heads of centres; the ministry reads it.
  directory: ['maintainer', 'org_admin', 'centre_head', 'ministry_supervisor'],
  // SR-8: the holder's contact person and admin describe its services (a maintainer anywhere).
  services: ['maintainer', 'org_admin', 'institution_coordinator'],
  // SR-13: the ministry, auditors and the maintainer read the whole catalogue's quality; a holder's people their own.
  quality: ['maintainer', 'ministry_supervisor', 'auditor', 'org_admin', 'institution_coordinator'],
};

/** Who may change users and grants; the supervisor and the auditor only read. */
const MANAGERS: readonly Role[] = ['org_admin', 'maintainer'];

export function canOpen(roles: readonly Role[], area: Area): boolean {
  return roles.some((r) => AREA_ROLES[area].includes(r));
}

export function canManageUsers(roles: readonly Role[]): boolean {
  return roles.some((r) => MANAGERS.includes(r));
}

/** Labour Law s.133(4): the ministry (and the maintainer) enter Cabinet transfers and one-off holidays. */
const CALENDAR_EDITORS: readonly Role[] = ['ministry_supervisor', 'maintainer'];

export function canEditCalendar(roles: readonly Role[]): boolean {
  return roles.some((r) => CALENDAR_EDITORS.includes(r));
}

/** Roles an administrator may offer: a maintainer any, an organisation's admin only those inside an organisation. */
export function grantableRoles(roles: readonly Role[]): Role[] {
  if (roles.includes('maintainer')) return [...ROLES];
  return ROLES.filter((r) => !['maintainer', 'ministry_supervisor', 'auditor'].includes(r));
}

/** AM-1.11: the kinds of organisation a role belongs to (the API refuses others); undefined means any. */
const KINDS_FOR_ROLE: Partial<Record<Role, readonly string[]>> = {
  maintainer: ['maintainer'],
  ministry_supervisor: ['ministry'],
  centre_head: ['municipality'],
  centre_employee: ['municipality'],
  institution_coordinator: ['institution', 'holder'],
};

export function fitsRole(role: Role | '', organisationKind: string): boolean {
  const kinds = role ? KINDS_FOR_ROLE[role] : undefined;
  return !kinds || kinds.includes(organisationKind);
}
