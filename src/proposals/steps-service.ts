// The steps after filing, each carried out as the state machine (machine.ts) says: the holder's and the centres'
// answers (CR-13.2, CR-14.2, CR-14.2.2), the ministry's information (fulfils CR-13.2 / CR-14.2, opens CR-13.3 / CR-14.3),
// the committee's decision (decideProposal, called by the committee's capability), the training (CR-15.1), the
// guidance (CR-15.2), each centre's start (CR-15.3), withdrawing, and an exclusion taking effect (CR-16: the service
// leaves every centre's scope). Each duty is opened and fulfilled by the step itself, in its transaction.
import type { AuditContext } from '../platform/audit/audit.ts';
import type { Deps, Tx } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { ConflictError, ForbiddenError, RefusedByRuleError, ValidationError } from '../platform/errors.ts';
import { isIsoDate, rigaDate } from '../platform/time.ts';
import { checkDocuments } from '../documents/index.ts';
import { findCentreRef } from '../centres/lookups.ts';
import { cancelObligation } from '../obligations/index.ts';
import { isBasketServiceOn } from '../basket/lookups.ts';
import { endServiceInScopes } from '../scope/index.ts';
import { lvDate } from '../obligations/lookups.ts';
import { STEPS } from './machine.ts';
import { noticeOfDecision, noticeToCentres, targetCentres } from './notices.ts';
import { actsForCentre } from './policy.ts';
import * as repo from './repository.ts';
import type { CentreAnswerIn, GuidanceIn, HolderAnswerIn, NoteIn, StartIn, TrainingIn, WithdrawIn } from './schemas.ts';
import { checkStep, commitStep, fulfilDuty, lockedProposal, ministryId, openDuty, subjectOf } from './steps-common.ts';
import type { ProposalRow } from './tables.ts';

const note = (value: string | undefined) => value?.trim() || null;

/** A day of a step: not in the future, not before the step it follows. */
function stepDay(value: string, field: string, today: string, notBefore: string | null): string {
  if (!isIsoDate(value)) throw ValidationError.field(field, 'field_format', { format: 'date' });
  if (value > today) throw ValidationError.field(field, 'field_date_future');
  if (notBefore && value < notBefore)
    throw ValidationError.field(field, 'proposal_date_before_step', { date: lvDate(notBefore) });
  return value;
}

/** CR-13.2.1, CR-14.2.1: the holder says whether it is ready; on yes the centres are asked (CR-14.2.2). */
export async function answerHolder(deps: Deps, id: string, input: HolderAnswerIn, context: AuditContext) {
  return inTransaction(deps.db, async (trx) => {
    const row = await lockedProposal(trx, id);
    checkStep(context.actor, 'answer_holder', row);
    if (row.proposer_id === row.holder_id) throw new ConflictError('proposal_holder_own');
    if (row.holder_ready !== null) throw new ConflictError('proposal_holder_answered');
    const askCentres = input.ready;
    if (askCentres) await noticeToCentres(trx, row);
    return commitStep(
      trx,
      deps,
      context,
      row,
      { holder_ready: input.ready, ...(askCentres ? { centres_asked_at: deps.now() } : {}) },
      { type: 'answer_holder', organisationId: row.holder_id, note: note(input.note) },
    );
  });
}

/** CR-13.2.2, CR-14.2.2: a centre says whether it wants to provide it — only once the centres were asked. */
export async function answerCentre(deps: Deps, id: string, input: CentreAnswerIn, context: AuditContext) {
  return inTransaction(deps.db, async (trx) => {
    const row = await lockedProposal(trx, id);
    checkStep(context.actor, 'answer_centre', row);
    const centre = await findCentreRef(trx, input.centreId);
    if (!centre) throw ValidationError.field('/centreId', 'proposal_centre_unknown');
    if (!actsForCentre(context.actor, { centreId: centre.id, municipalityId: centre.municipality_id }))
      throw new ForbiddenError('proposal_centre_not_yours');
    if (row.centres_asked_at === null) throw new ConflictError('proposal_centres_not_asked');
    if (!(await targetCentres(trx, row)).some((c) => c.id === centre.id))
      throw ValidationError.field('/centreId', 'proposal_centre_not_targeted');
    await repo.upsertCentreAnswer(trx, {
      proposal_id: row.id,
      centre_id: centre.id,
      municipality_id: centre.municipality_id,
      willing: input.willing,
      note: note(input.note),
      answered_at: deps.now(),
      answered_by: context.actor.userId,
    });
    return commitStep(
      trx,
      deps,
      context,
      row,
      {},
      { type: 'answer_centre', organisationId: centre.municipality_id, centreId: centre.id, note: note(input.note) },
    );
  });
}

