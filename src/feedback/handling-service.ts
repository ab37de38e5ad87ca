// Handling a case: routing it to whoever must answer (CR-19.7, CR-20.7), escalating it to level 2 (SR-19.2) and
// answering it (CR-17.13). Each write locks the case, checks the caller's scope (not found outside it) and right, changes
// the case, adds to its history and audits, in one transaction.
import type { Actor } from '../platform/access/actor.ts';
import type { AuditContext } from '../platform/audit/audit.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import type { Deps, Tx } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import { can, canSee, isCentreStaff, type CaseRight } from './policy.ts';
import { auditView, type CaseDetailOut } from './presenters.ts';
import { addresseeFor, required, serviceFor } from './register-service.ts';
import * as repo from './repository.ts';
import type { AnswerIn, EscalateIn, RouteIn } from './schemas.ts';
import { caseDetail, scopeOf } from './service.ts';
import { applyTerm, dropEmailTerm, EMAIL_RULE, fulfilEmailTerm } from './terms.ts';

/** The case locked for this transaction, if the caller sees it (not found otherwise). */
export async function lockedCase(trx: Tx, actor: Actor, id: string): Promise<repo.CaseRow> {
  await repo.lockCase(trx, id);
  const row = await repo.findCase(trx, id);
  if (!row || !canSee(actor, scopeOf(row))) throw new NotFoundError();
  return row;
}

function mustBeOpen(row: repo.CaseRow): void {
  if (row.status !== 'open') throw new ConflictError('feedback_already_answered');
}

function mustHold(actor: Actor, right: CaseRight, row: repo.CaseRow): void {
  if (!can(actor, right, scopeOf(row))) throw new ForbiddenError();
}

/** Writes the change, its history event and its audit event; returns the case as the caller now sees it. */
async function commit(
  trx: Tx,
  deps: Deps,
  context: AuditContext,
  before: repo.CaseRow,
  change: repo.CaseChange,
  event: { type: 'routed' | 'escalated' | 'answered'; reason?: string },
  action: string,
): Promise<CaseDetailOut> {
  const now = deps.now();
  await repo.updateCase(trx, before.id, change, now);
  const after = (await repo.findCase(trx, before.id))!;
  await repo.insertEvent(trx, {
    case_id: before.id,
    type: event.type,
    occurred_at: now,
    actor_user_id: context.actor.userId,
    actor_label: context.actor.label,
    addressee: after.addressee,
    addressee_org_id: after.addressee_org_id,
    level: after.level,
    reason: event.reason ?? null,
  });
  await recordAudit(trx, context, {
    action,
    entityType: 'feedback_case',
    entityId: before.id,
    before: auditView(before),
    after: auditView(after),
  });
  return (await caseDetail(trx, context.actor, before.id, rigaDate(now), true))!;
}

/** CR-19.7, CR-20.7: to the centre or to the holder of the (possibly corrected) service; the due date follows. */
export async function routeCase(deps: Deps, id: string, input: RouteIn, context: AuditContext): Promise<CaseDetailOut> {
  const reason = required(input.reason, '/reason');
  const corrected = input.serviceId ? await serviceFor(deps, input.serviceId, '/serviceId') : undefined;
  return inTransaction(deps.db, async (trx) => {
    const row = await lockedCase(trx, context.actor, id);
    mustBeOpen(row);
    if (row.contest_subject !== null) throw new ConflictError('feedback_contest_open');
    mustHold(context.actor, 'route', row);
    const service = corrected ?? (row.service_id ? await repo.findService(trx, row.service_id) : undefined);
    const routed = addresseeFor(input.to, row.municipality_id, service, '/to');
    const serviceId = service?.id ?? null;
    if (
      routed.addressee === row.addressee &&
      routed.organisationId === row.addressee_org_id &&
      serviceId === row.service_id
    ) {
      throw ValidationError.field('/to', 'feedback_route_unchanged');
    }
    if (row.due_rule === EMAIL_RULE && routed.addressee !== 'centre') await dropEmailTerm(trx, deps, id, context);
    const term = await applyTerm(
      trx,
      deps,
      { id, channel: row.channel, receivedOn: row.received_on },
      { ...routed, centreId: row.centre_id },
      context,
    );
    const change: repo.CaseChange = {
      addressee: routed.addressee,
      addressee_org_id: routed.organisationId,
      service_id: serviceId,
      due_date: term.dueDate,
      due_rule: term.ruleId,
      due_explanation: term.explanation,
    };
    return commit(trx, deps, context, row, change, { type: 'routed', reason }, 'feedback.route');
  });
}

/** SR-19.2: a non-standard question or suggestion goes to level 2 (complaints start there). */
export async function escalateCase(
  deps: Deps,
  id: string,
  input: EscalateIn,
  context: AuditContext,
): Promise<CaseDetailOut> {
  const reason = required(input.reason, '/reason');
  return inTransaction(deps.db, async (trx) => {
    const row = await lockedCase(trx, context.actor, id);
    mustBeOpen(row);
    if (row.level === 2) throw new ConflictError('feedback_already_level_2');
    mustHold(context.actor, 'escalate', row);
    return commit(trx, deps, context, row, { level: 2 }, { type: 'escalated', reason }, 'feedback.escalate');
  });
}

/** CR-17.13, CR-19.7, CR-20.7: the answerer records the answer; at level 2 of a centre only its head or admin. */
export async function answerCase(
  deps: Deps,
  id: string,
  input: AnswerIn,
  context: AuditContext,
): Promise<CaseDetailOut> {
  const text = required(input.text, '/text');
  const today = rigaDate(deps.now());
  const on = input.answeredOn ?? today;
  if (on > today) throw ValidationError.field('/answeredOn', 'field_date_future');
  return inTransaction(deps.db, async (trx) => {
    const row = await lockedCase(trx, context.actor, id);
    mustBeOpen(row);
    if (!can(context.actor, 'answer', scopeOf(row))) {
      // SR-19.2: the front line sees the complaint but the head of the centre answers it.
      if (row.addressee === 'centre' && row.level === 2 && isCentreStaff(context.actor, scopeOf(row)))
        throw new ForbiddenError('feedback_level_2_required');
      throw new ForbiddenError();
    }
    if (on < row.received_on) throw ValidationError.field('/answeredOn', 'feedback_answer_before_receipt');
    if (row.due_rule === EMAIL_RULE && row.addressee === 'centre') await fulfilEmailTerm(trx, deps, id, on, context);
    const change: repo.CaseChange = {
      status: 'answered',
      answer_text: text,
      answer_channel: input.channel,
      answered_on: on,
      answered_at: deps.now(),
      answered_by: context.actor.userId,
      answered_level: row.level,
    };
    return commit(trx, deps, context, row, change, { type: 'answered' }, 'feedback.answer');
  });
}
