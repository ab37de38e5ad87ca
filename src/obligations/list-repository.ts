// SQL for reading obligations: the dashboards' lists and counts. 'overdue' is computed here from the due date and
// the Riga "today" the service passes in, so a list is never stale. What each obligation is about is named after the
// page is read, by the subject registry (subjects.ts): one query per subject type for the whole page.
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../db.ts';
import { centreNameOf } from '../centres/lookups.ts';
import { organisationNameOf } from '../organisations/lookups.ts';
import { userNameOf } from '../people/lookups.ts';
import type { ObligationRow } from './tables.ts';

export const API_STATUSES = ['open', 'overdue', 'fulfilled_on_time', 'fulfilled_late', 'cancelled'] as const;
export type ApiStatus = (typeof API_STATUSES)[number];
/** 'outstanding' filters open and overdue together: what still has to be done. */
export type StatusFilter = ApiStatus | 'outstanding';

export interface ListFilter {
  /** Organisations the caller may see, or all. */
  scope: 'all' | readonly string[];
  ruleId?: string | undefined;
  organisationId?: string | undefined;
  centreId?: string | undefined;
  status?: StatusFilter | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  /** Only fulfilled obligations closed this way. */
  closedBy?: 'action' | 'record' | undefined;
  /** Riga date: an open obligation due before it is overdue. */
  today: string;
  /** Rules that end rather than fall due, never overdue. */
  retentionRuleIds: readonly string[];
}

export type PresentableRow = ObligationRow & {
  organisation_name: string;
  centre_name: string | null;
  fulfilled_by_name: string | null;
  /** The record of a duty done outside the system (obligation_records), when there is one. */
  record_done_on: string | null;
  record_note: string | null;
  record_document_id: string | null;
  record_recorded_by_name: string | null;
  record_recorded_at: Date | string | null;
};

type EB = ExpressionBuilder<DB, 'obligations'>;

function overdue(eb: EB, f: Pick<ListFilter, 'today' | 'retentionRuleIds'>): Expression<SqlBool> {
  const conditions = [eb('obligations.status', '=', 'open'), eb('obligations.due_date', '<', f.today)];
  if (f.retentionRuleIds.length > 0) conditions.push(eb('obligations.rule_id', 'not in', [...f.retentionRuleIds]));
  return eb.and(conditions);
}

function statusCondition(eb: EB, f: ListFilter, status: StatusFilter): Expression<SqlBool> {
  if (status === 'outstanding') return eb('obligations.status', '=', 'open');
  if (status === 'overdue') return overdue(eb, f);
  if (status === 'open') return eb.and([eb('obligations.status', '=', 'open'), eb.not(overdue(eb, f))]);
  return eb('obligations.status', '=', status);
}

function matching(db: Kysely<DB>, f: ListFilter) {
  return db.selectFrom('obligations').where((eb) => {
    const conditions: Expression<SqlBool>[] = [];
    if (f.scope !== 'all') {
      if (f.scope.length === 0) return eb.val(false);
      conditions.push(eb('obligations.organisation_id', 'in', [...f.scope]));
    }
    if (f.ruleId) conditions.push(eb('obligations.rule_id', '=', f.ruleId));
    if (f.organisationId) conditions.push(eb('obligations.organisation_id', '=', f.organisationId));
    if (f.centreId) conditions.push(eb('obligations.centre_id', '=', f.centreId));
    if (f.status) conditions.push(statusCondition(eb, f, f.status));
    if (f.dueFrom) conditions.push(eb('obligations.due_date', '>=', f.dueFrom));
    if (f.dueTo) conditions.push(eb('obligations.due_date', '<=', f.dueTo));
    if (f.closedBy) conditions.push(eb('obligations.closed_by', '=', f.closedBy));
    return eb.and(conditions);
  });
}

function withNames(db: Kysely<DB>, f: ListFilter) {
  return matching(db, f)
    .leftJoin('obligation_records as r', 'r.obligation_id', 'obligations.id')
    .selectAll('obligations')
    .select([
      organisationNameOf('obligations.organisation_id').as('organisation_name'),
      centreNameOf('obligations.centre_id').$castTo<string | null>().as('centre_name'),
      userNameOf('obligations.fulfilled_by').as('fulfilled_by_name'),
      'r.done_on as record_done_on',
      'r.note as record_note',
      'r.document_id as record_document_id',
      userNameOf('r.recorded_by').as('record_recorded_by_name'),
      'r.recorded_at as record_recorded_at',
    ]);
}

export function findObligations(
  db: Kysely<DB>,
  f: ListFilter,
  page: { limit: number; offset: number },
): Promise<PresentableRow[]> {
  return withNames(db, f)
    .orderBy('obligations.due_date')
    .orderBy('obligations.rule_id')
    .orderBy(organisationNameOf('obligations.organisation_id'))
    .orderBy('obligations.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countObligations(db: Kysely<DB>, f: ListFilter): Promise<number> {
  const row = await matching(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One obligation with its names, whoever owes it (the service checks the caller's scope). */
export function findPresentable(db: Kysely<DB>, id: string): Promise<PresentableRow | undefined> {
  const unfiltered: ListFilter = { scope: 'all', today: '0000-01-01', retentionRuleIds: [] };
  return withNames(db, unfiltered).where('obligations.id', '=', id).executeTakeFirst();
}

/** Counts per rule, API status (open and overdue apart) and how the fulfilled ones were closed. */
export async function countByRuleAndStatus(
  db: Kysely<DB>,
  f: ListFilter,
): Promise<{ rule_id: string; status: ApiStatus; closed_by: 'action' | 'record' | null; n: number }[]> {
  const rows = await matching(db, f)
    .select((eb) => [
      'obligations.rule_id',
      eb
        .case()
        .when(overdue(eb, f))
        .then(sql.lit('overdue'))
        .else(eb.ref('obligations.status'))
        .end()
        .as('computed_status'),
      'obligations.closed_by',
      eb.fn.countAll<number>().as('n'),
    ])
    .groupBy(['obligations.rule_id', 'computed_status', 'obligations.closed_by'])
    .execute();
  return rows.map((r) => ({
    rule_id: r.rule_id,
    status: r.computed_status as ApiStatus,
    closed_by: r.closed_by,
    n: Number(r.n),
  }));
}