/** CR-13.2, CR-14.2: the ministry's information is ready; the committee is to meet within a month (CR-13.3, CR-14.3). */
export async function prepareInformation(deps: Deps, id: string, input: NoteIn, context: AuditContext) {
  const today = rigaDate(deps.now());
  return inTransaction(deps.db, async (trx) => {
    const row = await lockedProposal(trx, id);
    checkStep(context.actor, 'prepare_information', row);
    if (row.proposer_id !== row.holder_id && row.holder_ready === null)
      throw new ConflictError('proposal_holder_not_answered');
    const ministry = await ministryId(trx);
    const [gather] = STEPS.prepare_information.fulfils;
    const [committee] = STEPS.prepare_information.opens;
    await fulfilDuty(trx, deps, context, row, { rule: gather, organisationId: ministry }, today);
    const duty = await openDuty(trx, deps, context, row, { rule: committee, organisationId: ministry }, today);
    return commitStep(
      trx,
      deps,
      context,
      row,
      { state: 'ready_for_committee', information_on: today, due_rule: duty.rule_id, due_date: duty.due_date },
      { type: 'prepare_information', organisationId: ministry, note: note(input.note) },
    );
  });
}

export interface DecisionIn {
  proposalId: string;
  positive: boolean;
  decisionId: string;
  /** The day of the committee's decision (YYYY-MM-DD). */
  decidedOn: string;
}

/**
 * The committee's decision on a proposal waiting for it (CR-13.3, CR-14.3: fulfils "the committee meets within a
 * month"); a positive one opens CR-15.1 (the holder trains the centres' staff within a month). Runs in the caller's
 * transaction (the committee's capability records its decision in the same one). Refuses any other state (409).
 */
export async function decideProposal(trx: Tx, deps: Deps, context: AuditContext, input: DecisionIn): Promise<void> {
  const row = await lockedProposal(trx, input.proposalId);
  checkStep(null, 'decide', row);
  const today = rigaDate(deps.now());
  const decidedOn = stepDay(input.decidedOn, '/decidedOn', today, row.information_on);
  const ministry = await ministryId(trx);
  const [committee] = STEPS.decide.fulfils;
  await fulfilDuty(trx, deps, context, row, { rule: committee, organisationId: ministry }, decidedOn);
  const training = input.positive
    ? await openDuty(trx, deps, context, row, { rule: 'CR-15.1', organisationId: row.holder_id }, decidedOn)
    : null;
  const after = await commitStep(
    trx,
    deps,
    context,
    row,
    {
      state: input.positive ? 'approved' : 'rejected',
      decision_id: input.decisionId,
      decided_on: decidedOn,
      decision_positive: input.positive,
      due_rule: training?.rule_id ?? null,
      due_date: training?.due_date ?? null,
    },
    { type: 'decide', on: decidedOn, organisationId: ministry, note: input.decisionId },
  );
  await noticeOfDecision(trx, after);
}

/** CR-15.1: the training held; opens CR-15.2 (guidance within 10 working days) and CR-15.3 for each willing centre. */
export async function recordTraining(deps: Deps, id: string, input: TrainingIn, context: AuditContext) {
  const today = rigaDate(deps.now());
  return inTransaction(deps.db, async (trx) => {
    const row = await lockedProposal(trx, id);
    checkStep(context.actor, 'record_training', row);
    const heldOn = stepDay(input.heldOn, '/heldOn', today, row.decided_on);
    await fulfilDuty(trx, deps, context, row, { rule: 'CR-15.1', organisationId: row.holder_id }, heldOn);
    const guidance = await openDuty(
      trx,
      deps,
      context,
      row,
      { rule: 'CR-15.2', organisationId: row.holder_id },
      heldOn,
    );
    for (const c of await repo.centresOf(trx, row.id)) {
      if (!c.willing) continue;
      const start = await openDuty(
        trx,
        deps,
        context,
        row,
        { rule: 'CR-15.3', organisationId: c.municipality_id, centreId: c.centre_id },
        heldOn,
      );
      await repo.setCentreStart(trx, row.id, c.centre_id, { start_due: start.due_date });
    }
    return commitStep(
      trx,
      deps,
      context,
      row,
      { state: 'training_held', training_on: heldOn, due_rule: guidance.rule_id, due_date: guidance.due_date },
      { type: 'record_training', on: heldOn, organisationId: row.holder_id, note: note(input.note) },
    );
  });
}

/** What the proposal waits for once the guidance is in: the first centre still to start, or nothing (in service). */
async function afterGuidance(trx: Tx, row: ProposalRow) {
  const waiting = (await repo.centresOf(trx, row.id))
    .filter((c) => c.willing && c.started_on === null && c.start_due !== null)
    .sort((a, b) => a.start_due!.localeCompare(b.start_due!));
  const first = waiting[0];
  return first
    ? { state: 'guidance_published' as const, due_rule: 'CR-15.3', due_date: first.start_due }
    : { state: 'in_service' as const, due_rule: null, due_date: null };
}

