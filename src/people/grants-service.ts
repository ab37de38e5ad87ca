// Granting and revoking roles (AM-1.11). Every rule about who may do it lives in policy.ts and grant-scope.ts;
// this file orders the steps: find in scope (not found outside), check, write with its audit event in one transaction.
import type { Kysely } from 'kysely';
import type { Actor } from '../platform/access/actor.ts';
import type { DB, Deps, Tx } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { ConflictError, InvalidRequestError, NotFoundError } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import { resolveScope, resolveTerm } from './grant-scope.ts';
import { canManageGrant, canManageOrganisation, isOwnAdminGrant, termsOverlap } from './policy.ts';
import * as grants from './grants-repository.ts';
import { findUserRow, lockUser } from './users-repository.ts';
import { presentGrant, type GrantOut } from './presenters.ts';
import type { GrantIn } from './schemas.ts';
import { revokeTokensBeyondCreator } from './token-lifetime.ts';

const duplicate = (prefix: string) =>
  new ConflictError('grant_duplicate', [{ field: `${prefix}/role`, code: 'grant_duplicate' }]);

/** Checks one requested grant for a user of `userOrganisationId`; errors name fields under `prefix`. */
export async function prepareGrant(
  q: Kysely<DB> | Tx,
  actor: Actor,
  input: GrantIn,
  userOrganisationId: string,
  today: string,
  prefix = '',
): Promise<Omit<grants.NewGrant, 'userId'>> {
  const scope = await resolveScope(q, actor, input, userOrganisationId, prefix);
  return { ...scope, ...resolveTerm(input, today, prefix) };
}

/** Checks a list of requested grants (a new user's), refusing two that say the same thing. */
export async function prepareGrants(
  q: Kysely<DB> | Tx,
  actor: Actor,
  inputs: GrantIn[],
  organisationId: string,
  today: string,
) {
  const prepared: Omit<grants.NewGrant, 'userId'>[] = [];
  for (const [i, input] of inputs.entries()) {
    const grant = await prepareGrant(q, actor, input, organisationId, today, `/grants/${i}`);
    const same = prepared.some(
      (p) =>
        p.role === grant.role &&
        p.organisationId === grant.organisationId &&
        p.centreId === grant.centreId &&
        termsOverlap(p, grant),
    );
    if (same) throw duplicate(`/grants/${i}`);
    prepared.push(grant);
  }
  return prepared;
}

/** Writes a checked grant and its grant.create event inside the caller's transaction. */
export async function insertGrantAudited(
  trx: Tx,
  deps: Deps,
  context: AuditContext,
  grant: grants.NewGrant,
  prefix = '',
): Promise<GrantOut> {
  if (await grants.findOverlappingGrant(trx, grant)) throw duplicate(prefix);
  const { id } = await grants.insertGrant(trx, grant, context.actor.userId, deps.now());
  const out = presentGrant((await grants.findGrantRow(trx, id))!, rigaDate(deps.now()));
  await recordAudit(trx, context, {
    action: 'grant.create',
    entityType: 'role_grant',
    entityId: id,
    organisationId: grant.organisationId,
    after: out,
  });
  return out;
}

/** AM-1.11: grants a role to an existing user within the caller's scope. */
export async function addGrant(deps: Deps, userId: string, input: GrantIn, context: AuditContext): Promise<GrantOut> {
  const user = await findUserRow(deps.db, userId);
  // DR-19.4: a user the caller does not administer does not exist for it.
  if (!user || !canManageOrganisation(context.actor, user.organisation_id)) throw new NotFoundError();
  const today = rigaDate(deps.now());
  const grant = await prepareGrant(deps.db, context.actor, input, user.organisation_id, today);
  return inTransaction(deps.db, async (trx) => {
    await lockUser(trx, user.id); // two admins granting the same role at once: the second sees the first
    return insertGrantAudited(trx, deps, context, { ...grant, userId: user.id });
  });
}

/** AM-1.11: revokes a grant; it stops working at the caller's next request (grants are read per request). */
export async function revokeGrant(deps: Deps, grantId: string, context: AuditContext): Promise<GrantOut> {
  const actor = context.actor;
  const grant = await grants.findGrantRow(deps.db, grantId);
  const user = grant ? await findUserRow(deps.db, grant.user_id) : undefined;
  const inScope =
    grant !== undefined &&
    user !== undefined &&
    canManageOrganisation(actor, user.organisation_id) &&
    canManageGrant(actor, { role: grant.role, organisationId: grant.organisation_id });
  if (!grant || !inScope) throw new NotFoundError();
  if (isOwnAdminGrant(actor, { userId: grant.user_id, role: grant.role }))
    throw new InvalidRequestError('own_grant_protected');
  if (grant.revoked_at !== null) throw new ConflictError('grant_already_revoked');
  const today = rigaDate(deps.now());
  return inTransaction(deps.db, async (trx) => {
    if (!(await grants.revokeGrant(trx, grant.id, actor.userId, deps.now())))
      throw new ConflictError('grant_already_revoked');
    const after = presentGrant((await grants.findGrantRow(trx, grant.id))!, today);
    await revokeTokensBeyondCreator(trx, grant.user_id, user.status, today, deps.now(), context);
    await recordAudit(trx, context, {
      action: 'grant.revoke',
      entityType: 'role_grant',
      entityId: grant.id,
      organisationId: grant.organisation_id,
      before: presentGrant(grant, today),
      after,
    });
    return after;
  });
}
