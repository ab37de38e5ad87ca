// "Forgot password": anyone may ask for a reset link for an e-mail address. The answer is the same whether or not
// the address has an account, so the form does not reveal who has one; the link goes only to the account's e-mail.
import type { Deps } from '../platform/deps.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { DEMO_EMAIL_DOMAIN } from './auth-service.ts';
import { issuePasswordLink } from './password-link.ts';
import * as repo from './repository.ts';

export async function requestPasswordReset(deps: Deps, email: string, context: AuditContext): Promise<void> {
  const address = email.trim().toLowerCase();
  if (deps.config.env === 'production' && address.endsWith(DEMO_EMAIL_DOMAIN)) return;
  const user = await repo.findUserByEmail(deps.db, address);
  if (!user || user.status !== 'active') return;
  await inTransaction(deps.db, async (trx) => {
    await issuePasswordLink(trx, deps, user, user.password_hash === null ? 'invite' : 'reset');
    await recordAudit(trx, context, {
      action: 'user.password_reset_requested',
      entityType: 'user',
      entityId: user.id,
      organisationId: user.organisation_id,
    });
  });
}
