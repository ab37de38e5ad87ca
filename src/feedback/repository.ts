// SQL for complaints, questions and suggestions: the only place that reads or writes the feedback tables. No rules
// here: who sees what and which transitions are allowed are the services' and the policy's.
import { sql, type Expression, type ExpressionBuilder, type Insertable, type Kysely, type SqlBool } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { serviceHolderOf, serviceIdentifierOf, serviceNameEnOf, serviceNameOf } from '../catalogue/lookups.ts';
import { centreIdsOfMunicipalities, centreMunicipalityOf, centreNameOf, pointNameOf } from '../centres/lookups.ts';
import { organisationNameOf } from '../organisations/lookups.ts';
import { userNameOf } from '../people/lookups.ts';
import type { FeedbackKind, FeedbackStatus } from './tables.ts';
import type { ListScope } from './policy.ts';

type Q = Kysely<DB> | Tx;

function caseRows(q: Q) {
  return q
    .selectFrom('feedback_cases as f')
    .selectAll('f')
    .select([
      centreNameOf('f.centre_id').as('centre_name'),
      centreMunicipalityOf('f.centre_id').as('municipality_id'),
      organisationNameOf(centreMunicipalityOf('f.centre_id')).as('municipality_name'),
      organisationNameOf('f.addressee_org_id').as('addressee_name'),
      pointNameOf('f.service_point_id').$castTo<string | null>().as('point_name'),
      serviceIdentifierOf('f.service_id').$castTo<string | null>().as('service_identifier'),
      serviceNameOf('f.service_id').$castTo<string | null>().as('service_name'),
      serviceNameEnOf('f.service_id').as('service_name_en'),
      serviceHolderOf('f.service_id').$castTo<string | null>().as('service_holder_id'),
      organisationNameOf(serviceHolderOf('f.service_id')).$castTo<string | null>().as('service_holder_name'),
      userNameOf('f.answered_by').as('answered_by_name'),
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
  /** Received on or after / on or before these days. */
  receivedFrom?: string | undefined;
  receivedTo?: string | undefined;
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
    ors.push(sql<SqlBool>`f.centre_id in ${centreIdsOfMunicipalities(s.municipalityIds)}`);
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
    if (f.receivedFrom) conditions.push(eb('f.received_on', '>=', f.receivedFrom));
    if (f.receivedTo) conditions.push(eb('f.received_on', '<=', f.receivedTo));
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
    .selectAll('e')
    .select(organisationNameOf('e.addressee_org_id').$castTo<string | null>().as('addressee_name'))
    .where('e.case_id', '=', caseId)
    .orderBy('e.seq')
    .limit(500)
    .execute();
}

export type EventRow = Awaited<ReturnType<typeof listEvents>>[number];

export function listStages(q: Q, caseId: string) {
  return q
    .selectFrom('feedback_contest_stages as st')
    .selectAll('st')
    .select([userNameOf('st.lodged_by').as('lodged_by_name'), userNameOf('st.decided_by').as('decided_by_name')])
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

// What a case refers to is asked of its owner: the centre with its municipality, the point (checked to belong to
// the centre), the counter contact it came with, the service with its holder.
export { findCentreRef as findCentre, findPointRef as findPoint } from '../centres/lookups.ts';
export { findContactCentre } from '../contacts/lookups.ts';
export { findServiceRef as findService } from '../catalogue/lookups.ts';
