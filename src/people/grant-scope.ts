// Turns a requested role and scope (GrantIn, or an API token's) into a checked one: loads the organisation and
// centre, then applies the scope rules of policy.ts. Grants and API tokens share it, so they are scoped alike.
import type { Actor } from '../platform/access/actor.ts';
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import type { Role } from '../platform/access/roles.ts';
import type { MessageCode } from '../platform/i18n/messages.ts';
import { ValidationError } from '../platform/errors.ts';
import { isIsoDate } from '../platform/time.ts';
import { findCentre, findOrganisation } from '../organisations/index.ts';
import { canGrantRole, canManageOrganisation, roleScopeIssue, termIssues } from './policy.ts';

export interface ScopeIn {
  role: Role;
  organisationId?: string | null | undefined;
  centreId?: string | null | undefined;
}

export interface Scope {
  role: Role;
  organisationId: string;
  centreId: string | null;
}

/**
 * AM-1.11, DR-19.4: checks that the caller may grant the role in the scope and that the role fits the scope.
 * The organisation defaults to `defaultOrganisationId` (the user's); with a centre it is the centre's municipality.
 * Errors name the field under `prefix` (e.g. "/grants/0").
 */
export async function resolveScope(
  q: Kysely<DB> | Tx,
  actor: Actor,
  input: ScopeIn,
  defaultOrganisationId: string | null,
  prefix = '',
): Promise<Scope> {
  const fail = (field: string, code: MessageCode) => ValidationError.field(`${prefix}${field}`, code);
  if (!canGrantRole(actor, input.role)) throw fail('/role', 'role_not_grantable');
  let organisationId = input.organisationId ?? defaultOrganisationId;
  const centreId = input.centreId ?? null;
  if (centreId !== null) {
    const centre = await findCentre(q, centreId);
    if (!centre) throw fail('/centreId', 'centre_unknown');
    if (input.organisationId && input.organisationId !== centre.municipality_id)
      throw fail('/centreId', 'centre_not_in_organisation');
    organisationId = centre.municipality_id;
  }
  if (!organisationId) throw fail('/organisationId', 'field_required');
  const organisation = await findOrganisation(q, organisationId);
  if (!organisation) throw fail('/organisationId', 'organisation_unknown');
  if (!canManageOrganisation(actor, organisationId))
    throw fail(centreId ? '/centreId' : '/organisationId', 'scope_not_allowed');
  const issue = roleScopeIssue(input.role, organisation.kind, centreId !== null, prefix);
  if (issue) throw new ValidationError([issue]);
  return { role: input.role, organisationId, centreId };
}

export interface TermIn {
  validFrom?: string | undefined;
  validUntil?: string | null | undefined;
}

/** AM-1.11: the term of a grant — from today (Riga) unless given, permanent unless an end is given. */
export function resolveTerm(
  input: TermIn,
  today: string,
  prefix = '',
): { validFrom: string; validUntil: string | null } {
  const validFrom = input.validFrom ?? today;
  const validUntil = input.validUntil ?? null;
  // The schema checks the shape; this catches dates like 2026-02-30 that have the shape but do not exist.
  if (!isIsoDate(validFrom)) throw ValidationError.field(`${prefix}/validFrom`, 'field_format', { format: 'date' });
  if (validUntil !== null && !isIsoDate(validUntil))
    throw ValidationError.field(`${prefix}/validUntil`, 'field_format', { format: 'date' });
  const issues = termIssues(validFrom, validUntil, today, prefix);
  if (issues.length > 0) throw new ValidationError(issues);
  return { validFrom, validUntil };
}
