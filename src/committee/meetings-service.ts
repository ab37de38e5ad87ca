// CR-10, CR-11: the committee's meetings. Planned → held (a held meeting fulfils the ministry's CR-11 obligation of
// its year: the first held in a year the period YYYY/1, the second YYYY/2) → minutes approved (final: nothing of the
// meeting changes after). Agenda items are linked to what they are about (CR-10.1 … CR-10.4); a decision on an item
// carries each member organisation's vote, and a decision on a proposal reaches the proposal in the same transaction.
import type { Kysely } from 'kysely';
import type { DB, Deps, Tx } from '../db.ts';
import { checkDocuments } from '../documents/index.ts';
import { fulfilObligation } from '../obligations/index.ts';
import { firstOrganisationOfKind } from '../organisations/index.ts';
import type { AuditContext } from '../platform/audit/audit.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { ConflictError, type FieldIssue, NotFoundError, ValidationError } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import { organisationsOf } from './members-service.ts';
import {
  auditView,
  type MeetingDetailOut,
  type MeetingSummaryOut,
  presentAgendaItem,
  presentDecision,
  presentMeetingSummary,
  presentMember,
} from './presenters.ts';
import { decideProposal, proposalRefs, proposalsAwaitingCommittee } from '../proposals/index.ts';
import * as repo from './repository.ts';
import type { AgendaItemIn, DecisionIn, HeldIn, MeetingIn } from './schemas.ts';
import type { MeetingRow } from './tables.ts';
import { documentsById } from '../documents/index.ts';

type Q = Kysely<DB> | Tx;

/** Approved minutes are final: the meeting refuses every change (409). */
export function assertChangeable(m: MeetingRow): void {
  if (m.status === 'minutes_approved') throw new ConflictError('committee_minutes_final');
}

export async function lockedMeeting(trx: Tx, id: string): Promise<MeetingRow> {
  const m = await repo.findMeeting(trx, id, true);
  if (!m) throw new NotFoundError();
  return m;
}

export async function listMeetings(deps: Deps): Promise<MeetingSummaryOut[]> {
  return (await repo.listMeetings(deps.db)).map(presentMeetingSummary);
}

/** The meeting with its members on its day, agenda, decisions and votes. */
export async function meetingDetail(q: Q, m: MeetingRow): Promise<MeetingDetailOut> {
  const members = await repo.membersOn(q, m.held_on ?? m.planned_on);
  const items = await repo.agendaItems(q, m.id);
  const decisions = await repo.decisionsOf(q, m.id);
  const votes = await repo.votesOf(
    q,
    decisions.map((d) => d.id),
  );
  const orgs = await organisationsOf(
    q,
    members,
    votes.map((v) => v.organisation_id),
  );
  const proposals = await proposalRefs(
    q,
    items.filter((i) => i.subject_kind === 'proposal' && i.subject_id).map((i) => i.subject_id!),
  );
  const minutes = m.minutes_document_id ? await documentsById(q, [m.minutes_document_id]) : new Map();
  return {
    ...presentMeetingSummary(m),
    members: members.map((member) => presentMember(member, orgs)),
    agenda: items.map((i) => {
      const d = decisions.find((x) => x.agenda_item_id === i.id);
      const proposal = i.subject_kind === 'proposal' && i.subject_id ? proposals.get(i.subject_id) : undefined;
      return presentAgendaItem(i, d ? presentDecision(d, votes, orgs) : null, proposal);
    }),
    minutes: {
      state: m.status === 'planned' ? 'none' : m.status === 'held' ? 'draft' : 'final',
      document: (m.minutes_document_id && minutes.get(m.minutes_document_id)) || null,
    },
  };
}

/** CR-10.1: the proposals whose information is ready, for the agenda (CR-13.3, CR-14.3). */
export function agendaCandidates(deps: Deps) {
  return proposalsAwaitingCommittee(deps.db);
}

export async function getMeeting(deps: Deps, id: string): Promise<MeetingDetailOut> {
  const m = await repo.findMeeting(deps.db, id);
  if (!m) throw new NotFoundError();
  return meetingDetail(deps.db, m);
}

export async function planMeeting(deps: Deps, input: MeetingIn, context: AuditContext): Promise<MeetingDetailOut> {
  return inTransaction(deps.db, async (trx) => {
    const m = await repo.insertMeeting(trx, { planned_on: input.plannedOn, place: input.place.trim(), demo: false });
    await recordAudit(trx, context, {
      action: 'committee.meeting_plan',
      entityType: 'committee_meeting',
      entityId: m.id,
      after: auditView(m),
    });
    return meetingDetail(trx, m);
  });
}

