// SQL for complaints, questions and suggestions: the only place that reads or writes the feedback tables. No rules
// here: who sees what and which transitions are allowed are the services' and the policy's.
import { sql, type Expression, type ExpressionBuilder, type Insertable, type Kysely, type SqlBool } from 'kysely';
import type { DB, FeedbackKind, FeedbackStatus } from '../platform/db/schema.ts';
import type { Tx } from '../platform/db/transaction.ts';
import type { ListScope } from './policy.ts';

type Q = Kysely<DB> | Tx;

function caseRows(q: Q) {
  return q
    .selectFrom('feedback_cases as f')
    .innerJoin('centres as c', 'c.id', 'f.centre_id')
    .innerJoin('organisations as m', 'm.id', 'c.municipality_id')
    .innerJoin('organisations as a', 'a.id', 'f.addressee_org_id')
    .leftJoin('service_points as p', 'p.id', 'f.service_point_id')
    .leftJoin('services as s', 's.id', 'f.service_id')
    .leftJoin('organisations as h', 'h.id', 's.holder_id')
    .leftJoin('users as ab', 'ab.id', 'f.answered_by')
    .selectAll('f')
    .select([
      'c.name as centre_name',
      'c.municipality_id',
      'm.name as municipality_name',
      'a.name as addressee_name',
      'p.name as point_name',
      's.identifier as service_identifier',
      's.name_lv as service_name',
      's.holder_id as service_holder_id',
      'h.name as service_holder_name',
      'ab.name as answered_by_name',
    ]);
}

export type CaseRow = Awaited<ReturnType<typeof findCase>> & {};

export function findCase(q: Q, id: string) {
  return caseRows(q).where('f.id', '=', id).executeTakeFirst();
}

/** Writes to one case queue up behind each other (an answer and a routing must not cross). */
export function lockCase(trx: Tx, id: string) {
  return trx.selectFrom('feedback_cases').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
}

export interface ListFilter {
  scope: ListScope;
  today: string;
  status?: FeedbackStatus | undefined;
  overdue?: boolean | undefined;
  kind?: FeedbackKind | undefined;
  centreId?: string | undefined;
  addressee?: 'centre' | 'holder' | undefined;
}

type EB = ExpressionBuilder<DB & { f: DB['feedback_cases'] }, 'f'>;

function overdue(eb: EB, today: string): Expression<SqlBool> {
  return eb.and([eb('f.status', '=', 'open'), eb('f.due_date', '<', today)]);
}

function inScope(eb: EB, s: ListScope): Expression<SqlBool> {
  if (s.all) return eb.val(true);
  const ors: Expression<SqlBool>[] = [];
  if (s.centreIds.length > 0) ors.push(eb('f.centre_id', 'in', s.centreIds));
  if (s.municipalityIds.length > 0) {
    ors.push(
      eb(
        'f.centre_id',
        'in',
        eb.selectFrom('centres').select('centres.id').where('centres.municipality_id', 'in', s.municipalityIds),
      ),
    );
  }
  if (s.holderIds.length > 0)
    ors.push(eb.and([eb('f.addressee', '=', 'holder'), eb('f.addressee_org_id', 'in', s.holderIds)]));
  return ors.length > 0 ? eb.or(ors) : eb.val(false);
}

function matching(q: Q, f: ListFilter) {
  return q.selectFrom('feedback_cases as f').where((eb) => {
    const conditions: Expression<SqlBool>[] = [inScope(eb, f.scope)];
    if (f.status) conditions.push(eb('f.status', '=', f.status));
    if (f.overdue === true) conditions.push(overdue(eb, f.today));
    if (f.overdue === false) conditions.push(eb.not(overdue(eb, f.today)));
    if (f.kind) conditions.push(eb('f.kind', '=', f.kind));
    if (f.centreId) conditions.push(eb('f.centre_id', '=', f.centreId));
    if (f.addressee) conditions.push(eb('f.addressee', '=', f.addressee));
    return eb.and(conditions);
  });
}

