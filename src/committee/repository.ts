// The committee's SQL: members, statutes, meetings, agenda items, decisions and votes. Same SQL on both engines.
import { type Kysely, sql } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { nextVersion, versionIn } from '../platform/db/versions.ts';
import type {
  AgendaItemRow,
  AssociationKey,
  DecisionRow,
  MeetingRow,
  MemberRow,
  StatuteRow,
  Vote,
  VoteRow,
} from './tables.ts';

type Q = Kysely<DB> | Tx;

// --- the associations CR-9 names ---

export async function associationIds(q: Q): Promise<Map<AssociationKey, string>> {
  const rows = await q.selectFrom('committee_required_associations').selectAll().execute();
  return new Map(rows.map((r) => [r.key, r.organisation_id]));
}

export async function insertAssociation(q: Q, key: AssociationKey, organisationId: string): Promise<void> {
  await q
    .insertInto('committee_required_associations')
    .values({ key, organisation_id: organisationId })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

// --- members ---

export function listMembers(q: Q): Promise<MemberRow[]> {
  return q.selectFrom('committee_members').selectAll().orderBy('valid_from').orderBy('id').execute();
}

/** Members whose period holds the day. */
export function membersOn(q: Q, date: string): Promise<MemberRow[]> {
  return q
    .selectFrom('committee_members')
    .selectAll()
    .where('valid_from', '<=', date)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', date)]))
    .orderBy('valid_from')
    .orderBy('id')
    .execute();
}

export function findMember(q: Q, id: string): Promise<MemberRow | undefined> {
  return q.selectFrom('committee_members').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function insertMember(
  q: Q,
  values: Pick<
    MemberRow,
    'organisation_id' | 'representative_name' | 'representative_position' | 'user_id' | 'valid_from' | 'valid_until'
  >,
): Promise<MemberRow> {
  return q.insertInto('committee_members').values(values).returningAll().executeTakeFirstOrThrow();
}

export function endMember(q: Q, id: string, validUntil: string, now: Date): Promise<MemberRow> {
  return q
    .updateTable('committee_members')
    .set({ valid_until: validUntil, updated_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function hasMembers(q: Q): Promise<boolean> {
  return (await q.selectFrom('committee_members').select('id').limit(1).executeTakeFirst()) !== undefined;
}

// --- statutes ---

/** The statute in force on the day: the newest approved on or before it. */
export function statuteOn(q: Q, date: string): Promise<StatuteRow | undefined> {
  return q
    .selectFrom('committee_statutes')
    .selectAll()
    .where('approved_on', '<=', date)
    .orderBy('approved_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function insertStatute(
  q: Q,
  values: Pick<StatuteRow, 'document_id' | 'approved_on' | 'note' | 'created_by'>,
): Promise<StatuteRow> {
  return q.insertInto('committee_statutes').values(values).returningAll().executeTakeFirstOrThrow();
}

// --- meetings ---

export function listMeetings(q: Q): Promise<MeetingRow[]> {
  return q.selectFrom('committee_meetings').selectAll().orderBy('planned_on', 'desc').orderBy('id').execute();
}

export function findMeeting(q: Q, id: string, lock = false): Promise<MeetingRow | undefined> {
  const query = q.selectFrom('committee_meetings').selectAll().where('id', '=', id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

export function insertMeeting(q: Q, values: Pick<MeetingRow, 'planned_on' | 'place' | 'demo'>): Promise<MeetingRow> {
  return q.insertInto('committee_meetings').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateMeeting(
  q: Q,
  id: string,
  patch: Partial<
    Pick<MeetingRow, 'status' | 'held_on' | 'minutes_document_id' | 'minutes_approved_on' | 'planned_on' | 'place'>
  >,
  now: Date,
): Promise<MeetingRow> {
  return q
    .updateTable('committee_meetings')
    .set({ ...patch, updated_at: now, version: nextVersion })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * CR-11: an edit of a planned meeting (its day and place, or its agenda: an empty patch only counts the version), with
 * `expected` (If-Match) only from one of the versions its sender read, checked in this one statement: undefined when
 * it moved on.
 */
export function editMeeting(
  q: Q,
  id: string,
  patch: Partial<Pick<MeetingRow, 'planned_on' | 'place'>>,
  now: Date,
  expected?: readonly number[],
): Promise<MeetingRow | undefined> {
  return q
    .updateTable('committee_meetings')
    .set({ ...patch, updated_at: now, version: nextVersion })
    .where('id', '=', id)
    .where(versionIn(expected))
    .returningAll()
    .executeTakeFirst();
}

/** How many meetings were held in the year (YYYY), by their day. */
export async function heldInYear(q: Q, year: string): Promise<number> {
  const row = await q
    .selectFrom('committee_meetings')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('held_on', '>=', `${year}-01-01`)
    .where('held_on', '<=', `${year}-12-31`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function hasDemoMeeting(q: Q): Promise<boolean> {
  return (
    (await q.selectFrom('committee_meetings').select('id').where('demo', '=', true).limit(1).executeTakeFirst()) !==
    undefined
  );
}

// --- agenda ---

export function agendaItems(q: Q, meetingId: string): Promise<AgendaItemRow[]> {
  return q
    .selectFrom('committee_agenda_items')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute();
}

export function insertAgendaItem(
  q: Q,
  values: Pick<AgendaItemRow, 'meeting_id' | 'title' | 'subject_kind' | 'subject_id' | 'document_id'>,
): Promise<AgendaItemRow> {
  return q
    .insertInto('committee_agenda_items')
    .values({
      ...values,
      position: sql<number>`(select coalesce(max(position), 0) + 1 from committee_agenda_items where meeting_id = ${values.meeting_id})`,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateAgendaItem(
  q: Q,
  id: string,
  patch: Partial<Pick<AgendaItemRow, 'title' | 'document_id'>>,
): Promise<AgendaItemRow> {
  return q
    .updateTable('committee_agenda_items')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Removes an item of a planned meeting's agenda and closes the gap in the numbering. Two steps through numbers no
 * item has, because the (meeting, position) uniqueness is checked row by row within one UPDATE.
 */
export async function deleteAgendaItem(q: Q, item: Pick<AgendaItemRow, 'id' | 'meeting_id' | 'position'>) {
  await q.deleteFrom('committee_agenda_items').where('id', '=', item.id).execute();
  const later = (offset: number) =>
    q
      .updateTable('committee_agenda_items')
      .set({ position: sql<number>`position + ${offset}` })
      .where('meeting_id', '=', item.meeting_id)
      .where('position', '>', offset > 0 ? item.position : item.position + 1_000_000)
      .execute();
  await later(1_000_000);
  await later(-1_000_001);
}

// --- decisions and votes ---

export function decisionsOf(q: Q, meetingId: string): Promise<DecisionRow[]> {
  return q
    .selectFrom('committee_decisions')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('created_at')
    .execute();
}

export function decisionOfItem(q: Q, agendaItemId: string): Promise<DecisionRow | undefined> {
  return q.selectFrom('committee_decisions').selectAll().where('agenda_item_id', '=', agendaItemId).executeTakeFirst();
}

export function insertDecision(
  q: Q,
  values: Pick<DecisionRow, 'agenda_item_id' | 'meeting_id' | 'text' | 'adopted' | 'decided_on' | 'created_by'>,
): Promise<DecisionRow> {
  return q.insertInto('committee_decisions').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertVotes(
  q: Q,
  decisionId: string,
  votes: readonly { organisationId: string; vote: Vote }[],
): Promise<void> {
  if (votes.length === 0) return;
  await q
    .insertInto('committee_votes')
    .values(votes.map((v) => ({ decision_id: decisionId, organisation_id: v.organisationId, vote: v.vote })))
    .execute();
}

export function votesOf(q: Q, decisionIds: readonly string[]): Promise<VoteRow[]> {
  if (decisionIds.length === 0) return Promise.resolve([]);
  return q
    .selectFrom('committee_votes')
    .selectAll()
    .where('decision_id', 'in', [...decisionIds])
    .orderBy('organisation_id')
    .execute();
}
