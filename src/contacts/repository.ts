// SQL for contacts: what a registration needs to know (one query), the row itself and its idempotency key. The
// reading side (the row with its names, the scoped list) is in read-repository.ts, re-exported here.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { ChainHead, SeenHead } from '../platform/audit/audit.ts';
import {
  receptionJson,
  registrationCentreJson,
  registrationPointJson,
  type CentreKind,
  type CentreStatus,
} from '../centres/index.ts';
import type { ClientKind, ContactChannel, ContactOutcome, ContactType } from './tables.ts';
import type { DB, Tx } from '../db.ts';
import { followsCabinetTransfersOf, organisationsJson, type OrganisationKind } from '../organisations/index.ts';
import { userNameById } from '../people/lookups.ts';
import { basketServiceIdsJson, basketVersionInForceSql } from '../basket/lookups.ts';
import { scopeEntryServiceIdsJson } from '../scope/lookups.ts';
import { absentInstitutionIdsJson } from '../presence/lookups.ts';
import { registrationServicesJson, serviceHoldersIn, type ServiceStatus } from '../catalogue/index.ts';
import { nextVersion, versionIn } from '../platform/db/versions.ts';

type Q = Kysely<DB> | Tx;

export {
  findContact,
  listContacts,
  scopeCondition,
  type ContactFilter,
  type ContactRecord,
  type RowScope,
} from './read-repository.ts';

// ── What a registration refers to, in one round trip ──

export interface ContextService {
  id: string;
  identifier: string;
  name: string;
  /** The English name (the version in force, else the newest), null when it has none. */
  nameEn: string | null;
  status: ServiceStatus;
  externalId: string | null;
  holderId: string;
  /** DR-29: the version in force allows filing the e-service on a client's behalf. */
  filableOnBehalf: boolean;
}

export interface ContextOrganisation {
  id: string;
  name: string;
  shortName: string | null;
  kind: OrganisationKind;
}

export interface ContextReception {
  institutionId: string;
  validFrom: string;
  validUntil: string | null;
  intervals: { weekday: number; opens: number; closes: number }[];
}

export interface WriteContext {
  /** With its municipality's choice of the calendar (Cabinet transfers or not), which dates a written contact's deadline. */
  centre: {
    id: string;
    name: string;
    kind: CentreKind | null;
    municipalityId: string;
    status: CentreStatus;
    followsCabinetTransfers: boolean;
  } | null;
  point: { id: string; name: string; centreId: string } | null;
  employeeName: string | null;
  services: ContextService[];
  /** The explicitly named organisations and the services' holders. */
  organisations: ContextOrganisation[];
  /** Reception versions at the centre in force on the date, of the services' holders (CR-20.8). */
  reception: ContextReception[];
  /** CR-19.3, DR-26.1.11: institutions whose officer is absent at the centre on the date without a substitute. */
  absentInstitutionIds: string[];
  /** CR-8: of the services, those in the minimal basket in force on the date (CR-20.8, CR-20.9). */
  basketServiceIds: string[];
  /** CR-7.1, AM-1.6: the basket version in force on the date, which those ids come from (null before the first one). */
  basketVersionId: string | null;
  /** CR-7.2, CR-7.3: of the services, those the centre's own scope entries hold on the date. */
  scopeServiceIds: string[];
  /** The stored response for the caller's Idempotency-Key, when this is a retry. */
  stored: StoredResponse | null;
  /** The writer's audit chain head, when asked for (a spoken registration appends after it in one statement). */
  seenHead: SeenHead | null;
}

/**
 * A value the planner may not look into: `planless(ids, 'uuid[]')` is `(select $n::uuid[])::uuid[]`, a sub-select
 * it plans without the value (the outer cast keeps `= any(…)` reading an array, not a set of rows). loadWriteContext
 * runs as a named prepared statement (platform/db/database.ts), and PostgreSQL plans such a statement with the actual
 * values ("custom" plans) until a plan without them ("generic", planned once per connection) is estimated no dearer.
 * With the lists and the date given plainly, a custom plan always looked cheaper (one service instead of the default
 * ten): the query was planned again on every registration, 0.6 ms of PostgreSQL's CPU against 0.1 ms to run it
 * (bench:contacts). Behind a sub-select both plans estimate alike and the generic one is kept. Keys compared with `=`
 * need nothing: a unique index estimates one row either way.
 */
const planless = (value: unknown, type: 'uuid[]' | 'date') =>
  sql`(select ${value}::${sql.raw(type)})::${sql.raw(type)}`;

