// Registering, changing, undoing and answering contacts. The registration is built for the counter's pace: one
// query reads everything it refers to, any earlier answer to its idempotency key and the clerk's audit chain head
// (prepare.ts), then a spoken contact is one statement — the row with its key, its response, its audit event and the
// head's move (platform/audit's appendAfter) — and a written one a short transaction: the row with its key and
// response, its DR-25.1.7.3 obligation, then its audit event. A spoken contact whose chain head moved after the read
// is written the written one's way, with the head claimed in its insert.
import { randomUUID } from 'node:crypto';
import type { Deps, Tx } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { versionConflict } from '../platform/db/versions.ts';
import type { IfMatch } from '../platform/http/etag.ts';
import {
  appendAfter,
  appendClaimed,
  claimHead,
  isHeadMoved,
  recordAudit,
  seenHeadSql,
  type AuditContext,
  type ChainHead,
} from '../platform/audit/audit.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldIssue } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import { cancelObligation, fulfilObligation, lvDate, openObligation, previewOn } from '../obligations/index.ts';
import { calendarFollowing } from '../platform/calendar/service.ts';
import { parseClient, type Client, type ClientIn } from './client-id.ts';
import { formatPersonalCode } from '../platform/identifiers/personal-code.ts';
import { CREATED_STATUS, KeyTaken, replay, requestHash, type IdempotentResult } from './idempotency.ts';
import { editRefusal, viewOf } from './policy.ts';
import { CLOCK_SKEW_MS, prepareContact, prepareOrReplay, type Draft } from './prepare.ts';
import { auditChange, auditView } from './audit-view.ts';
import { presentContact, type ContactOut } from './presenters.ts';
import * as repo from './repository.ts';
import type { AnswerIn, CreateContactIn, UpdateContactIn } from './schemas.ts';
import { isWritten, outcomeFor } from './vocabulary.ts';
import type { ContactChannel } from './tables.ts';

/** DR-25.1.7.3 in the obligations registry (src/obligations/rules.ts): answer within 3 working days. */
const WRITTEN_RULE = 'DR-25.1.7.3';
const SUBJECT_TYPE = 'contact';

function clientOf(input: ClientIn | null | undefined): { client: Client | null; issues: FieldIssue[] } {
  if (!input) return { client: null, issues: [] };
  const { client, issues } = parseClient(input);
  return { client: client ?? null, issues };
}

function outcomeIssues(followed: ReturnType<typeof outcomeFor>): FieldIssue[] {
  return followed.issue ? [{ field: '/outcome', code: followed.issue }] : [];
}

function noteFrom(note: string | null | undefined): string | null {
  const trimmed = note?.trim();
  return trimmed ? trimmed : null;
}

function personOf(context: AuditContext): string {
  // A contact records the employee who served the client: an API token is nobody's hands at the counter.
  if (!context.actor.userId) throw new ForbiddenError('contact_person_only');
  return context.actor.userId;
}

/**
 * DR-25.1.7.3's due date as the engine will compute it (same rule table, same cached calendar, the municipality's
 * calendar choice as the registration's one query read it).
 */
async function expectedDue(deps: Deps, followsCabinetTransfers: boolean, receivedOn: string): Promise<string | null> {
  const calendar = await calendarFollowing(deps, followsCabinetTransfers);
  return previewOn(calendar, { ruleId: WRITTEN_RULE, start: receivedOn })?.due ?? null;
}

/**
 * CR-17.1 … CR-17.4, CR-17.13: registers a contact; with an idempotency key, at most once. A spoken contact is one
 * statement after the read: the contact with its key, its response, its audit event after the head the read saw and
 * the head's move (appendAfter). Otherwise — a written contact, a clerk's first event, a head that moved meanwhile —
 * a short transaction: the contact with its key and response (a spoken one claims the head in that statement), a
 * written one's DR-25.1.7.3 obligation (which writes its own event, so the contact's head is claimed after it, by
 * recordAudit), then the event.
 */
