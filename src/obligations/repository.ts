// SQL for obligations: the only place that reads or writes the obligations table. No rules here: which rule,
// which version and which due date are the engine's; which rows a caller may see is the service's.
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { DB, Tx } from '../db.ts';
import type { ObligationRow, ObligationStatus } from './tables.ts';
import { allCentreRefs, centreMunicipalityOf, findCentreRef } from '../centres/lookups.ts';
import { followsCabinetTransfersOf, organisationKindOf } from '../organisations/lookups.ts';
import type { OrganisationKind } from '../organisations/index.ts';

type Q = Kysely<DB> | Tx;

export interface Identity {
  ruleId: string;
  organisationId: string;
  centreId: string | null;
  subjectType: string;
  subjectId: string;
  period: string | null;
}

export type NewObligation = Identity & {
  ruleVersion: number;
  startDate: string;
  dueDate: string;
  explanation: unknown;
  now: Date;
};

function sameIdentity(eb: ExpressionBuilder<DB, 'obligations'>, k: Identity): Expression<SqlBool> {
  return eb.and([
    eb('rule_id', '=', k.ruleId),
    eb('organisation_id', '=', k.organisationId),
    k.centreId === null ? eb('centre_id', 'is', null) : eb('centre_id', '=', k.centreId),
    eb('subject_type', '=', k.subjectType),
    eb('subject_id', '=', k.subjectId),
    k.period === null ? eb('period', 'is', null) : eb('period', '=', k.period),
  ]);
}

/** What opening a duty checks about its owner. */
export interface OwnerFacts {
  /** The organisation's kind; null when there is no such organisation. */
  kind: OrganisationKind | null;
  /** Its calendar choice (calendarFollowing). */
  followsCabinetTransfers: boolean;
  /** The centre's municipality; null without a centre, or when there is no such centre. */
  centreMunicipalityId: string | null;
}

/** The owner's facts in one round trip (the organisations' and centres' lookups as sub-selects). */
export async function ownerFacts(q: Q, organisationId: string, centreId: string | null): Promise<OwnerFacts> {
  const result = await sql<OwnerFacts>`/* prepared */ select ${organisationKindOf(sql.val(organisationId))} as kind,
      ${followsCabinetTransfersOf(sql.val(organisationId))} as "followsCabinetTransfers",
      ${centreId === null ? sql`null` : centreMunicipalityOf(sql.val(centreId))} as "centreMunicipalityId"`.execute(q);
  return result.rows[0]!;
}

export function findByIdentity(q: Q, k: Identity): Promise<ObligationRow | undefined> {
  return q
    .selectFrom('obligations')
    .selectAll()
    .where((eb) => sameIdentity(eb, k))
    .executeTakeFirst();
}

/** Inserts unless the identity exists (another run or instance opened it first): then undefined. */
export function insertObligation(q: Q, o: NewObligation): Promise<ObligationRow | undefined> {
  return q
    .insertInto('obligations')
    .values({
      rule_id: o.ruleId,
      rule_version: o.ruleVersion,
      organisation_id: o.organisationId,
      centre_id: o.centreId,
      subject_type: o.subjectType,
      subject_id: o.subjectId,
      period: o.period,
      start_date: o.startDate,
      due_date: o.dueDate,
      explanation: JSON.stringify(o.explanation),
      fulfilled_on: null,
      fulfilled_by: null,
      cancelled_reason: null,
      created_at: o.now,
      updated_at: o.now,
    })
    .onConflict((oc) => oc.constraint('obligations_identity').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export interface Match {
  ruleId: string;
  subjectType: string;
  subjectId: string;
  organisationId?: string | undefined;
  centreId?: string | null | undefined;
  period?: string | undefined;
}

/** Obligations of a rule about a subject (optionally one owner's, one period's), earliest due first, locked. */
export function findMatching(trx: Tx, m: Match, statuses: readonly ObligationStatus[]): Promise<ObligationRow[]> {
  let query = trx
    .selectFrom('obligations')
    .selectAll()
    .where('rule_id', '=', m.ruleId)
    .where('subject_type', '=', m.subjectType)
    .where('subject_id', '=', m.subjectId)
    .where('status', 'in', statuses);
  if (m.organisationId) query = query.where('organisation_id', '=', m.organisationId);
  const centreId = m.centreId;
  if (centreId !== undefined)
    query = query.where((eb) => (centreId === null ? eb('centre_id', 'is', null) : eb('centre_id', '=', centreId)));
  if (m.period) query = query.where('period', '=', m.period);
  // FOR UPDATE: two fulfilments of one obligation at once are applied one after the other.
  return query.orderBy('due_date').orderBy('period').orderBy('id').forUpdate().execute();
}

export function updateObligation(
  trx: Tx,
  id: string,
  patch: {
    status: ObligationStatus;
    fulfilled_on?: string;
    fulfilled_by?: string | null;
    closed_by?: 'action' | 'record' | null;
    cancelled_reason?: string;
    updated_at: Date;
  },
): Promise<ObligationRow> {
  return trx.updateTable('obligations').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

// Organisations and centres are asked of their owners.
export { organisationKind, organisationsOfKinds } from '../organisations/lookups.ts';
export function allCentres(q: Q): Promise<{ id: string; municipality_id: string }[]> {
  return allCentreRefs(q);
}

export async function centreMunicipality(q: Q, centreId: string): Promise<string | undefined> {
  return (await findCentreRef(q, centreId))?.municipality_id;
}

/** Takes a transaction-scoped advisory lock if free; false when another transaction holds it. */
export async function tryTransactionLock(trx: Tx, key: number): Promise<boolean> {
  const row = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${key}) as ok`.execute(trx);
  return row.rows[0]?.ok === true;
}