/**
 * Everything a registration checks, in one query: the centre (and its municipality's calendar choice), the point, the
 * employee's name, the services with their holders, the organisations concerned, the holders' reception hours at
 * the centre on the date with the institutions absent there that day (CR-20.8), and the basket version in force.
 */
export async function loadWriteContext(
  q: Q,
  k: {
    centreId: string;
    pointId: string;
    userId: string;
    serviceIds: readonly string[];
    institutionIds: readonly string[];
    date: string;
    key?: { callerId: string; key: string } | undefined;
    /** platform/audit's seenHeadSql for the writer, read in the same round trip. */
    seenHead?: RawBuilder<SeenHead | null> | undefined;
  },
): Promise<WriteContext> {
  const serviceIds = planless([...k.serviceIds], 'uuid[]');
  const date = planless(k.date, 'date');
  const holders = serviceHoldersIn(serviceIds);
  // Prepared (src/platform/db/database.ts): planning this query cost more than running it. Each part is asked of the
  // table's owner as a sub-select, so the whole context still comes in one round trip.
  const result = await sql<WriteContext>`/* prepared */
    select
      ${registrationCentreJson(k.centreId, followsCabinetTransfersOf)} as centre,
      ${registrationPointJson(k.pointId)} as point,
      ${userNameById(k.userId)} as "employeeName",
      ${registrationServicesJson(serviceIds)} as services,
      ${organisationsJson(planless([...k.institutionIds], 'uuid[]'), holders)} as organisations,
      ${receptionJson(k.centreId, date, holders)} as reception,
      ${absentInstitutionIdsJson(k.centreId, date)} as "absentInstitutionIds",
      ${basketServiceIdsJson(serviceIds, date)} as "basketServiceIds",
      ${basketVersionInForceSql(date)} as "basketVersionId",
      ${scopeEntryServiceIdsJson(k.centreId, serviceIds, date)} as "scopeServiceIds",
      ${
        k.key
          ? sql`(select json_build_object('request_hash', i.request_hash, 'status', i.status, 'response', i.response,
                 'contact_exists', exists (select 1 from contacts x where x.id = i.contact_id))
         from contact_idempotency i where i.caller_id = ${k.key.callerId} and i.key = ${k.key.key})`
          : sql`null`
      } as stored,
      ${k.seenHead ?? sql`null`} as "seenHead"`.execute(q);
  return result.rows[0]!;
}

// ── The row ──

export interface ContactValues {
  id: string;
  centre_id: string;
  service_point_id: string;
  employee_id: string;
  occurred_at: Date;
  occurred_on: string;
  channel: ContactChannel;
  type: ContactType;
  service_ids: string[];
  institution_ids: string[];
  outcome: ContactOutcome;
  client_kind: ClientKind | null;
  client_code: string | null;
  note: string | null;
  due_on: string | null;
  /** CR-7.1, AM-1.6: the basket version the registration was checked against; kept by every change. */
  basket_version_id: string | null;
}

export interface IdempotentInsert {
  callerId: string;
  key: string;
  requestHash: string;
  status: number;
  response: unknown;
}

/**
 * Inserts the contact; with an idempotency key, in the same statement as the key's claim and its response, and only
 * if the claim succeeds. With `claimHead` (platform/audit's claimHead), the audit chain's head is claimed in the
 * same statement once the row is in: one round trip less on the counter's hot path. With `append` (platform/audit's
 * appendAfter), the event is written too, in the same statement, outside any transaction: that statement is the
 * whole registration (it fails, writing nothing, when the head has moved since it was read). Undefined: another
 * request holds the key (on PostgreSQL the claim waits until that request's transaction ends, so a committed first
 * request is always seen); otherwise the claimed head, or null without `claimHead`.
 */
