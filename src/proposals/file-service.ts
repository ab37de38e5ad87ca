// Filing a proposal (CR-12 … CR-14.1) or a notice of excluding a service (CR-16), with its signed letter. A transfer
// starts the ministry's 20 working days (CR-13.2 / CR-14.2, from the day the letter is received); the holder gets the
// letter when another body proposed it (CR-14.1, CR-13.2.1), and the centres are asked straight away only when the
// holder itself proposed it (CR-13.2.2; otherwise after the holder confirms, CR-14.2.2). An exclusion needs a month's
// notice to the committee (CR-16): the notice is the filing, and a holder cannot exclude a basket service.
import type { Actor } from '../platform/access/actor.ts';
import type { AuditContext } from '../platform/audit/audit.ts';
import type { Deps, Tx } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { ForbiddenError, RefusedByRuleError, ValidationError, type FieldIssue } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import { checkDocuments } from '../documents/index.ts';
import { findServiceRef } from '../catalogue/lookups.ts';
import { organisationKind } from '../organisations/lookups.ts';
import { isBasketServiceOn } from '../basket/lookups.ts';
import { lvDate } from '../obligations/lookups.ts';
import { STEPS } from './machine.ts';
import { noticeOfExclusion, noticeToCentres, noticeToHolder } from './notices.ts';
import { filingOrganisations } from './policy.ts';
import * as repo from './repository.ts';
import { commitStep, ministryId, openDuty, fulfilDuty } from './steps-common.ts';
import type { FileIn } from './schemas.ts';
import type { ProposalRow } from './tables.ts';

const PROPOSER_KINDS = ['municipality', 'institution', 'holder'] as const;
type ProposerKind = (typeof PROPOSER_KINDS)[number];

/** The organisation the caller files for: the one named (theirs), or their only one. */
function proposerOf(actor: Actor, input: FileIn): string {
  const mine = filingOrganisations(actor);
  if (input.organisationId) {
    if (!mine.has(input.organisationId)) throw new ForbiddenError('proposal_not_your_organisation');
    return input.organisationId;
  }
  if (mine.size !== 1) throw ValidationError.field('/organisationId', 'field_required');
  return [...mine][0]!;
}

const trimmed = (value: string | undefined) => (value === undefined ? null : value.trim() || null);

interface Subject {
  serviceId: string | null;
  holderId: string;
}

/** The service (its holder holds it) or the described stage with its holder; every bad field named at once. */
async function subjectOf(trx: Tx, input: FileIn, issues: FieldIssue[]): Promise<Subject | undefined> {
  const stage = trimmed(input.stage);
  if (input.serviceId) {
    const service = await findServiceRef(trx, input.serviceId);
    if (!service || service.status === 'draft') {
      issues.push({ field: '/serviceId', code: 'proposal_service_unknown' });
      return undefined;
    }
    return { serviceId: service.id, holderId: service.holder_id };
  }
  if (input.kind === 'exclusion') {
    issues.push({ field: '/serviceId', code: 'field_required' });
    return undefined;
  }
  if (!stage) issues.push({ field: '/stage', code: 'proposal_subject_required' });
  if (!input.holderId) {
    issues.push({ field: '/holderId', code: 'field_required' });
    return undefined;
  }
  const kind = await organisationKind(trx, input.holderId);
  if (kind !== 'institution' && kind !== 'holder') {
    issues.push({ field: '/holderId', code: 'proposal_holder_kind' });
    return undefined;
  }
  return { serviceId: null, holderId: input.holderId };
}

