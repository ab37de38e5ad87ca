// DR-15: a change of the minimal basket, step by step, as change-machine.ts says. Each step runs in one transaction:
// the request locked, the machine's answer (409 naming the step's rule when the request is not where the step starts;
// 403 for anyone but its party), the step's facts, the duties it fulfils and opens through the obligations engine
// (due dates on the owner's working-day calendar), its notice through the outbox and its audit event.
import type { Deps, Tx } from '../db.ts';
import type { Actor } from '../platform/access/actor.ts';
import { coversScope, organisationsWith, readsNetwork } from '../platform/access/scope.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldIssue } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import { findServiceRef, serviceIdsByRef } from '../catalogue/lookups.ts';
import { cancelObligation, fulfilObligation, openObligation } from '../obligations/index.ts';
import { organisationKind, organisationsOfKinds } from '../organisations/lookups.ts';
import { allowedFrom, CHANGE_STEPS, DR15_DUTIES, type ChangeAction, type ChangeParty } from './change-machine.ts';
import { noticeOfOpinion, noticeOfRequest, noticeToCentres, noticeToMaintainer } from './change-notices.ts';
import * as repo from './change-repository.ts';
import {
  presentChangeRequest,
  type CancelIn,
  type ChangeRequestIn,
  type ChangeRequestOut,
  type InformationIn,
  type OpinionIn,
} from './change-schemas.ts';
import { basketAnnexItemsOf, basketItemsInForce } from './lookups.ts';
import { previewVersion, writeVersion, type BasketVersionIn, type RecordResult } from './service.ts';
import type { ChangeRequestRow } from './tables.ts';
import { openTrainingDuties } from './training-duties.ts';

/** The people who speak for a holder in DR-15 (its letter, its information to the maintainer). */
const HOLDER_ROLES = ['org_admin', 'institution_coordinator'] as const;
const SUBJECT_TYPE = 'basket_change_request' as const;
const subjectOf = (id: string) => ({ type: SUBJECT_TYPE, id }) as const;

function isParty(actor: Actor, party: ChangeParty, r: Pick<ChangeRequestRow, 'holder_id'>): boolean {
  if (party === 'holder') return coversScope(actor, HOLDER_ROLES, r.holder_id);
  const role = party === 'ministry' ? 'ministry_supervisor' : 'maintainer';
  return actor.grants.some((g) => g.role === role);
}

/** Who sees a request: the network's readers and the committee see all, a holder's people their own. */
function holdersVisibleTo(actor: Actor): string[] | null {
  if (readsNetwork(actor) || actor.grants.some((g) => g.role === 'committee_member')) return null;
  return [...organisationsWith(actor, HOLDER_ROLES)];
}

function checkStep(actor: Actor, action: ChangeAction, r: ChangeRequestRow): void {
  const step = CHANGE_STEPS[action];
  if (!allowedFrom(action, r.state))
    throw new ConflictError('basket_change_step_refused', [], { rule: step.rule, state: r.state });
  if (!step.by.some((p) => isParty(actor, p, r))) throw new ForbiddenError();
}

async function lockedVisible(trx: Tx, actor: Actor, id: string): Promise<ChangeRequestRow> {
  const row = await repo.lockChangeRequest(trx, id);
  const visible = holdersVisibleTo(actor);
  if (!row || (visible !== null && !visible.includes(row.holder_id))) throw new NotFoundError();
  return row;
}

async function organisationOfKind(trx: Tx, kind: 'ministry' | 'maintainer'): Promise<string> {
  const [org] = await organisationsOfKinds(trx, [kind]);
  if (!org) throw new ConflictError(kind === 'ministry' ? 'basket_change_no_ministry' : 'basket_change_no_maintainer');
  return org.id;
}

/** A step's day: given (not later than today, not before the step before) or today. */
function stepDay(deps: Deps, given: string | undefined, notBefore: string, field: string): string {
  const today = rigaDate(deps.now());
  const day = given ?? today;
  if (day > today) throw ValidationError.field(field, 'basket_change_date_future');
  if (day < notBefore) throw ValidationError.field(field, 'basket_change_date_order');
  return day;
}

async function answer(deps: Deps, actor: Actor, id: string): Promise<ChangeRequestOut> {
  const [row] = await repo.listChangeRequests(deps.db, { holderIds: holdersVisibleTo(actor), id });
  if (!row) throw new NotFoundError();
  return presentChangeRequest(row, rigaDate(deps.now()));
}

export async function listChangeRequests(deps: Deps, actor: Actor): Promise<ChangeRequestOut[]> {
  const today = rigaDate(deps.now());
  const rows = await repo.listChangeRequests(deps.db, { holderIds: holdersVisibleTo(actor) });
  return rows.map((r) => presentChangeRequest(r, today));
}