export async function createContact(
  deps: Deps,
  input: CreateContactIn,
  key: string | undefined,
  context: AuditContext,
): Promise<IdempotentResult<ContactOut>> {
  const userId = personOf(context);
  const hash = key ? requestHash(input) : '';
  const now = deps.now();
  const today = rigaDate(now);
  const client = clientOf(input.client);
  const channel = input.channel ?? 'in_person';
  const written = isWritten(channel);
  // DR-25.1.7.3: the outcome follows the channel (a written contact awaits its reply until answered).
  const followed = outcomeFor(channel, input.outcome, false);
  const draft: Draft = {
    centreId: input.centreId,
    servicePointId: input.servicePointId,
    occurredAt: input.occurredAt ? new Date(input.occurredAt) : now,
    channel,
    type: input.type,
    serviceIds: input.serviceIds ?? [],
    institutionIds: input.institutionIds,
    outcome: followed.outcome,
    client: client.client,
    note: noteFrom(input.note),
  };
  // Field issues are thrown after the retry lookup, so that a stored answer wins over a check that would now fail.
  const prepared = await prepareOrReplay(deps, context.actor, draft, {
    day: today,
    employeeId: userId,
    key,
    issues: [...client.issues, ...outcomeIssues(followed)],
    // A spoken contact appends its event after the head this read sees, in the statement that writes it.
    seenHead: written ? undefined : seenHeadSql(context),
  });
  if ('stored' in prepared) return replay(prepared.stored, hash);
  const values = prepared.values;
  const id = randomUUID();
  const municipalityId = prepared.record.municipality_id;
  let dueOn = written ? await expectedDue(deps, prepared.followsCabinetTransfers, values.occurred_on) : null;
  const recordOf = (due: string | null): repo.ContactRecord => ({
    ...prepared.record,
    ...values,
    id,
    due_on: due,
    answered_at: null,
    answered_by: null,
    created_at: now,
    updated_at: now,
    version: 1,
  });
  let body = presentContact(recordOf(dueOn), 'full', { today, editable: true });
  const idempotencyOf = () =>
    key ? { callerId: userId, key, requestHash: hash, status: CREATED_STATUS, response: body } : undefined;
  const eventOf = () => ({
    action: 'contact.create',
    entityType: 'contact',
    entityId: id,
    organisationId: municipalityId,
    after: auditView(recordOf(dueOn)),
  });
  const seen = prepared.seenHead;
  try {
    if (!written && seen) {
      // The counter's usual case: one statement, no transaction (appendAfter). Should the writer's chain have moved
      // since the read (their other tab, another instance), it wrote nothing, and the transaction below writes it.
      try {
        const inserted = await repo.insertContact(deps.db, { ...values, id, due_on: dueOn }, now, {
          idempotency: idempotencyOf(),
          append: (after) => appendAfter(context, eventOf(), seen, after),
        });
        if (!inserted) throw new KeyTaken();
        return { status: CREATED_STATUS, body, replayed: false };
      } catch (error) {
        if (!isHeadMoved(error)) throw error;
      }
    }
    return await inTransaction(deps.db, async (trx) => {
      // A spoken contact claims the audit chain's head in its own insert; a written one's obligation audits first.
      const inserted = await repo.insertContact(trx, { ...values, id, due_on: dueOn }, now, {
        idempotency: idempotencyOf(),
        claimHead: written ? undefined : (after) => claimHead(context, after),
      });
      if (!inserted) throw new KeyTaken();
      if (written) {
        const owner = { organisationId: municipalityId, centreId: values.centre_id };
        const obligation = await openObligation(
          trx,
          deps,
          { ruleId: WRITTEN_RULE, owner, subject: { type: SUBJECT_TYPE, id }, startDate: values.occurred_on },
          context,
        );
        if (obligation.due_date !== dueOn) {
          // The calendar changed between the two look-ups: the obligation's date is the one that counts.
          dueOn = obligation.due_date;
          body = presentContact(recordOf(dueOn), 'full', { today, editable: true });
          await repo.setDueOn(trx, id, dueOn);
          if (key) await repo.storeResponse(trx, userId, key, CREATED_STATUS, body);
        }
      }
      if (inserted.head) await appendClaimed(trx, context, eventOf(), inserted.head);
      else await recordAudit(trx, context, eventOf());
      return { status: CREATED_STATUS, body, replayed: false };
    });
  } catch (error) {
    if (!(error instanceof KeyTaken)) throw error;
    const stored = await repo.findIdempotent(deps.db, userId, key!);
    if (!stored) throw new ConflictError('idempotency_in_progress');
    return replay(stored, hash);
  }
}

/**
 * Migration 0032's rollups lock their rows in the contact's write (its statement's trigger), the audit chain's head is
 * locked by the event. A spoken registration claims the head in its insert, before that statement's trigger locks the
 * rollup rows; so a spoken contact's edit or undo claims the head before its write too, and two transactions sharing
 * rollup rows take the two in one order (no deadlock). A written contact's rows (e-mail, e-address: keys a spoken one
 * never shares, and an edit never changes that kind) are locked before the head, as in its registration, whose
 * obligation audits after the insert. Null: record the event with recordAudit.
 */