export async function fileProposal(deps: Deps, input: FileIn, context: AuditContext): Promise<ProposalRow> {
  const proposerId = proposerOf(context.actor, input);
  const today = rigaDate(deps.now());
  const exclusion = input.kind === 'exclusion';
  return inTransaction(deps.db, async (trx) => {
    const proposerKind = await organisationKind(trx, proposerId);
    if (!proposerKind || !(PROPOSER_KINDS as readonly string[]).includes(proposerKind))
      throw new ForbiddenError('proposal_proposer_kind');
    const issues: FieldIssue[] = [];
    const subject = await subjectOf(trx, input, issues);
    if (exclusion && !input.excludeFrom) issues.push({ field: '/excludeFrom', code: 'field_required' });
    if (!exclusion && input.excludeFrom) issues.push({ field: '/excludeFrom', code: 'proposal_exclusion_only' });
    if (issues.length > 0) throw new ValidationError(issues);
    await checkDocuments(trx, [input.letterId], ['/letterId']);
    const now = deps.now();
    const row = await repo.insertProposal(trx, {
      kind: exclusion ? 'exclusion' : 'transfer',
      title: input.title.trim(),
      proposer_id: proposerId,
      proposer_kind: proposerKind as ProposerKind,
      service_id: subject!.serviceId,
      stage: trimmed(input.stage),
      holder_id: subject!.holderId,
      centre_kinds: [...(input.centreKinds ?? [])],
      justification: input.justification.trim(),
      letter_id: input.letterId,
      filed_on: today,
      filed_at: now,
      state: exclusion ? 'exclusion_notified' : 'gathering',
      state_since: now,
      holder_ready: null,
      exclude_from: exclusion ? input.excludeFrom! : null,
      updated_at: now,
    });
    return exclusion ? fileExclusion(trx, deps, context, row, today) : fileTransfer(trx, deps, context, row, today);
  });
}

export async function fileTransfer(trx: Tx, deps: Deps, context: AuditContext, row: ProposalRow, today: string) {
  const ministry = await ministryId(trx);
  const [gather] = STEPS.file_transfer.opens;
  const duty = await openDuty(trx, deps, context, row, { rule: gather, organisationId: ministry }, row.filed_on);
  const ownProposal = row.proposer_id === row.holder_id;
  if (ownProposal) await noticeToCentres(trx, row);
  else await noticeToHolder(trx, row);
  return commitStep(
    trx,
    deps,
    context,
    { ...row, state: 'gathering' },
    { due_rule: duty.rule_id, due_date: duty.due_date, centres_asked_at: ownProposal ? deps.now() : null },
    { type: 'file_transfer', on: today, organisationId: row.proposer_id, documentId: row.letter_id },
  );
}

async function fileExclusion(trx: Tx, deps: Deps, context: AuditContext, row: ProposalRow, today: string) {
  // CR-16: the holder may exclude its own services except those of the minimal basket; nobody excludes a basket
  // service from the centres (every centre provides the whole basket, CR-2.6).
  if (
    (await isBasketServiceOn(trx, row.service_id!, today)) ||
    (await isBasketServiceOn(trx, row.service_id!, row.exclude_from!))
  )
    throw new RefusedByRuleError('proposal_exclusion_basket', { rule: 'CR-16' }, [
      { field: '/serviceId', code: 'proposal_exclusion_basket' },
    ]);
  if (row.exclude_from! <= today) throw ValidationError.field('/excludeFrom', 'field_date_not_future');
  // The engine counts the month back from the exclusion day; a notice given after that day is too short.
  // A day beyond the working-day calendar's years is named at the request's field, not the engine's.
  const duty = await openDuty(
    trx,
    deps,
    context,
    row,
    { rule: 'CR-16', organisationId: row.proposer_id },
    row.exclude_from!,
  ).catch((error: unknown) => {
    if (error instanceof ValidationError) throw ValidationError.field('/excludeFrom', 'obligation_date_out_of_range');
    throw error;
  });
  if (today > duty.due_date)
    throw ValidationError.field('/excludeFrom', 'proposal_exclusion_notice_short', { date: lvDate(duty.due_date) });
  await fulfilDuty(trx, deps, context, row, { rule: 'CR-16', organisationId: row.proposer_id }, today);
  await noticeOfExclusion(trx, row, await ministryId(trx));
  return commitStep(
    trx,
    deps,
    context,
    { ...row, state: 'exclusion_notified' },
    { due_rule: null, due_date: null },
    { type: 'file_exclusion', on: today, organisationId: row.proposer_id, documentId: row.letter_id },
  );
}
