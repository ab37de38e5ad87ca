// The outbox as operators and developers see it: without SMTP configured this is where mail is read.
// Only maintainers reach these functions (route policy); the outbox belongs to no organisation, so there is
// no narrower scope to check.
import type { Deps } from '../db.ts';
import type { MailStatus } from '../platform/db/tables.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { ConflictError, NotFoundError } from '../platform/errors.ts';
import * as repo from './repository.ts';
import { presentMail, type MailMessageOut } from './presenters.ts';

/** Statuses an operator may send again: failed ones, and ones a crash left in 'sending' (which may have arrived). */
const RETRYABLE: readonly MailStatus[] = ['failed', 'sending'];

function hidesBodies(deps: Deps): boolean {
  return deps.config.env === 'production';
}

export async function listOutbox(
  deps: Deps,
  query: { status?: MailStatus | undefined; limit?: number | undefined; offset?: number | undefined },
): Promise<{ items: MailMessageOut[]; total: number }> {
  const filter = { status: query.status, limit: query.limit ?? 50, offset: query.offset ?? 0 };
  const [rows, total] = await Promise.all([
    repo.listMessages(deps.db, filter),
    repo.countMessages(deps.db, filter.status),
  ]);
  return { items: rows.map((m) => presentMail(m, hidesBodies(deps))), total };
}

/** Puts a message back in the queue, due now, with a fresh round of attempts; the audit event keeps the old state. */
export async function retryMail(deps: Deps, id: string, context: AuditContext): Promise<MailMessageOut> {
  const row = await inTransaction(deps.db, async (trx) => {
    const message = await repo.findMessageForUpdate(trx, id);
    if (!message) throw new NotFoundError();
    if (!RETRYABLE.includes(message.status)) throw new ConflictError('mail_not_retryable');
    const requeued = await repo.requeueMessage(trx, id, deps.now());
    await recordAudit(trx, context, {
      action: 'mail.retry',
      entityType: 'mail',
      entityId: id,
      before: { status: message.status, attempts: message.attempts, lastError: message.last_error },
      after: { status: requeued.status, attempts: requeued.attempts, nextAttemptAt: requeued.next_attempt_at },
    });
    return requeued;
  });
  return presentMail(row, hidesBodies(deps));
}
