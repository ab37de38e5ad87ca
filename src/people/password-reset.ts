// "Forgot password": anyone may ask for a reset link for an e-mail address; the link goes only to the account's
// e-mail. Neither the answer nor its time may tell whether the address has an account. For an account the work is
// a transaction with a new link, its e-mail and an audit event; for any other address there is nothing to do —
// awaited, that difference shows in the answer time. So the request is answered before anything that depends on
// the address happens: the function only queues the work, the same way for every address, and the work runs after
// the answer. A process stopped in between loses the request; the person asks again (as for a lost e-mail).
import type { Deps } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { DEMO_EMAIL_DOMAIN } from './auth-service.ts';
import { issuePasswordLink } from './password-link.ts';
import * as repo from './repository.ts';

const inFlight = new Set<Promise<void>>();

async function issueReset(deps: Deps, address: string, context: AuditContext): Promise<void> {
  if (deps.config.env === 'production' && address.endsWith(DEMO_EMAIL_DOMAIN)) return;
  const user = await repo.findUserByEmail(deps.db, address);
  if (user?.status !== 'active') return;
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

/**
 * Queues a reset for the address and returns at once — synchronously, so it cannot have waited for anything that
 * depends on the address. The work starts after the current I/O turn, when the answer has been written.
 */
export function requestPasswordReset(
  deps: Deps,
  email: string,
  context: AuditContext,
  onError: (error: unknown) => void,
): void {
  const address = email.trim().toLowerCase();
  const work: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => issueReset(deps, address, context))
    .catch(onError)
    .finally(() => inFlight.delete(work));
  inFlight.add(work);
}

/** Resets queued and not yet done (tests; shutdown waits for them). */
export function pendingPasswordResets(): number {
  return inFlight.size;
}

/** Resolves when every reset queued so far is done: the app waits for it before the database closes. */
export async function passwordResetsSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.all([...inFlight]);
}
