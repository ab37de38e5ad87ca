// Creating a user (AM-1.11): the account without a password, its first grants, and an invitation link by
// e-mail (DR-20.2), all in one transaction with their audit events — a failure anywhere leaves nothing behind.
import type { Deps } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { ConflictError, ValidationError } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import { findOrganisation } from '../organisations/index.ts';
import { findUserByEmail } from './repository.ts';
import { insertUser } from './users-repository.ts';
import { insertGrantAudited, prepareGrants } from './grants-service.ts';
import { issuePasswordLink } from './password-link.ts';
import { canManageOrganisation, canSeeUsersOf } from './policy.ts';
import { auditView, loadUser } from './users-service.ts';
import type { UserOut } from './presenters.ts';
import type { CreateUserIn } from './schemas.ts';
import { isUniqueViolation } from '../platform/db/errors.ts';

/**
 * E-mail addresses are unique in the whole system, so a taken one is refused. DR-19.4: the administrator learns
 * only what adding the person needs — within the organisations whose users it sees anyway, that the user exists;
 * elsewhere, only that the address cannot be used (not that an account exists there, nor whose or where). The
 * message points to the procedure that fits: the maintainer grants a role to a person who already has an account.
 */
async function emailConflict(
  deps: Deps,
  actor: AuditContext['actor'],
  email: string,
): Promise<ConflictError | undefined> {
  const existing = await findUserByEmail(deps.db, email);
  if (!existing) return undefined;
  const code = canSeeUsersOf(actor, existing.organisation_id) ? 'email_taken' : 'email_unavailable';
  return new ConflictError(code, [{ field: '/email', code }]);
}

export async function createUser(deps: Deps, input: CreateUserIn, context: AuditContext): Promise<UserOut> {
  const actor = context.actor;
  const today = rigaDate(deps.now());
  const email = input.email.trim().toLowerCase();
  const name = input.name.trim();
  if (name === '') throw ValidationError.field('/name', 'field_required');
  const organisation = await findOrganisation(deps.db, input.organisationId);
  if (!organisation) throw ValidationError.field('/organisationId', 'organisation_unknown');
  // AM-1.11: an organisation admin adds people to its own organisation only.
  if (!canManageOrganisation(actor, organisation.id))
    throw ValidationError.field('/organisationId', 'scope_not_allowed');
  const grants = await prepareGrants(deps.db, actor, input.grants ?? [], organisation.id, today);
  const conflict = await emailConflict(deps, actor, email);
  if (conflict) throw conflict;
  try {
    return await inTransaction(deps.db, async (trx) => {
      const { id } = await insertUser(trx, {
        email,
        name,
        phone: input.phone?.trim() || null,
        position: input.position?.trim() || null,
        organisationId: organisation.id,
        now: deps.now(),
      });
      await issuePasswordLink(trx, deps, { id, email, name }, 'invite');
      const user = (await loadUser(trx, id, today))!;
      // The account's event first; each grant then gets its own grant.create event.
      await recordAudit(trx, context, {
        action: 'user.create',
        entityType: 'user',
        entityId: id,
        organisationId: organisation.id,
        after: auditView(user),
      });
      for (const [i, grant] of grants.entries())
        await insertGrantAudited(trx, deps, context, { ...grant, userId: id }, `/grants/${i}`);
      return (await loadUser(trx, id, today))!;
    });
  } catch (error) {
    // Two admins adding the same address at once: the unique index decides, the answer stays the same.
    if (isUniqueViolation(error)) throw (await emailConflict(deps, actor, email)) ?? error;
    throw error;
  }
}