/** The holder the request is for: the one named (theirs, or any for the ministry), or the caller's only one. */
function holderOf(actor: Actor, input: ChangeRequestIn): string {
  const mine = organisationsWith(actor, HOLDER_ROLES);
  const ministry = isParty(actor, 'ministry', { holder_id: '' });
  if (input.holderId) {
    if (!ministry && !mine.has(input.holderId)) throw new ForbiddenError('basket_change_not_your_organisation');
    return input.holderId;
  }
  if (ministry || mine.size !== 1) throw ValidationError.field('/holderId', 'field_required');
  return [...mine][0]!;
}

/** Every bad field of a request at once: the holder's kind, the day, and what the change is about. */
async function checkRequest(deps: Deps, input: ChangeRequestIn, holderId: string): Promise<string | null> {
  const issues: FieldIssue[] = [];
  const today = rigaDate(deps.now());
  const kind = await organisationKind(deps.db, holderId);
  if (kind !== 'institution' && kind !== 'holder')
    issues.push({ field: '/holderId', code: 'basket_change_holder_kind' });
  if (input.receivedOn && input.receivedOn > today)
    issues.push({ field: '/receivedOn', code: 'basket_change_date_future' });
  let serviceId: string | null = null;
  if (input.serviceId) {
    const found = (await serviceIdsByRef(deps.db, [input.serviceId])).get(input.serviceId);
    const service = found && (await findServiceRef(deps.db, found.id));
    if (!service || service.status === 'draft') issues.push({ field: '/serviceId', code: 'basket_service_unknown' });
    else serviceId = service.id;
  }
  if (input.kind === 'include' && !input.serviceId) issues.push({ field: '/serviceId', code: 'field_required' });
  if (input.kind === 'include' && serviceId && (await basketAnnexItemsOf(deps.db, serviceId, today)).length > 0)
    issues.push({ field: '/serviceId', code: 'basket_change_already_in' });
  if (input.kind !== 'include') {
    if (!input.annexItem) issues.push({ field: '/annexItem', code: 'field_required' });
    else if (!(await basketItemsInForce(deps.db, today)).some((i) => i.annexItem === input.annexItem))
      issues.push({ field: '/annexItem', code: 'basket_change_item_unknown' });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return serviceId;
}

/** DR-15.1: the holder's letter recorded; the ministry's opinion (DR-15.2) is due in 5 working days from it. */
export async function requestChange(deps: Deps, input: ChangeRequestIn, context: AuditContext) {
  const holderId = holderOf(context.actor, input);
  const serviceId = await checkRequest(deps, input, holderId);
  const receivedOn = input.receivedOn ?? rigaDate(deps.now());
  const id = await inTransaction(deps.db, async (trx) => {
    const ministry = await organisationOfKind(trx, 'ministry');
    const row = await repo.insertChangeRequest(
      trx,
      {
        kind: input.kind,
        holder_id: holderId,
        annex_item: input.kind === 'include' ? null : (input.annexItem ?? null),
        service_id: serviceId,
        title: input.title.trim(),
        justification: input.justification.trim(),
        received_on: receivedOn,
        opinion_due: null,
        state: 'awaiting_opinion',
        created_by: context.actor.userId,
      },
      deps.now(),
    );
    const duty = await openObligation(
      trx,
      deps,
      { ruleId: 'DR-15.2', owner: { organisationId: ministry }, subject: subjectOf(row.id), startDate: receivedOn },
      context,
    );
    const stored = await repo.updateChangeRequest(trx, row.id, { opinion_due: duty.due_date });
    await recordAudit(trx, context, {
      action: 'basket.change.request',
      entityType: SUBJECT_TYPE,
      entityId: row.id,
      organisationId: holderId,
      after: { ...input, holderId, receivedOn, opinionDue: duty.due_date },
    });
    await noticeOfRequest(trx, stored, [ministry]);
    return row.id;
  });
  return answer(deps, context.actor, id);
}

/** DR-15.2: the ministry's opinion fulfils its duty; when it agrees, the holder's DR-15.3 term starts. */
export async function giveOpinion(deps: Deps, id: string, input: OpinionIn, context: AuditContext) {
  await inTransaction(deps.db, async (trx) => {
    const row = await lockedVisible(trx, context.actor, id);
    checkStep(context.actor, 'opinion', row);
    const on = stepDay(deps, input.givenOn, row.received_on, '/givenOn');
    const ministry = await organisationOfKind(trx, 'ministry');
    const subject = subjectOf(id);
    await fulfilObligation(trx, deps, { ruleId: 'DR-15.2', subject, owner: { organisationId: ministry }, on }, context);
    const next = input.positive
      ? await openObligation(
          trx,
          deps,
          { ruleId: 'DR-15.3', owner: { organisationId: row.holder_id }, subject, startDate: on },
          context,
        )
      : null;
    const updated = await repo.updateChangeRequest(trx, id, {
      state: input.positive ? 'approved' : 'rejected',
      opinion_on: on,
      opinion_positive: input.positive,
      opinion: input.opinion.trim(),
      information_due: next?.due_date ?? null,
      updated_at: deps.now(),
    });
    await recordAudit(trx, context, {
      action: 'basket.change.opinion',
      entityType: SUBJECT_TYPE,
      entityId: id,
      organisationId: row.holder_id,
      before: { state: row.state },
      after: { state: updated.state, positive: input.positive, opinion: updated.opinion, on },
    });
    await noticeOfOpinion(trx, updated);
  });
  return answer(deps, context.actor, id);
}

/** DR-15.3: the holder's information to the maintainer fulfils its duty and starts the maintainer's DR-15.4. */
export async function informMaintainer(deps: Deps, id: string, input: InformationIn, context: AuditContext) {
  await inTransaction(deps.db, async (trx) => {
    const row = await lockedVisible(trx, context.actor, id);
    checkStep(context.actor, 'inform', row);
    const on = stepDay(deps, input.sentOn, row.opinion_on!, '/sentOn');
    const maintainer = await organisationOfKind(trx, 'maintainer');
    const subject = subjectOf(id);
    await fulfilObligation(
      trx,
      deps,
      { ruleId: 'DR-15.3', subject, owner: { organisationId: row.holder_id }, on },
      context,
    );
    const next = await openObligation(
      trx,
      deps,
      { ruleId: 'DR-15.4', owner: { organisationId: maintainer }, subject, startDate: on },
      context,
    );
    const updated = await repo.updateChangeRequest(trx, id, {
      state: 'information_sent',
      informed_on: on,
      information: input.information.trim(),
      publish_due: next.due_date,
      updated_at: deps.now(),
    });
    await recordAudit(trx, context, {
      action: 'basket.change.inform',
      entityType: SUBJECT_TYPE,
      entityId: id,
      organisationId: row.holder_id,
      before: { state: row.state },
      after: { state: updated.state, information: updated.information, on },
    });
    await noticeToMaintainer(trx, updated, [maintainer]);
  });
  return answer(deps, context.actor, id);
}

/**
 * DR-15.4: the maintainer records the basket version carrying the change and every centre is sent the notice, in one
 * transaction that fulfils the maintainer's duty (the update and the notice are one clause with one term).
 */
export async function publishChange(
  deps: Deps,
  id: string,
  input: BasketVersionIn,
  context: AuditContext,
): Promise<{ request: ChangeRequestOut; result: RecordResult }> {
  // The machine answers before the version is checked: a step out of order is refused as such, not for its body.
  await inTransaction(deps.db, async (trx) =>
    checkStep(context.actor, 'publish', await lockedVisible(trx, context.actor, id)),
  );
  const preview = await previewVersion(deps, input);
  const result = await inTransaction(deps.db, async (trx) => {
    const row = await lockedVisible(trx, context.actor, id);
    checkStep(context.actor, 'publish', row);
    const today = rigaDate(deps.now());
    const maintainer = await organisationOfKind(trx, 'maintainer');
    const recorded = await writeVersion(trx, preview, context);
    await openTrainingDuties(trx, deps, recorded, context);
    await fulfilObligation(
      trx,
      deps,
      { ruleId: 'DR-15.4', subject: subjectOf(id), owner: { organisationId: maintainer }, on: today },
      context,
    );
    const version = { number: recorded.version.number!, effectiveFrom: recorded.version.effectiveFrom };
    const notified = await noticeToCentres(trx, row, version);
    const updated = await repo.updateChangeRequest(trx, id, {
      state: 'published',
      version_id: recorded.version.id,
      published_on: today,
      centres_notified: notified,
      updated_at: deps.now(),
    });
    await recordAudit(trx, context, {
      action: 'basket.change.publish',
      entityType: SUBJECT_TYPE,
      entityId: id,
      organisationId: row.holder_id,
      before: { state: row.state },
      after: { state: updated.state, version: version.number, centresNotified: notified, on: today },
    });
    return recorded;
  });
  return { request: await answer(deps, context.actor, id), result };
}

/** The holder withdraws its request (or the ministry closes it): the duties still open fall away. */
export async function cancelChange(deps: Deps, id: string, input: CancelIn, context: AuditContext) {
  await inTransaction(deps.db, async (trx) => {
    const row = await lockedVisible(trx, context.actor, id);
    checkStep(context.actor, 'cancel', row);
    const reason = input.reason.trim();
    for (const d of DR15_DUTIES)
      await cancelObligation(trx, deps, { ruleId: d.ruleId, subject: subjectOf(id), reason }, context);
    await repo.updateChangeRequest(trx, id, { state: 'cancelled', cancelled_reason: reason, updated_at: deps.now() });
    await recordAudit(trx, context, {
      action: 'basket.change.cancel',
      entityType: SUBJECT_TYPE,
      entityId: id,
      organisationId: row.holder_id,
      before: { state: row.state },
      after: { state: 'cancelled', reason },
    });
  });
  return answer(deps, context.actor, id);
}
