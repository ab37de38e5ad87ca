// Who may see and manage people and their access, and which role fits which scope. Plain functions over the
// caller's live grants and already-loaded facts; the services call them before they write anything.
import { anonymous, type Actor, type Grant } from '../platform/access/actor.ts';
import { managesAccessEverywhere, organisationsWith, readsNetwork } from '../platform/access/scope.ts';
import type { OrganisationKind } from '../organisations/index.ts';
import type { Role } from '../platform/access/roles.ts';
import type { FieldIssue } from '../platform/errors.ts';
import { isIsoDate } from '../platform/time.ts';

/** AM-1.11: roles that reach the whole network; only a maintainer grants them. */
export const NETWORK_ROLES: readonly Role[] = ['maintainer', 'ministry_supervisor', 'auditor'];

/** Roles that manage access: their holders may not take them away from themselves (lock-out). */
export const ADMIN_ROLES: readonly Role[] = ['maintainer', 'org_admin'];

/** Roles that work at one centre and so need one. */
export const CENTRE_ROLES: readonly Role[] = ['centre_head', 'centre_employee'];

/**
 * AM-1.11 with CR-2.3 … CR-2.5: the kind of organisation each role belongs to. Centre roles belong to the
 * municipality that runs the centre (CR-4 … CR-6); 'any' means any organisation.
 */
export const KINDS_FOR_ROLE: Record<Role, readonly OrganisationKind[] | 'any'> = {
  maintainer: ['maintainer'],
  ministry_supervisor: ['ministry'],
  org_admin: 'any',
  centre_head: ['municipality'],
  centre_employee: ['municipality'],
  institution_coordinator: ['institution', 'holder'],
  committee_member: 'any',
  auditor: 'any',
};

/** API tokens are credentials left in other systems' configuration: they must end, within two years. */
export const TOKEN_MAX_YEARS = 2;

/** AM-1.11: the organisations in which the caller is an organisation admin. */
export function adminOrganisations(actor: Actor): Set<string> {
  return organisationsWith(actor, ['org_admin']);
}

/**
 * DR-19.4: which users the caller may read — everybody for the network-wide readers (maintainer, ministry,
 * auditor), otherwise only the users of the organisations it administers.
 */
export function userReadScope(actor: Actor): 'all' | string[] {
  return readsNetwork(actor) ? 'all' : [...adminOrganisations(actor)];
}

export function canSeeUsersOf(actor: Actor, organisationId: string): boolean {
  return readsNetwork(actor) || adminOrganisations(actor).has(organisationId);
}

/**
 * AM-1.11: a maintainer manages access everywhere; an organisation admin only for its own organisation
 * (its users, and scopes within it and its centres). Everything else answers 404 in the services (DR-19.4).
 */
export function canManageOrganisation(actor: Actor, organisationId: string): boolean {
  return inPerson(actor) && (managesAccessEverywhere(actor) || adminOrganisations(actor).has(organisationId));
}

/**
 * AM-1.11: access is managed by an administrator in person, never by a system's API token whatever its role. The
 * routes refuse tokens already (peopleOnly); this keeps a route that forgot it from managing access anyway.
 */
function inPerson(actor: Actor): boolean {
  return actor.kind !== 'token';
}

/** AM-1.11: the network-wide roles are granted by a maintainer only; an organisation admin grants the rest. */
export function canGrantRole(actor: Actor, role: Role): boolean {
  return (
    inPerson(actor) &&
    (managesAccessEverywhere(actor) || (!NETWORK_ROLES.includes(role) && adminOrganisations(actor).size > 0))
  );
}

/** AM-1.11: the whole of what the caller may grant or revoke: the role and the scope's organisation. */
export function canManageGrant(actor: Actor, grant: { role: Role; organisationId: string }): boolean {
  return canGrantRole(actor, grant.role) && canManageOrganisation(actor, grant.organisationId);
}

/**
 * AM-1.11: role ↔ scope consistency. A centre role needs a centre; no other role is narrowed to one; the
 * organisation must be of the role's kind. Returns the first problem, naming the field under `prefix`.
 */
export function roleScopeIssue(
  role: Role,
  organisationKind: OrganisationKind,
  hasCentre: boolean,
  prefix = '',
): FieldIssue | undefined {
  const centreRole = CENTRE_ROLES.includes(role);
  if (centreRole && !hasCentre) return { field: `${prefix}/centreId`, code: 'centre_required' };
  if (!centreRole && hasCentre) return { field: `${prefix}/centreId`, code: 'centre_not_for_role' };
  const kinds = KINDS_FOR_ROLE[role];
  if (kinds !== 'any' && !kinds.includes(organisationKind)) {
    return {
      field: `${prefix}/organisationId`,
      code: 'organisation_kind_mismatch',
      params: { kinds: kinds.join(', ') },
    };
  }
  return undefined;
}

/**
 * AM-1.11: rights are for a fixed term or permanent. A term starts today or later (access is not granted
 * backwards) and does not end before it starts. Dates are Riga dates (YYYY-MM-DD compare as strings).
 */
export function termIssues(validFrom: string, validUntil: string | null, today: string, prefix = ''): FieldIssue[] {
  if (validFrom < today) return [{ field: `${prefix}/validFrom`, code: 'field_date_past' }];
  if (validUntil !== null && validUntil < validFrom)
    return [{ field: `${prefix}/validUntil`, code: 'field_date_order' }];
  return [];
}

/**
 * AM-1.11: an API token is access that its creator granted, so it lasts only while the creator could still grant
 * it — an active account holding, today, a grant that covers the token's role and organisation. A disabled creator,
 * or one whose admin grant ended or was revoked, takes their tokens down with them (the next request answers 401).
 */
export function creatorCoversToken(
  creator: { status: string | null; grants: Grant[] },
  token: { role: Role; organisationId: string },
): boolean {
  if (creator.status !== 'active') return false;
  return canManageGrant({ ...anonymous, kind: 'user', grants: creator.grants }, token);
}

/** An API token's last day: after today, and at most TOKEN_MAX_YEARS ahead. */
export function tokenTermIssue(expiresOn: string, today: string): FieldIssue | undefined {
  if (expiresOn <= today) return { field: '/expiresOn', code: 'field_date_not_future' };
  if (expiresOn > addYears(today, TOKEN_MAX_YEARS))
    return { field: '/expiresOn', code: 'token_term_too_long', params: { years: TOKEN_MAX_YEARS } };
  return undefined;
}

/** AM-1.11 (an admin is responsible for access): nobody removes or changes their own admin rights (lock-out). */
export function isOwnAdminGrant(actor: Actor, grant: { userId: string; role: Role }): boolean {
  return actor.userId !== null && actor.userId === grant.userId && ADMIN_ROLES.includes(grant.role);
}

/** The same day `years` later; 29 February becomes 28 February. */
export function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const candidate = `${year}${date.slice(4)}`;
  return isIsoDate(candidate) ? candidate : `${year}-02-28`;
}

/** Two terms overlap when neither ends before the other starts (null: no end). */
export function termsOverlap(
  a: { validFrom: string; validUntil: string | null },
  b: { validFrom: string; validUntil: string | null },
): boolean {
  return (
    (a.validUntil === null || a.validUntil >= b.validFrom) && (b.validUntil === null || b.validUntil >= a.validFrom)
  );
}