export async function insertContact(
  q: Q,
  v: ContactValues,
  now: Date,
  o: {
    idempotency?: IdempotentInsert | undefined;
    claimHead?: ((after: string) => RawBuilder<ChainHead>) | undefined;
    append?: ((after: string) => { ctes: RawBuilder<unknown>; check: RawBuilder<unknown> }) | undefined;
  },
): Promise<{ head: ChainHead | null } | undefined> {
  const i = o.idempotency;
  const claim = i
    ? sql`claim as (
      insert into contact_idempotency (caller_id, key, request_hash, contact_id, status, response, created_at)
      values (${i.callerId}, ${i.key}, ${i.requestHash}, ${v.id}, ${i.status}, ${JSON.stringify(i.response)}::jsonb, ${now})
      on conflict (caller_id, key) do nothing
      returning contact_id),`
    : sql``;
  const row = sql`${v.centre_id}, ${v.service_point_id}, ${v.employee_id}, ${v.occurred_at}, ${v.occurred_on}::date,
      ${v.channel}, ${v.type}, ${v.service_ids}::uuid[], ${v.institution_ids}::uuid[], ${v.outcome}, ${v.client_kind}, ${v.client_code},
      ${v.note}, ${v.due_on}::date, null, null, ${now}, ${now}, ${v.basket_version_id}::uuid`;
  const result = await sql<{ id: string } & Partial<ChainHead>>`/* prepared */
    with ${claim} contact as (
      insert into contacts (id, centre_id, service_point_id, employee_id, occurred_at, occurred_on, channel, type, service_ids,
        institution_ids, outcome, client_kind, client_code, note, due_on, answered_at, answered_by, created_at, updated_at,
        basket_version_id)
      ${i ? sql`select claim.contact_id, ${row} from claim` : sql`values (${v.id}, ${row})`}
      returning id)
    ${tail(o)}`.execute(q);
  const found = result.rows[0];
  if (!found) return undefined;
  return { head: o.claimHead ? { chain_key: found.chain_key!, seq: found.seq!, hash: found.hash! } : null };
}

/** The statement's end: with the claimed head, with the appended event's check, or the row alone. */
function tail(o: Parameters<typeof insertContact>[3]) {
  if (o.claimHead)
    return sql`, head as (${o.claimHead('contact')})
    select contact.id, head.chain_key, head.seq, head.hash from contact, head`;
  if (o.append) {
    const append = o.append('contact');
    return sql`, ${append.ctes} select contact.id, ${append.check} as moved from contact`;
  }
  return sql`select contact.id from contact`;
}

export async function setDueOn(q: Tx, id: string, dueOn: string): Promise<void> {
  await q.updateTable('contacts').set({ due_on: dueOn }).where('id', '=', id).execute();
}

/**
 * Every change counts the contact's version up (its ETag); with `expected` (If-Match), only from one of those
 * versions — false when the contact moved on (or was undone), checked in this one statement.
 */
export async function updateContact(
  q: Tx,
  id: string,
  values: Partial<Omit<ContactValues, 'id' | 'centre_id' | 'employee_id' | 'basket_version_id'>> & {
    answered_at?: Date;
    answered_by?: string;
  },
  now: Date,
  expected?: readonly number[],
): Promise<boolean> {
  const result = await q
    .updateTable('contacts')
    .set({ ...values, updated_at: now, version: nextVersion })
    .where('id', '=', id)
    .where(versionIn(expected))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Undoes the registration as the employee saw it (If-Match); false when it changed meanwhile or is gone. */
export async function deleteContact(q: Tx, id: string, expected: readonly number[]): Promise<boolean> {
  const result = await q.deleteFrom('contacts').where('id', '=', id).where(versionIn(expected)).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Changes to one contact queue up behind each other; undefined when it is gone (undone meanwhile). */
/**
 * The audit chain's head claimed as a statement of its own (appendClaimed then writes the event at it), before a
 * spoken contact's edit or undo writes the row: see `headBeforeRollups` in write-service.ts.
 */
export async function claimHeadNow(q: Tx, claim: RawBuilder<ChainHead>): Promise<ChainHead> {
  return (await sql<ChainHead>`/* prepared */ ${claim}`.execute(q)).rows[0]!;
}

export function lockContact(q: Tx, id: string) {
  return q.selectFrom('contacts').select(['id', 'answered_at']).where('id', '=', id).forUpdate().executeTakeFirst();
}

// ── Idempotency-Key ──

export interface StoredResponse {
  request_hash: string;
  status: number;
  response: unknown;
  /** The contact the key created still exists (false once it was undone). */
  contact_exists: boolean;
}

export function findIdempotent(q: Q, callerId: string, key: string): Promise<StoredResponse | undefined> {
  return q
    .selectFrom('contact_idempotency as i')
    .select(['i.request_hash', 'i.status', 'i.response'])
    .select((eb) =>
      eb
        .exists(eb.selectFrom('contacts as x').select('x.id').whereRef('x.id', '=', 'i.contact_id'))
        .$castTo<boolean>()
        .as('contact_exists'),
    )
    .where('i.caller_id', '=', callerId)
    .where('i.key', '=', key)
    .executeTakeFirst();
}

export async function storeResponse(
  q: Tx,
  callerId: string,
  key: string,
  status: number,
  body: unknown,
): Promise<void> {
  await q
    .updateTable('contact_idempotency')
    .set({ status, response: JSON.stringify(body) })
    .where('caller_id', '=', callerId)
    .where('key', '=', key)
    .execute();
}