async function headBeforeRollups(trx: Tx, context: AuditContext, channel: ContactChannel): Promise<ChainHead | null> {
  return isWritten(channel) ? null : repo.claimHeadNow(trx, claimHead(context));
}

/** The contact, if the caller may change or undo it now; not found outside the scope, forbidden or a conflict with the reason. */
async function editable(deps: Deps, context: AuditContext, id: string): Promise<repo.ContactRecord> {
  const row = await repo.findContact(deps.db, id);
  if (!row || viewOf(context.actor, row) !== 'full') throw new NotFoundError();
  const registeredOn = rigaDate(new Date(row.created_at));
  const refusal = editRefusal(context.actor, { ...row, registeredOn }, rigaDate(deps.now()));
  if (refusal === 'not_yours') throw new ForbiddenError('contact_not_yours');
  if (refusal === 'day_over') throw new ConflictError('contact_day_over', [], { date: lvDate(registeredOn) });
  return row;
}

/**
 * Changes a contact on the day it was registered, by its employee or the head of centre; only over the version they
 * read (If-Match), so that the employee's and the head's corrections cannot overwrite each other unseen.
 */
export async function updateContact(
  deps: Deps,
  id: string,
  input: UpdateContactIn,
  expected: IfMatch,
  context: AuditContext,
): Promise<ContactOut> {
  const row = await editable(deps, context, id);
  const channel = input.channel ?? row.channel;
  // A written contact carries a legal due date (DR-25.1.7.3); turning it into a spoken one, or back, is an undo
  // and a new registration, so that the obligation and its history stay true.
  if (isWritten(channel) !== isWritten(row.channel))
    throw new ConflictError('contact_channel_kind_fixed', [{ field: '/channel', code: 'contact_channel_kind_fixed' }]);
  const serviceIds = input.serviceIds ?? row.service_ids;
  const client = clientOf(input.client);
  const changedOutcome = outcomeFor(channel, input.outcome ?? row.outcome, row.answered_at !== null);
  const draft: Draft = {
    centreId: row.centre_id,
    servicePointId: input.servicePointId ?? row.service_point_id,
    occurredAt: input.occurredAt ? new Date(input.occurredAt) : new Date(row.occurred_at),
    channel,
    type: input.type ?? row.type,
    serviceIds,
    // New services without named institutions: their holders again.
    institutionIds: input.institutionIds ?? (input.serviceIds ? undefined : row.institution_ids),
    outcome: changedOutcome.outcome,
    client:
      input.client === undefined
        ? row.client_kind && row.client_code
          ? { kind: row.client_kind, code: row.client_code }
          : null
        : client.client,
    note: input.note === undefined ? row.note : noteFrom(input.note),
  };
  // The time stays on the registration day, so a written contact's day of receipt (its deadline's start) stays too.
  const registeredOn = rigaDate(new Date(row.created_at));
  const prepared = await prepareContact(deps, context.actor, draft, {
    day: registeredOn,
    employeeId: row.employee_id,
    issues: [...client.issues, ...outcomeIssues(changedOutcome)],
  });
  const now = deps.now();
  return inTransaction(deps.db, async (trx) => {
    if (!(await repo.lockContact(trx, id))) throw new NotFoundError();
    // The centre, the employee and the basket version it was registered under stay (CR-7.1, AM-1.6).
    const { centre_id: _c, employee_id: _e, basket_version_id: _b, ...changes } = prepared.values;
    const head = await headBeforeRollups(trx, context, row.channel);
    if (!(await repo.updateContact(trx, id, changes, now, expected))) throw await versionConflict(trx, 'contacts', id);
    const after = (await repo.findContact(trx, id))!;
    const event = {
      action: 'contact.update',
      entityType: 'contact',
      entityId: id,
      organisationId: row.municipality_id,
      ...auditChange(row, after),
    };
    if (head) await appendClaimed(trx, context, event, head);
    else await recordAudit(trx, context, event);
    return presentContact(after, 'full', { today: rigaDate(now), editable: true });
  });
}

/**
 * Undoes a registration made by mistake (same day, its employee or the head); a written one's deadline is cancelled.
 * Only the version the undoer saw (If-Match): a contact corrected meanwhile is not undone unseen.
 */