/** CR-15.2: the holder puts the guidance material into the system. */
export async function publishGuidance(deps: Deps, id: string, input: GuidanceIn, context: AuditContext) {
  const today = rigaDate(deps.now());
  return inTransaction(deps.db, async (trx) => {
    const row = await lockedProposal(trx, id);
    checkStep(context.actor, 'publish_guidance', row);
    await checkDocuments(trx, [input.documentId], ['/documentId']);
    await fulfilDuty(trx, deps, context, row, { rule: 'CR-15.2', organisationId: row.holder_id }, today);
    return commitStep(
      trx,
      deps,
      context,
      row,
      { ...(await afterGuidance(trx, row)), guidance_id: input.documentId, guidance_on: today },
      { type: 'publish_guidance', organisationId: row.holder_id, documentId: input.documentId, note: note(input.note) },
    );
  });
}

/** CR-15.3: a willing centre starts providing it; when the guidance is in and every willing centre started, in service. */
export async function startCentre(deps: Deps, id: string, centreId: string, input: StartIn, context: AuditContext) {
  const today = rigaDate(deps.now());
  return inTransaction(deps.db, async (trx) => {
    const row = await lockedProposal(trx, id);
    checkStep(context.actor, 'start_centre', row);
    const answer = await repo.findCentreAnswer(trx, row.id, centreId);
    if (!answer?.willing) throw new ConflictError('proposal_centre_not_willing');
    if (!actsForCentre(context.actor, { centreId, municipalityId: answer.municipality_id }))
      throw new ForbiddenError('proposal_centre_not_yours');
    if (answer.started_on !== null) throw new ConflictError('proposal_centre_started');
    const startedOn = stepDay(input.startedOn, '/startedOn', today, row.training_on);
    await fulfilDuty(
      trx,
      deps,
      context,
      row,
      { rule: 'CR-15.3', organisationId: answer.municipality_id, centreId },
      startedOn,
    );
    await repo.setCentreStart(trx, row.id, centreId, { started_on: startedOn });
    const next = row.state === 'guidance_published' ? await afterGuidance(trx, row) : {};
    return commitStep(trx, deps, context, row, next, {
      type: 'start_centre',
      on: startedOn,
      organisationId: answer.municipality_id,
      centreId,
    });
  });
}

/** CR-12: the proposer withdraws its proposal before the decision; the ministry's and the committee's duties fall away. */
export async function withdrawProposal(deps: Deps, id: string, input: WithdrawIn, context: AuditContext) {
  return inTransaction(deps.db, async (trx) => {
    const row = await lockedProposal(trx, id);
    checkStep(context.actor, 'withdraw', row);
    const reason = input.reason.trim();
    if (!reason) throw ValidationError.field('/reason', 'field_required');
    for (const ruleId of ['CR-13.2', 'CR-13.3', 'CR-14.2', 'CR-14.3'])
      await cancelObligation(trx, deps, { ruleId, subject: subjectOf(row.id), reason }, context);
    return commitStep(
      trx,
      deps,
      context,
      row,
      { state: 'withdrawn', due_rule: null, due_date: null },
      { type: 'withdraw', organisationId: row.proposer_id, note: reason },
    );
  });
}

/**
 * CR-16: on the notified day (or later) the exclusion takes effect: the service leaves every centre's scope from that
 * day (its CR-7.2 / CR-7.3 entries end the day before; earlier days keep it), so the counter no longer offers it. A
 * service that entered the minimal basket since the notice is refused, as at filing.
 */
export async function excludeService(deps: Deps, id: string, input: NoteIn, context: AuditContext) {
  const today = rigaDate(deps.now());
  return inTransaction(deps.db, async (trx) => {
    const row = await lockedProposal(trx, id);
    checkStep(context.actor, 'exclude', row);
    const from = row.exclude_from!;
    if (today < from) throw new ConflictError('proposal_exclusion_not_yet', [], { date: lvDate(from) });
    if ((await isBasketServiceOn(trx, row.service_id!, from)) || (await isBasketServiceOn(trx, row.service_id!, today)))
      throw new RefusedByRuleError('proposal_exclusion_basket', { rule: 'CR-16' });
    await endServiceInScopes(trx, deps, context, { serviceId: row.service_id!, from, proposalId: row.id });
    return commitStep(
      trx,
      deps,
      context,
      row,
      { state: 'excluded' },
      { type: 'exclude', organisationId: row.proposer_id, note: note(input.note) },
    );
  });
}
