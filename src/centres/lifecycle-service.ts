// Taking a lifecycle step (lifecycle.ts holds the table and its guards). The closing deadline of a liquidation is
// the obligations registry's DR-12.3 due date on the working-day calendar of the centre's municipality.
import type { Deps } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { calendarFor } from '../organisations/lookups.ts';
import { ConflictError, InvalidRequestError, NotFoundError } from '../platform/errors.ts';
import { managesAccessEverywhere } from '../platform/access/scope.ts';
import { rigaDate } from '../platform/time.ts';
import * as repo from './repository.ts';
import { auditView, centreDetail } from './centres-service.ts';
import { can } from './policy.ts';
import { checkDate } from './input.ts';
import { closingDeadline, transition, type LifecycleState } from './lifecycle.ts';
import type { CentreDetailOut } from './presenters.ts';
import type { TransitionIn } from './schemas.ts';

function stateOf(row: repo.CentreRow): LifecycleState {
  return {
    status: row.status,
    kind: row.kind,
    openedOn: row.opened_on,
    liquidationDecidedOn: row.liquidation_decided_on,
    liquidationBasis: row.liquidation_basis,
    closingDeadline: row.closing_deadline,
    closedOn: row.closed_on,
  };
}

export async function transitionCentre(
  deps: Deps,
  id: string,
  input: TransitionIn,
  context: AuditContext,
): Promise<CentreDetailOut> {
  const actor = context.actor;
  const found = await repo.findCentreRow(deps.db, id);
  if (!found || !can(actor, 'transition', found)) throw new NotFoundError();
  const today = rigaDate(deps.now());
  const date = checkDate(input.date ?? today, '/date');
  return inTransaction(deps.db, async (trx) => {
    await repo.lockCentre(trx, id);
    // Read again under the lock: another step may have happened since.
    const row = (await repo.findCentreRow(trx, id))!;
    const calendar = await calendarFor(deps, row.municipality_id, trx);
    const result = transition(
      stateOf(row),
      input.action,
      { date, basis: input.basis?.trim() || null, today, byMaintainer: managesAccessEverywhere(actor) },
      (decidedOn) => closingDeadline(calendar, decidedOn),
    );
    if (!result.ok) {
      const { kind, code, field } = result.refusal;
      const params = { action: input.action, status: row.status };
      if (kind === 'conflict') throw new ConflictError(code, [{ field, code }], params);
      throw new InvalidRequestError(code, params, [{ field, code }]);
    }
    const next = result.next;
    const before = (await centreDetail(trx, actor, id, today))!;
    await repo.updateCentre(
      trx,
      id,
      {
        status: next.status,
        opened_on: next.openedOn,
        liquidation_decided_on: next.liquidationDecidedOn,
        liquidation_basis: next.liquidationBasis,
        closing_deadline: next.closingDeadline,
        closed_on: next.closedOn,
      },
      deps.now(),
    );
    const after = (await centreDetail(trx, actor, id, today))!;
    await recordAudit(trx, context, {
      action: `centre.${input.action}`,
      entityType: 'centre',
      entityId: id,
      organisationId: row.municipality_id,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}
