// The small interface other capabilities use for legal deadlines: open an obligation when the event that starts
// a rule's clock happens, fulfil it when the duty is done, cancel it when the duty falls away. Each call runs in
// the caller's transaction (so the obligation commits or rolls back with the change that caused it) and writes
// its audit event there. Opening is idempotent: the same rule, owner, subject and period is one obligation.
import type { AuditContext } from '../platform/audit/audit.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import { CalendarRangeError } from '../platform/calendar/calendar.ts';
import { calendarFollowing } from '../platform/calendar/service.ts';
import type { ClosedBy, ObligationRow } from './tables.ts';
import type { Deps, Tx } from '../db.ts';
import { NotFoundError, ValidationError } from '../platform/errors.ts';
import { isIsoDate } from '../platform/time.ts';
import { lvDate } from './format.ts';
import { clockStart } from './periods.ts';
import { explain, type Explanation } from './preview.ts';
import { checkOwner, checkSubject, resolvePeriod, type Owner, type Subject } from './engine-checks.ts';
import * as repo from './repository.ts';
import type { ObligationRule } from './rule-model.ts';
import { versionOn } from './rule-model.ts';
import { ruleById } from './rules.ts';

export type { Owner, Subject };

export interface OpenInput {
  ruleId: string;
  owner: Owner;
  subject: Subject;
  /** The day the rule's clock started (the event), or for recurring duties the period's clock start. */
  startDate: string;
  /** Recurring duties only: 2026-Q4, 2026, 2026-2028, 2026/2. */
  period?: string | null;
}

export interface FulfilInput {
  ruleId: string;
  subject: Subject;
  /** Narrows to one owner when several owe the same rule about one subject. */
  owner?: Owner;
  period?: string;
  /** The day the duty was done (YYYY-MM-DD). */
  on: string;
}

export interface CancelInput {
  ruleId: string;
  subject: Subject;
  owner?: Owner;
  period?: string;
  reason: string;
}

function knownRule(ruleId: string): ObligationRule {
  const rule = ruleById(ruleId);
  if (!rule) throw ValidationError.field('/ruleId', 'obligation_rule_unknown');
  return rule;
}

function checkDate(value: string, field: string): void {
  if (!isIsoDate(value)) throw ValidationError.field(field, 'field_format', { format: 'date' });
}

/** What the audit trail keeps of an obligation (the explanation is derived, and stays in the row). */
export function auditView(o: ObligationRow) {
  return {
    ruleId: o.rule_id,
    ruleVersion: o.rule_version,
    organisationId: o.organisation_id,
    centreId: o.centre_id,
    subject: { type: o.subject_type, id: o.subject_id },
    period: o.period,
    startDate: o.start_date,
    dueDate: o.due_date,
    status: o.status,
    fulfilledOn: o.fulfilled_on,
    closedBy: o.closed_by,
    cancelledReason: o.cancelled_reason,
  };
}

/** Opens the obligation (or returns the one already open for this rule, owner, subject and period). */
export async function openObligation(
  trx: Tx,
  deps: Deps,
  input: OpenInput,
  context: AuditContext,
): Promise<ObligationRow> {
  const rule = knownRule(input.ruleId);
  checkDate(input.startDate, '/startDate');
  const found = versionOn(rule, input.startDate);
  if (!found)
    throw ValidationError.field('/startDate', 'obligation_rule_not_in_force', {
      rule: rule.id,
      date: lvDate(input.startDate),
    });
  const period = resolvePeriod(rule, input.period ?? null);
  // A recurring duty's clock is its period's: one start date per period keeps the identity and the deadline one.
  if (rule.recurrence && period && input.startDate !== clockStart(rule.recurrence, period)) {
    throw ValidationError.field('/startDate', 'field_invalid');
  }
  checkSubject(input.subject);
  // The owner's kind, its calendar choice and its centre's municipality: one round trip.
  const facts = await repo.ownerFacts(trx, input.owner.organisationId, input.owner.centreId ?? null);
  const centreId = checkOwner(rule, input.owner, facts);
  const identity: repo.Identity = {
    ruleId: rule.id,
    organisationId: input.owner.organisationId,
    centreId,
    subjectType: input.subject.type,
    subjectId: input.subject.id,
    period: period?.key ?? null,
  };
  const calendar = await calendarFollowing(deps, facts.followsCabinetTransfers, trx);
  let explanation: Explanation;
  try {
    explanation = explain(calendar, rule, found, input.startDate, period);
  } catch (error) {
    if (!(error instanceof CalendarRangeError)) throw error;
    // A duty opened earlier stands whatever the calendar covers now.
    const existing = await repo.findByIdentity(trx, identity);
    if (existing) return existing;
    throw ValidationError.field('/startDate', 'obligation_date_out_of_range');
  }
  // Inserted unless it is already open (earlier, or by another transaction meanwhile): then that one is the duty.
  const inserted = await repo.insertObligation(trx, {
    ...identity,
    ruleVersion: found.number,
    startDate: input.startDate,
    dueDate: explanation.due,
    explanation,
    now: deps.now(),
  });
  if (!inserted) return (await repo.findByIdentity(trx, identity))!;
  await recordAudit(trx, context, {
    action: 'obligation.open',
    entityType: 'obligation',
    entityId: inserted.id,
    organisationId: inserted.organisation_id,
    after: auditView(inserted),
  });
  return inserted;
}