export async function deleteContact(deps: Deps, id: string, expected: IfMatch, context: AuditContext): Promise<void> {
  const row = await editable(deps, context, id);
  await inTransaction(deps.db, async (trx) => {
    if (!(await repo.lockContact(trx, id))) throw new NotFoundError();
    const head = await headBeforeRollups(trx, context, row.channel);
    if (!(await repo.deleteContact(trx, id, expected))) throw await versionConflict(trx, 'contacts', id);
    if (isWritten(row.channel)) {
      await cancelObligation(
        trx,
        deps,
        { ruleId: WRITTEN_RULE, subject: { type: SUBJECT_TYPE, id }, reason: 'Kontakta reģistrācija atsaukta' },
        context,
      );
    }
    const event = {
      action: 'contact.delete',
      entityType: 'contact',
      entityId: id,
      organisationId: row.municipality_id,
      before: auditView(row),
    };
    if (head) await appendClaimed(trx, context, event, head);
    else await recordAudit(trx, context, event);
  });
}

/** DR-25.1.7.3: the written answer was sent; the obligation is fulfilled on the day of the answer (Riga). */
export async function answerContact(
  deps: Deps,
  id: string,
  input: AnswerIn,
  context: AuditContext,
): Promise<ContactOut> {
  const userId = personOf(context);
  const row = await repo.findContact(deps.db, id);
  if (!row || viewOf(context.actor, row) !== 'full') throw new NotFoundError();
  if (!isWritten(row.channel) || row.due_on === null) throw new ConflictError('contact_not_written');
  if (row.answered_at) throw new ConflictError('contact_already_answered');
  const now = deps.now();
  const answeredAt = input.answeredAt ? new Date(input.answeredAt) : now;
  if (answeredAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
    throw ValidationError.field('/answeredAt', 'contact_time_future');
  const outcome = outcomeFor(row.channel, input.outcome ?? 'answered_in_writing', true);
  if (outcome.issue) throw ValidationError.field('/outcome', outcome.issue);
  if (answeredAt < new Date(row.occurred_at))
    throw ValidationError.field('/answeredAt', 'contact_answer_before_receipt');
  return inTransaction(deps.db, async (trx) => {
    const locked = await repo.lockContact(trx, id);
    if (!locked) throw new NotFoundError();
    // Another answer may have been recorded since the check above.
    if (locked.answered_at) throw new ConflictError('contact_already_answered');
    const note = input.note === undefined ? row.note : noteFrom(input.note);
    await repo.updateContact(
      trx,
      id,
      { answered_at: answeredAt, answered_by: userId, outcome: outcome.outcome, note },
      now,
    );
    try {
      await fulfilObligation(
        trx,
        deps,
        { ruleId: WRITTEN_RULE, subject: { type: SUBJECT_TYPE, id }, on: rigaDate(answeredAt) },
        context,
      );
    } catch (error) {
      // A contact registered before its obligation existed has none to fulfil.
      if (!(error instanceof NotFoundError)) throw error;
    }
    const after = (await repo.findContact(trx, id))!;
    await recordAudit(trx, context, {
      action: 'contact.answer',
      entityType: 'contact',
      entityId: id,
      organisationId: row.municipality_id,
      ...auditChange(row, after),
    });
    return presentContact(after, 'full', {
      today: rigaDate(now),
      editable:
        editRefusal(context.actor, { ...after, registeredOn: rigaDate(new Date(after.created_at)) }, rigaDate(now)) ===
        undefined,
    });
  });
}

/** Shows the client's identifier in full: a deliberate action, recorded in the audit trail (identifiers.md). */
export async function revealClientCode(
  deps: Deps,
  id: string,
  context: AuditContext,
): Promise<{ kind: Client['kind']; identifier: string }> {
  const row = await repo.findContact(deps.db, id);
  if (!row || viewOf(context.actor, row) !== 'full' || !row.client_kind || !row.client_code) throw new NotFoundError();
  const client: Client = { kind: row.client_kind, code: row.client_code };
  await inTransaction(deps.db, (trx) =>
    recordAudit(trx, context, {
      action: 'person.code_viewed',
      entityType: 'contact',
      entityId: id,
      organisationId: row.municipality_id,
      // Who looked, at which contact: the code itself (even masked) stays out of the trail (audit-view.ts).
      after: { kind: client.kind },
    }),
  );
  return {
    kind: client.kind,
    identifier: client.kind === 'natural_person' ? formatPersonalCode(client.code) : client.code,
  };
}