/** A page of cases: open ones first, the earliest due first, then the newest. */
export async function listCases(q: Q, f: ListFilter, page: { limit: number; offset: number }) {
  const ids = await matching(q, f)
    .select('f.id')
    .orderBy(sql`case when f.status = 'open' then 0 else 1 end`)
    .orderBy('f.due_date')
    .orderBy('f.number', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  if (ids.length === 0) return [];
  const rows = await caseRows(q)
    .where(
      'f.id',
      'in',
      ids.map((r) => r.id),
    )
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((r) => byId.get(r.id)!);
}

export async function countCases(q: Q, f: ListFilter): Promise<number> {
  const row = await matching(q, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export type NewCase = Omit<
  Insertable<DB['feedback_cases']>,
  'status' | 'created_at' | 'updated_at' | 'due_explanation'
> & { id: string; due_explanation: unknown };

/** The id is the service's: the due date's obligation is opened about the case before the row is written. */
export async function insertCase(trx: Tx, values: NewCase, now: Date): Promise<void> {
  await trx
    .insertInto('feedback_cases')
    .values({ ...values, due_explanation: JSON.stringify(values.due_explanation), created_at: now, updated_at: now })
    .execute();
}

export interface CaseChange {
  addressee?: 'centre' | 'holder';
  addressee_org_id?: string;
  service_id?: string | null;
  level?: number;
  due_date?: string;
  due_rule?: string;
  due_explanation?: unknown;
  status?: FeedbackStatus;
  answer_text?: string;
  answer_channel?: DB['feedback_cases']['answer_channel'];
  answered_on?: string;
  answered_at?: Date;
  answered_by?: string | null;
  answered_level?: number;
  contest_subject?: DB['feedback_cases']['contest_subject'];
}

export async function updateCase(trx: Tx, id: string, change: CaseChange, now: Date): Promise<void> {
  const { due_explanation, ...rest } = change;
  await trx
    .updateTable('feedback_cases')
    .set({
      ...rest,
      ...(due_explanation !== undefined ? { due_explanation: JSON.stringify(due_explanation) } : {}),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

export async function insertEvent(trx: Tx, event: Insertable<DB['feedback_events']>): Promise<void> {
  await trx.insertInto('feedback_events').values(event).execute();
}

export function listEvents(q: Q, caseId: string) {
  return q
    .selectFrom('feedback_events as e')
    .leftJoin('organisations as o', 'o.id', 'e.addressee_org_id')
    .selectAll('e')
    .select('o.name as addressee_name')
    .where('e.case_id', '=', caseId)
    .orderBy('e.seq')
    .limit(500)
    .execute();
}

export type EventRow = Awaited<ReturnType<typeof listEvents>>[number];

export function listStages(q: Q, caseId: string) {
  return q
    .selectFrom('feedback_contest_stages as st')
    .leftJoin('users as lb', 'lb.id', 'st.lodged_by')
    .leftJoin('users as db', 'db.id', 'st.decided_by')
    .selectAll('st')
    .select(['lb.name as lodged_by_name', 'db.name as decided_by_name'])
    .where('st.case_id', '=', caseId)
    .orderBy('st.position')
    .execute();
}

export type StageRow = Awaited<ReturnType<typeof listStages>>[number];

export async function insertStage(
  trx: Tx,
  values: Pick<
    Insertable<DB['feedback_contest_stages']>,
    'case_id' | 'position' | 'body' | 'lodged_on' | 'grounds' | 'lodged_by'
  >,
  now: Date,
): Promise<void> {
  await trx
    .insertInto('feedback_contest_stages')
    .values({
      ...values,
      decision: null,
      decision_text: null,
      decided_on: null,
      decided_by: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

export async function decideStage(
  trx: Tx,
  caseId: string,
  position: number,
  values: Pick<DB['feedback_contest_stages'], 'decision' | 'decision_text' | 'decided_on' | 'decided_by'>,
  now: Date,
): Promise<void> {
  await trx
    .updateTable('feedback_contest_stages')
    .set({ ...values, updated_at: now })
    .where('case_id', '=', caseId)
    .where('position', '=', position)
    .execute();
}

/** The centre with its municipality, and the point when it belongs to the centre. */
export function findCentre(q: Q, id: string) {
  return q.selectFrom('centres').select(['id', 'municipality_id', 'status']).where('id', '=', id).executeTakeFirst();
}

export function findPoint(q: Q, id: string) {
  return q.selectFrom('service_points').select(['id', 'centre_id']).where('id', '=', id).executeTakeFirst();
}

/** The centre a counter contact was registered at (the case it came with refers to it). */
export function findContactCentre(q: Q, id: string) {
  return q.selectFrom('contacts').select(['id', 'centre_id']).where('id', '=', id).executeTakeFirst();
}

export function findService(q: Q, id: string) {
  return q.selectFrom('services').select(['id', 'holder_id', 'status']).where('id', '=', id).executeTakeFirst();
}