export async function addAgendaItem(
  deps: Deps,
  id: string,
  input: AgendaItemIn,
  context: AuditContext,
): Promise<MeetingDetailOut> {
  const subjectId = input.subjectId ?? null;
  const needsSubject = input.subjectKind === 'proposal' || input.subjectKind === 'basket_version';
  if (needsSubject && subjectId === null) throw ValidationError.field('/subjectId', 'committee_subject_required');
  if (!needsSubject && subjectId !== null) throw ValidationError.field('/subjectId', 'committee_subject_not_allowed');
  return inTransaction(deps.db, async (trx) => {
    const m = await lockedMeeting(trx, id);
    assertChangeable(m);
    if (input.subjectKind === 'proposal' && !(await proposalRefs(trx, [subjectId!])).has(subjectId!))
      throw ValidationError.field('/subjectId', 'committee_subject_unknown');
    await checkDocuments(trx, [input.documentId], ['/documentId']);
    const counted = (await repo.editMeeting(trx, id, {}, deps.now()))!;
    const item = await repo.insertAgendaItem(trx, {
      meeting_id: id,
      title: input.title.trim(),
      subject_kind: input.subjectKind,
      subject_id: subjectId,
      document_id: input.documentId ?? null,
    });
    await recordAudit(trx, context, {
      action: 'committee.agenda_item_add',
      entityType: 'committee_meeting',
      entityId: id,
      after: { itemId: item.id, position: item.position, title: item.title, subject: [item.subject_kind, subjectId] },
    });
    return meetingDetail(trx, counted);
  });
}

/** CR-11: the ministry's duty for the year is fulfilled by the meetings held (the first YYYY/1, the second YYYY/2). */
async function fulfilMeetingDuty(trx: Tx, deps: Deps, heldOn: string, context: AuditContext): Promise<void> {
  const year = heldOn.slice(0, 4);
  const n = await repo.heldInYear(trx, year);
  const ministry = await firstOrganisationOfKind(trx, 'ministry');
  if (n > 2 || !ministry) return;
  try {
    await fulfilObligation(
      trx,
      deps,
      {
        ruleId: 'CR-11',
        subject: { type: 'organisation', id: ministry },
        owner: { organisationId: ministry },
        period: `${year}/${n}`,
        on: heldOn,
      },
      context,
    );
  } catch (error) {
    // No CR-11 obligation was opened for that period (a year before the system knew it): nothing to fulfil.
    if (!(error instanceof NotFoundError)) throw error;
  }
}

export async function holdMeeting(
  deps: Deps,
  id: string,
  input: HeldIn,
  context: AuditContext,
): Promise<MeetingDetailOut> {
  if (input.heldOn > rigaDate(deps.now())) throw ValidationError.field('/heldOn', 'field_date_future');
  return inTransaction(deps.db, async (trx) => {
    const before = await lockedMeeting(trx, id);
    assertChangeable(before);
    if (before.status !== 'planned') throw new ConflictError('committee_meeting_not_planned');
    const m = await repo.updateMeeting(trx, id, { status: 'held', held_on: input.heldOn }, deps.now());
    await recordAudit(trx, context, {
      action: 'committee.meeting_held',
      entityType: 'committee_meeting',
      entityId: id,
      before: auditView(before),
      after: auditView(m),
    });
    await fulfilMeetingDuty(trx, deps, input.heldOn, context);
    return meetingDetail(trx, m);
  });
}

export async function recordDecision(
  deps: Deps,
  id: string,
  input: DecisionIn,
  context: AuditContext,
): Promise<MeetingDetailOut> {
  return inTransaction(deps.db, async (trx) => {
    const m = await lockedMeeting(trx, id);
    assertChangeable(m);
    if (m.status !== 'held' || !m.held_on) throw new ConflictError('committee_meeting_not_held');
    const item = (await repo.agendaItems(trx, id)).find((i) => i.id === input.agendaItemId);
    if (!item) throw ValidationError.field('/agendaItemId', 'committee_agenda_item_unknown');
    if (await repo.decisionOfItem(trx, item.id)) throw new ConflictError('committee_decision_exists');
    const members = new Set((await repo.membersOn(trx, m.held_on)).map((x) => x.organisation_id));
    const seen = new Set<string>();
    const issues: FieldIssue[] = [];
    input.votes.forEach((v, i) => {
      const field = `/votes/${i}/organisationId`;
      if (!members.has(v.organisationId)) issues.push({ field, code: 'committee_vote_not_member' });
      else if (seen.has(v.organisationId)) issues.push({ field, code: 'committee_vote_twice' });
      seen.add(v.organisationId);
    });
    if (issues.length > 0) throw new ValidationError(issues);
    const count = (vote: string) => input.votes.filter((v) => v.vote === vote).length;
    const adopted = count('for') > count('against');
    const decision = await repo.insertDecision(trx, {
      agenda_item_id: item.id,
      meeting_id: id,
      text: input.text.trim(),
      adopted,
      decided_on: m.held_on,
      created_by: context.actor.userId,
    });
    await repo.insertVotes(trx, decision.id, input.votes);
    await recordAudit(trx, context, {
      action: 'committee.decision_record',
      entityType: 'committee_decision',
      entityId: decision.id,
      after: { meetingId: id, agendaItemId: item.id, text: decision.text, adopted, votes: input.votes },
    });
    // CR-10.1: the committee's decision on a proposal moves the proposal on (CR-15 follows a positive one).
    if (item.subject_kind === 'proposal' && item.subject_id)
      await decideProposal(trx, deps, context, {
        proposalId: item.subject_id,
        positive: adopted,
        decisionId: decision.id,
        decidedOn: m.held_on,
      });
    return meetingDetail(trx, m);
  });
}
