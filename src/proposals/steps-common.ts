// What every step of a proposal does the same way: lock the proposal, check the state machine (409 naming the state)
// and the party (403), open and fulfil the steps' duties through the obligations engine, write the history event, the
// change and its audit event — all in the caller's transaction.
import type { Actor } from '../platform/access/actor.ts';
import type { AuditContext } from '../platform/audit/audit.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import type { Deps, Tx } from '../db.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../platform/errors.ts';
import { fulfilObligation, openObligation } from '../obligations/index.ts';
import { organisationsOfKinds } from '../organisations/lookups.ts';
import { rigaDate } from '../platform/time.ts';
import { allowedFrom, ruleOf, type Action, type RuleRef } from './machine.ts';
import { isPartyAction } from './policy.ts';
import * as repo from './repository.ts';
import type { ProposalRow } from './tables.ts';

export const subjectOf = (id: string) => ({ type: 'proposal' as const, id });

export async function lockedProposal(trx: Tx, id: string): Promise<ProposalRow> {
  const row = await repo.lockProposal(trx, id);
  if (!row) throw new NotFoundError();
  return row;
}

/** The state machine's answer: the action is allowed from the proposal's state, and the caller is one of its parties. */
export function checkStep(actor: Actor | null, action: Action, row: ProposalRow): void {
  if (!allowedFrom(action, row.state))
    throw new ConflictError('proposal_state_refuses', [], { state: row.state, action });
  if (actor && !isPartyAction(actor, action, row)) throw new ForbiddenError();
}

/** The ministry's organisation: the committee sits at it (CR-9) and it owes CR-13.2 … CR-14.3. */
export async function ministryId(trx: Tx): Promise<string> {
  const [ministry] = await organisationsOfKinds(trx, ['ministry']);
  if (!ministry) throw new ConflictError('proposal_no_ministry');
  return ministry.id;
}

export interface Duty {
  rule: RuleRef;
  organisationId: string;
  centreId?: string | null;
}

export async function openDuty(trx: Tx, deps: Deps, context: AuditContext, p: ProposalRow, duty: Duty, start: string) {
  return openObligation(
    trx,
    deps,
    {
      ruleId: ruleOf(duty.rule, p.proposer_kind),
      owner: { organisationId: duty.organisationId, ...(duty.centreId ? { centreId: duty.centreId } : {}) },
      subject: subjectOf(p.id),
      startDate: start,
    },
    context,
  );
}

export async function fulfilDuty(trx: Tx, deps: Deps, context: AuditContext, p: ProposalRow, duty: Duty, on: string) {
  return fulfilObligation(
    trx,
    deps,
    {
      ruleId: ruleOf(duty.rule, p.proposer_kind),
      subject: subjectOf(p.id),
      owner: { organisationId: duty.organisationId, ...(duty.centreId ? { centreId: duty.centreId } : {}) },
      on,
    },
    context,
  );
}

export interface StepEvent {
  type: Action;
  on?: string;
  organisationId?: string | null;
  centreId?: string | null;
  note?: string | null;
  documentId?: string | null;
}

/** Audit view of a proposal (no free text beyond its title). */
export function auditView(p: ProposalRow) {
  return {
    kind: p.kind,
    title: p.title,
    state: p.state,
    proposerId: p.proposer_id,
    holderId: p.holder_id,
    serviceId: p.service_id,
    letterId: p.letter_id,
    holderReady: p.holder_ready,
    decisionId: p.decision_id,
    decidedOn: p.decided_on,
    decisionPositive: p.decision_positive,
    trainingOn: p.training_on,
    guidanceId: p.guidance_id,
    excludeFrom: p.exclude_from,
    dueRule: p.due_rule,
    dueDate: p.due_date,
  };
}

/** Writes the change (a new state moves state_since), the history event and the audit event. */
export async function commitStep(
  trx: Tx,
  deps: Deps,
  context: AuditContext,
  before: ProposalRow,
  change: repo.ProposalChange,
  event: StepEvent,
): Promise<ProposalRow> {
  const now = deps.now();
  const filing = event.type === 'file_transfer' || event.type === 'file_exclusion';
  const moved = change.state !== undefined && change.state !== before.state;
  const after = await repo.updateProposal(trx, before.id, {
    ...change,
    ...(moved ? { state_since: now } : {}),
    updated_at: now,
  });
  await repo.insertEvent(trx, {
    proposal_id: before.id,
    type: event.type,
    from_state: filing ? null : before.state,
    to_state: after.state,
    occurred_at: now,
    on_date: event.on ?? rigaDate(now),
    actor_user_id: context.actor.userId,
    actor_label: context.actor.label,
    organisation_id: event.organisationId ?? null,
    centre_id: event.centreId ?? null,
    note: event.note ?? null,
    document_id: event.documentId ?? null,
  });
  await recordAudit(trx, context, {
    action: `proposal.${event.type}`,
    entityType: 'proposal',
    entityId: before.id,
    before: filing ? null : auditView(before),
    after: auditView(after),
  });
  return after;
}
