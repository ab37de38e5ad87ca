// Contesting an employee's action (BV-4.2) or an administrative act (BV-4.3) about a complaint answered by the
// centre: each stage is lodged only after the previous stage's decision, and each decision is recorded with its
// date. The head of the centre or the municipality's admin records them; every write audited.
import type { AuditContext } from '../platform/audit/audit.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import type { Deps } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { isUniqueViolation } from '../platform/db/errors.ts';
import { rigaDate } from '../platform/time.ts';
import { nextStage } from './contest.ts';
import { can } from './policy.ts';
import { auditView, type CaseDetailOut } from './presenters.ts';
import { lockedCase } from './handling-service.ts';
import { required } from './register-service.ts';
import * as repo from './repository.ts';
import type { DecideStageIn, LodgeStageIn } from './schemas.ts';
import { caseDetail, scopeOf } from './service.ts';

function notInFuture(date: string, today: string, field: string): void {
  if (date > today) throw ValidationError.field(field, 'field_date_future');
}

/** The case for a contest write: a complaint answered by the centre, and a caller who may record its stages. */
async function contestable(trx: Parameters<typeof lockedCase>[0], context: AuditContext, id: string) {
  const row = await lockedCase(trx, context.actor, id);
  if (row.kind !== 'complaint') throw new ConflictError('feedback_contest_complaint_only');
  if (row.addressee !== 'centre') throw new ConflictError('feedback_contest_centre_only');
  if (!can(context.actor, 'contest', scopeOf(row))) throw new ForbiddenError();
  return row;
}

/** BV-4.2: the next stage on the path, after the previous stage's decision. */
export async function lodgeStage(
  deps: Deps,
  id: string,
  input: LodgeStageIn,
  context: AuditContext,
): Promise<CaseDetailOut> {
  const grounds = required(input.grounds, '/grounds');
  const today = rigaDate(deps.now());
  notInFuture(input.lodgedOn, today, '/lodgedOn');
  return inTransaction(deps.db, async (trx) => {
    const row = await contestable(trx, context, id);
    if (row.contest_subject && input.subject && input.subject !== row.contest_subject)
      throw ValidationError.field('/subject', 'feedback_contest_subject_fixed');
    const subject = row.contest_subject ?? input.subject;
    if (!subject) throw ValidationError.field('/subject', 'field_required');
    const before = await repo.listStages(trx, id);
    const next = nextStage(subject, before);
    if (!next.ok)
      throw new ConflictError(
        next.reason === 'complete' ? 'feedback_contest_complete' : 'feedback_contest_previous_undecided',
      );
    if (next.notBefore && input.lodgedOn < next.notBefore)
      throw ValidationError.field('/lodgedOn', 'feedback_contest_before_decision');
    if (!next.notBefore && input.lodgedOn < row.received_on)
      throw ValidationError.field('/lodgedOn', 'feedback_contest_before_receipt');
    const now = deps.now();
    if (!row.contest_subject) await repo.updateCase(trx, id, { contest_subject: subject }, now);
    try {
      await repo.insertStage(
        trx,
        {
          case_id: id,
          position: next.position,
          body: next.body,
          lodged_on: input.lodgedOn,
          grounds,
          lodged_by: context.actor.userId,
        },
        now,
      );
    } catch (error) {
      // Another request recorded this stage first (the row lock makes this rare): the stage exists.
      if (isUniqueViolation(error)) throw new ConflictError('feedback_contest_previous_undecided');
      throw error;
    }
    const after = (await repo.findCase(trx, id))!;
    await recordAudit(trx, context, {
      action: 'feedback.contest_lodge',
      entityType: 'feedback_case',
      entityId: id,
      before: auditView(row, before),
      after: auditView(after, await repo.listStages(trx, id)),
    });
    return (await caseDetail(trx, context.actor, id, today))!;
  });
}

/** BV-4.2: the stage's decision, once, with its date (not before the stage was lodged). */
export async function decideStage(
  deps: Deps,
  id: string,
  position: number,
  input: DecideStageIn,
  context: AuditContext,
): Promise<CaseDetailOut> {
  const text = required(input.text, '/text');
  const today = rigaDate(deps.now());
  notInFuture(input.decidedOn, today, '/decidedOn');
  return inTransaction(deps.db, async (trx) => {
    const row = await contestable(trx, context, id);
    const before = await repo.listStages(trx, id);
    const stage = before.find((s) => s.position === position);
    if (!stage) throw new NotFoundError();
    if (stage.decided_on !== null) throw new ConflictError('feedback_contest_decided');
    if (input.decidedOn < stage.lodged_on) throw ValidationError.field('/decidedOn', 'field_date_order');
    const now = deps.now();
    await repo.decideStage(
      trx,
      id,
      position,
      { decision: input.decision, decision_text: text, decided_on: input.decidedOn, decided_by: context.actor.userId },
      now,
    );
    await repo.updateCase(trx, id, {}, now);
    const after = (await repo.findCase(trx, id))!;
    await recordAudit(trx, context, {
      action: 'feedback.contest_decide',
      entityType: 'feedback_case',
      entityId: id,
      before: auditView(row, before),
      after: auditView(after, await repo.listStages(trx, id)),
    });
    return (await caseDetail(trx, context.actor, id, today))!;
  });
}
