// Cancelling an authorised e-service that will not be completed (the client left, the portal refused, a mistake):
// the centre's staff who may take its steps (not found for others), while it is neither completed nor already cancelled
// (a conflict). Who, when and why are recorded; the audit event holds no personal data, so not the free-text reason either.
// From the cancellation day the client's personal data follow DR-27.3's schedule (retention.ts).
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import type { Deps } from '../db.ts';
import { ConflictError, ValidationError } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import type { DetailOut } from './presenters.ts';
import * as repo from './repository.ts';
import { keptUntil, removableFrom } from './retention.ts';
import type { CancelIn } from './schemas.ts';
import { eserviceDetail, staffRecord } from './service.ts';

export async function cancelEservice(
  deps: Deps,
  id: string,
  input: CancelIn,
  context: AuditContext,
): Promise<DetailOut> {
  await staffRecord(deps.db, context.actor, id);
  const reason = input.reason.trim().replace(/\s+/g, ' ');
  if (!reason) throw ValidationError.field('/reason', 'field_required');
  const now = deps.now();
  const today = rigaDate(now);
  return inTransaction(deps.db, async (trx) => {
    await repo.lockEservice(trx, id);
    const row = (await repo.findEservice(trx, id))!;
    if (row.status === 'completed') throw new ConflictError('eservice_completed');
    if (row.status === 'cancelled') throw new ConflictError('eservice_cancelled');
    await repo.cancelEservice(
      trx,
      id,
      { cancelled_on: today, cancelled_by: context.actor.userId, cancel_reason: reason },
      now,
    );
    await recordAudit(trx, context, {
      action: 'authorised_eservice.cancelled',
      entityType: 'authorised_eservice',
      entityId: id,
      organisationId: row.municipality_id,
      after: {
        rule: 'DR-27.3',
        stepsDone: Number(row.steps_done ?? 0),
        cancelledOn: today,
        keptUntil: keptUntil(today),
        removableFrom: removableFrom(today),
      },
    });
    return (await eserviceDetail(trx, context.actor, id))!;
  });
}
