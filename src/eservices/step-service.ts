// Taking a step of AM-1.5: only the centre's staff (not found for others), only the next step in order (a conflict otherwise),
// none once cancelled (a conflict, cancel.ts), its input checked by step-rules.ts, written with its own audit event in one transaction.
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import type { EserviceStep } from './tables.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import type { Deps } from '../db.ts';
import { ConflictError } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import type { DetailOut } from './presenters.ts';
import * as repo from './repository.ts';
import { eserviceDetail, staffRecord } from './service.ts';
import { STEP_RULES, type StepInputs } from './step-rules.ts';
import { STEPS, nextStep, positionOf } from './steps.ts';

export async function takeStep<S extends EserviceStep>(
  deps: Deps,
  id: string,
  step: S,
  input: StepInputs[S],
  context: AuditContext,
): Promise<DetailOut> {
  await staffRecord(deps.db, context.actor, id);
  const now = deps.now();
  const today = rigaDate(now);
  return inTransaction(deps.db, async (trx) => {
    await repo.lockEservice(trx, id);
    const row = (await repo.findEservice(trx, id))!;
    if (row.status === 'cancelled') throw new ConflictError('eservice_cancelled');
    const done = (await repo.listSteps(trx, id)).map((s) => s.step);
    const expected = nextStep(done);
    if (!expected) throw new ConflictError('eservice_completed');
    if (expected !== step) throw new ConflictError('eservice_step_out_of_order', [], { expected });
    const effect = STEP_RULES[step](input, { filed_on: row.filed_on }, today);
    if (effect.newClient) await repo.insertClient(trx, { eservice_id: id, ...effect.newClient });
    if (effect.client) await repo.updateClient(trx, id, effect.client);
    const record = step === 'completed' ? { ...effect.record, completed_at: now } : effect.record;
    if (record) await repo.updateEservice(trx, id, record, now);
    await repo.insertStep(
      trx,
      { eservice_id: id, step, position: positionOf(step), done_by: context.actor.userId },
      now,
    );
    const definition = STEPS.find((s) => s.step === step)!;
    await recordAudit(trx, context, {
      action: `authorised_eservice.${step}`,
      entityType: 'authorised_eservice',
      entityId: id,
      organisationId: row.municipality_id,
      after: { step, position: positionOf(step), clauses: definition.clauses, ...effect.audit },
    });
    return (await eserviceDetail(trx, context.actor, id))!;
  });
}
