// Admin-level access granted or revoked on a decided application (CR-22 as amended by AM-1.4, AM-1.11, DR-20.2). The
// decision of the ministry or the maintainer is the authority, so these run in the deciding capability's transaction
// without the per-actor grant rules of grants-service.ts: a new person gets an account and a set-password link at the
// address given in the application; a person who has an account in the organisation gets the grant.
import type { Deps, Tx } from '../db.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { ConflictError } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import { findUserByEmail } from './repository.ts';
import { insertUser, lockUser } from './users-repository.ts';
import { insertGrantAudited } from './grants-service.ts';
import * as grants from './grants-repository.ts';
import { issuePasswordLink } from './password-link.ts';
import { auditView, loadUser } from './users-service.ts';
import { presentGrant } from './presenters.ts';
import { revokeTokensBeyondCreator } from './token-lifetime.ts';

export interface AdminAccessIn {
  organisationId: string;
  name: string;
  email: string;
  phone: string | null;
  position: string | null;
  /** The grant's last day; null: permanent. It starts today. */
  validUntil: string | null;
  /** The JSON pointer of the person in the caller's request, for errors (e.g. "/employees/1"). */
  field: string;
}

/**
 * AM-1.11: grants org_admin of the organisation to the person with this e-mail, creating the account (and sending
 * the set-password link, DR-20.2) when there is none. An account of another organisation is refused (409 naming
 * `<field>/email`), as is an admin grant of the same term already in force.
 */
export async function grantAdminByApplication(
  trx: Tx,
  deps: Deps,
  context: AuditContext,
  input: AdminAccessIn,
): Promise<{ userId: string; grantId: string; invited: boolean }> {
  const today = rigaDate(deps.now());
  const email = input.email.trim().toLowerCase();
  let user = await findUserByEmail(trx, email);
  if (user && user.organisation_id !== input.organisationId)
    throw new ConflictError('email_taken', [{ field: `${input.field}/email`, code: 'email_taken' }]);
  let invited = false;
  if (!user) {
    const { id } = await insertUser(trx, {
      email,
      name: input.name.trim(),
      phone: input.phone,
      position: input.position,
      organisationId: input.organisationId,
      now: deps.now(),
    });
    await issuePasswordLink(trx, deps, { id, email, name: input.name.trim() }, 'invite');
    await recordAudit(trx, context, {
      action: 'user.create',
      entityType: 'user',
      entityId: id,
      organisationId: input.organisationId,
      after: auditView((await loadUser(trx, id, today))!),
    });
    user = (await findUserByEmail(trx, email))!;
    invited = true;
  } else {
    await lockUser(trx, user.id);
  }
  const grant = await insertGrantAudited(
    trx,
    deps,
    context,
    {
      userId: user.id,
      role: 'org_admin',
      organisationId: input.organisationId,
      centreId: null,
      validFrom: today,
      validUntil: input.validUntil,
    },
    input.field,
  );
  return { userId: user.id, grantId: grant.id, invited };
}

/**
 * AM-1.11: revokes the organisation's unrevoked org_admin grants of the person with this e-mail (none when there is
 * no such account in the organisation). Returns the user's id (or null) and how many grants were revoked.
 */
export async function revokeAdminByApplication(
  trx: Tx,
  deps: Deps,
  context: AuditContext,
  input: { organisationId: string; email: string },
): Promise<{ userId: string | null; revoked: number }> {
  const today = rigaDate(deps.now());
  const user = await findUserByEmail(trx, input.email.trim().toLowerCase());
  if (!user || user.organisation_id !== input.organisationId) return { userId: null, revoked: 0 };
  await lockUser(trx, user.id);
  const rows = (await grants.listGrantRows(trx, [user.id])).filter(
    (g) => g.role === 'org_admin' && g.organisation_id === input.organisationId && g.revoked_at === null,
  );
  let revoked = 0;
  for (const grant of rows) {
    if (!(await grants.revokeGrant(trx, grant.id, context.actor.userId, deps.now()))) continue;
    revoked++;
    await recordAudit(trx, context, {
      action: 'grant.revoke',
      entityType: 'role_grant',
      entityId: grant.id,
      organisationId: grant.organisation_id,
      before: presentGrant(grant, today),
      after: presentGrant((await grants.findGrantRow(trx, grant.id))!, today),
    });
  }
  if (revoked > 0) await revokeTokensBeyondCreator(trx, user.id, user.status, today, deps.now(), context);
  return { userId: user.id, revoked };
}
