// SQL for contacts: what a registration needs to know (one query), the row itself, its idempotency key, and the
// scoped list with the names the counter shows.
import { sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { ChainHead } from '../platform/audit/audit.ts';
import type {
  CentreKind,
  CentreStatus,
  ClientKind,
  ContactChannel,
  ContactOutcome,
  ContactType,
  DB,
  OrganisationKind,
  ServiceStatus,
} from '../platform/db/schema.ts';
import type { Tx } from '../platform/db/transaction.ts';
import { nextVersion, versionIn } from '../platform/db/versions.ts';

type Q = Kysely<DB> | Tx;

// ── What a registration refers to, in one round trip ──

export interface ContextService {
  id: string;
  identifier: string;
  name: string;
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
  /** The stored response for the caller's Idempotency-Key, when this is a retry. */
  stored: StoredResponse | null;
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
 * employee's name, the services with their holders, the organisations concerned, and the holders' reception hours at
 * the centre on the date.
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
  },
): Promise<WriteContext> {
  const serviceIds = planless([...k.serviceIds], 'uuid[]');
  const date = planless(k.date, 'date');
  const holders = sql`(select s.holder_id from services s where s.id = any(${serviceIds}))`;
  // Prepared (src/platform/db/database.ts): planning this query cost more than running it.
  const result = await sql<WriteContext>`/* prepared */
    select
      (select json_build_object('id', c.id, 'name', c.name, 'kind', c.kind, 'municipalityId', c.municipality_id, 'status', c.status,
                 'followsCabinetTransfers', coalesce(m.follows_cabinet_transfers, true))
         from centres c left join organisations m on m.id = c.municipality_id where c.id = ${k.centreId}) as centre,
      (select json_build_object('id', p.id, 'name', p.name, 'centreId', p.centre_id)
         from service_points p where p.id = ${k.pointId}) as point,
      (select u.name from users u where u.id = ${k.userId}) as "employeeName",
      coalesce((select json_agg(json_build_object('id', s.id, 'identifier', s.identifier, 'name', s.name_lv, 'status', s.status,
                 'externalId', s.external_id, 'holderId', s.holder_id,
                 'filableOnBehalf', coalesce((select (v.content ->> 'filableOnBehalf')::boolean from service_versions v
                   where v.service_id = s.id and v.published_from is not null and v.published_to is null), false)))
         from services s where s.id = any(${serviceIds})), '[]') as services,
      coalesce((select json_agg(json_build_object('id', o.id, 'name', o.name, 'shortName', o.short_name, 'kind', o.kind))
         from organisations o where o.id = any(${planless([...k.institutionIds], 'uuid[]')}) or o.id in ${holders}), '[]') as organisations,
      coalesce((select json_agg(json_build_object('institutionId', r.institution_id, 'validFrom', r.valid_from, 'validUntil', r.valid_until,
                 'intervals', coalesce((select json_agg(json_build_object('weekday', i.weekday, 'opens', i.opens_min, 'closes', i.closes_min))
                                          from reception_intervals i where i.schedule_id = r.id), '[]')))
         from reception_schedules r
         where r.centre_id = ${k.centreId} and r.valid_from <= ${date}
           and (r.valid_until is null or r.valid_until >= ${date})
           and r.institution_id in ${holders}), '[]') as reception,
      ${
        k.key
          ? sql`(select json_build_object('request_hash', i.request_hash, 'status', i.status, 'response', i.response,
                 'contact_exists', exists (select 1 from contacts x where x.id = i.contact_id))
         from contact_idempotency i where i.caller_id = ${k.key.callerId} and i.key = ${k.key.key})`
          : sql`null`
      } as stored`.execute(q);
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
 * same statement once the row is in: one round trip less on the counter's hot path. Undefined: another request
 * holds the key (on PostgreSQL the claim waits until that request's transaction ends, so a committed first request
 * is always seen); otherwise the claimed head, or null without `claimHead`.
 */
export async function insertContact(
  q: Tx,
  v: ContactValues,
  now: Date,
  o: { idempotency?: IdempotentInsert | undefined; claimHead?: ((after: string) => RawBuilder<ChainHead>) | undefined },
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
      ${v.note}, ${v.due_on}::date, null, null, ${now}, ${now}`;
  const result = await sql<{ id: string } & Partial<ChainHead>>`/* prepared */
    with ${claim} contact as (
      insert into contacts (id, centre_id, service_point_id, employee_id, occurred_at, occurred_on, channel, type, service_ids,
        institution_ids, outcome, client_kind, client_code, note, due_on, answered_at, answered_by, created_at, updated_at)
      ${i ? sql`select claim.contact_id, ${row} from claim` : sql`values (${v.id}, ${row})`}
      returning id)
    ${
      o.claimHead
        ? sql`, head as (${o.claimHead('contact')})
    select contact.id, head.chain_key, head.seq, head.hash from contact, head`
        : sql`select contact.id from contact`
    }`.execute(q);
  const found = result.rows[0];
  if (!found) return undefined;
  return { head: o.claimHead ? { chain_key: found.chain_key!, seq: found.seq!, hash: found.hash! } : null };
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
  values: Partial<Omit<ContactValues, 'id' | 'centre_id' | 'employee_id'>> & {
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

// ── Reading, with the names shown ──

function contactRows(q: Q) {
  return q
    .selectFrom('contacts as c')
    .innerJoin('centres as ce', 'ce.id', 'c.centre_id')
    .innerJoin('service_points as p', 'p.id', 'c.service_point_id')
    .innerJoin('users as u', 'u.id', 'c.employee_id')
    .selectAll('c')
    .select(['ce.name as centre_name', 'ce.municipality_id', 'p.name as point_name', 'u.name as employee_name'])
    .select(
      sql<
        ContactRecord['services']
      >`coalesce((select json_agg(json_build_object('id', s.id, 'identifier', s.identifier, 'name', s.name_lv)
        order by array_position(c.service_ids, s.id)) from services s where s.id = any(c.service_ids)), '[]')`.as(
        'services',
      ),
    )
    .select(
      sql<
        ContactRecord['institutions']
      >`coalesce((select json_agg(json_build_object('id', o.id, 'name', o.name, 'shortName', o.short_name)
        order by array_position(c.institution_ids, o.id)) from organisations o where o.id = any(c.institution_ids)), '[]')`.as(
        'institutions',
      ),
    );
}

/** A contact as the presenters need it: the row with the names of what it refers to. */
export interface ContactRecord {
  id: string;
  centre_id: string;
  municipality_id: string;
  centre_name: string;
  service_point_id: string;
  point_name: string;
  employee_id: string;
  employee_name: string;
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
  answered_at: Date | null;
  answered_by: string | null;
  created_at: Date;
  updated_at: Date;
  /** Counted up by every change (0014_versions): the ETag a change or undo names in If-Match. */
  version: number;
  services: { id: string; identifier: string; name: string }[];
  institutions: { id: string; name: string; shortName: string | null }[];
}

export async function findContact(q: Q, id: string): Promise<ContactRecord | undefined> {
  return (await contactRows(q).where('c.id', '=', id).executeTakeFirst()) as ContactRecord | undefined;
}

/** Which contacts a caller reads: of centres, of municipalities' centres, or about organisations' services. */
export interface RowScope {
  centreIds: readonly string[];
  municipalityIds: readonly string[];
  institutionIds: readonly string[];
}

export interface ContactFilter {
  centreId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  employeeId?: string | undefined;
  channel?: ContactChannel | undefined;
  type?: ContactType | undefined;
  serviceId?: string | undefined;
  /** Written contacts without an answer; with `overdueBefore`, only those due before that day. */
  unanswered?: boolean;
  overdueBefore?: string | undefined;
  limit: number;
  offset: number;
}

/** The scope as a condition on contacts `c` joined with centres `ce` (empty scope: nothing). */
export function scopeCondition(scope: RowScope): Expression<SqlBool> {
  const parts = [];
  if (scope.centreIds.length > 0) parts.push(sql<SqlBool>`c.centre_id = any(${[...scope.centreIds]}::uuid[])`);
  if (scope.municipalityIds.length > 0)
    parts.push(sql<SqlBool>`ce.municipality_id = any(${[...scope.municipalityIds]}::uuid[])`);
  if (scope.institutionIds.length > 0)
    parts.push(sql<SqlBool>`c.institution_ids && ${[...scope.institutionIds]}::uuid[]`);
  if (parts.length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}

export async function listContacts(
  q: Q,
  scope: RowScope,
  f: ContactFilter,
): Promise<{ total: number; rows: ContactRecord[] }> {
  let query = contactRows(q).where(scopeCondition(scope));
  if (f.centreId) query = query.where('c.centre_id', '=', f.centreId);
  if (f.from) query = query.where('c.occurred_on', '>=', f.from);
  if (f.to) query = query.where('c.occurred_on', '<=', f.to);
  if (f.employeeId) query = query.where('c.employee_id', '=', f.employeeId);
  if (f.channel) query = query.where('c.channel', '=', f.channel);
  if (f.type) query = query.where('c.type', '=', f.type);
  if (f.serviceId) query = query.where(sql<SqlBool>`${f.serviceId}::uuid = any(c.service_ids)`);
  if (f.unanswered) query = query.where('c.due_on', 'is not', null).where('c.answered_at', 'is', null);
  if (f.overdueBefore) query = query.where('c.due_on', '<', f.overdueBefore);
  const { total } = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const ordered = f.unanswered
    ? query.orderBy('c.due_on').orderBy('c.occurred_at')
    : query.orderBy('c.occurred_at', 'desc');
  const rows = await ordered.orderBy('c.id').limit(f.limit).offset(f.offset).execute();
  return { total: Number(total), rows: rows as ContactRecord[] };
}