function matchOf(input: { ruleId: string; subject: Subject; owner?: Owner; period?: string }): repo.Match {
  return {
    ruleId: input.ruleId,
    subjectType: input.subject.type,
    subjectId: input.subject.id,
    organisationId: input.owner?.organisationId,
    ...(input.owner && input.owner.centreId !== undefined ? { centreId: input.owner.centreId } : {}),
    period: input.period,
  };
}

/**
 * Records that the duty was done on `on`: on or before the due date it is fulfilled on time, after it late. With
 * several open (CR-11's two meetings a year), the one due first is fulfilled. Fulfilling again returns the fulfilled one.
 */
export async function fulfilObligation(
  trx: Tx,
  deps: Deps,
  input: FulfilInput,
  context: AuditContext,
): Promise<ObligationRow> {
  const rule = knownRule(input.ruleId);
  checkDate(input.on, '/on');
  const [open] = await repo.findMatching(trx, matchOf(input), ['open']);
  if (!open) {
    const [done] = await repo.findMatching(trx, matchOf(input), ['fulfilled_on_time', 'fulfilled_late']);
    if (done) return done;
    throw new NotFoundError();
  }
  return fulfilRow(trx, deps, rule, open, input.on, 'action', context);
}

/**
 * Fulfils one open obligation on `on`, saying how it was closed: 'action' when the capability's action did it,
 * 'record' when its organisation recorded it done (records.ts). The caller has found and locked it open.
 */
export async function fulfilRow(
  trx: Tx,
  deps: Deps,
  rule: ObligationRule,
  open: ObligationRow,
  on: string,
  closedBy: ClosedBy,
  context: AuditContext,
): Promise<ObligationRow> {
  // DR-27.3: a retention duty is done by keeping the document for the whole term; ending it early is refused.
  if (rule.kind === 'retention' && on <= open.due_date) {
    throw ValidationError.field('/on', 'obligation_retention_not_over', { date: lvDate(open.due_date) });
  }
  const status = rule.kind === 'retention' || on <= open.due_date ? 'fulfilled_on_time' : 'fulfilled_late';
  const updated = await repo.updateObligation(trx, open.id, {
    status,
    fulfilled_on: on,
    fulfilled_by: context.actor.userId,
    closed_by: closedBy,
    updated_at: deps.now(),
  });
  await recordAudit(trx, context, {
    action: 'obligation.fulfil',
    entityType: 'obligation',
    entityId: updated.id,
    organisationId: updated.organisation_id,
    before: auditView(open),
    after: auditView(updated),
  });
  return updated;
}

/** The duty fell away (the officer's assignment was withdrawn, the proposal dropped): every open match is cancelled. */
export async function cancelObligation(
  trx: Tx,
  deps: Deps,
  input: CancelInput,
  context: AuditContext,
): Promise<ObligationRow[]> {
  knownRule(input.ruleId);
  const reason = input.reason.trim();
  if (reason.length === 0 || reason.length > 500)
    throw ValidationError.field('/reason', reason ? 'field_too_long' : 'field_required', { limit: 500 });
  const open = await repo.findMatching(trx, matchOf(input), ['open']);
  const cancelled: ObligationRow[] = [];
  for (const o of open) {
    const updated = await repo.updateObligation(trx, o.id, {
      status: 'cancelled',
      cancelled_reason: reason,
      updated_at: deps.now(),
    });
    await recordAudit(trx, context, {
      action: 'obligation.cancel',
      entityType: 'obligation',
      entityId: o.id,
      organisationId: o.organisation_id,
      before: auditView(o),
      after: auditView(updated),
    });
    cancelled.push(updated);
  }
  return cancelled;
}
