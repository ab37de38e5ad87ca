// SQL for reading contacts: the row with the names the counter shows (centre, point, employee, services,
// institutions), and the scoped, filtered list. repository.ts holds the writing side and re-exports these.
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { centreIdsOfMunicipalities, centreMunicipalityOf, centreNameOf, pointNameOf } from '../centres/lookups.ts';
import type { ClientKind, ContactChannel, ContactOutcome, ContactType } from './tables.ts';
import type { DB, Tx } from '../db.ts';
import { organisationsInArrayJson } from '../organisations/lookups.ts';
import { userNameOf } from '../people/lookups.ts';
import { servicesInArrayJson } from '../catalogue/lookups.ts';

type Q = Kysely<DB> | Tx;

function contactRows(q: Q) {
  return q
    .selectFrom('contacts as c')
    .selectAll('c')
    .select([
      centreNameOf('c.centre_id').as('centre_name'),
      centreMunicipalityOf('c.centre_id').as('municipality_id'),
      pointNameOf('c.service_point_id').as('point_name'),
      userNameOf('c.employee_id').$castTo<string>().as('employee_name'),
    ])
    .select(servicesInArrayJson('c.service_ids').$castTo<ContactRecord['services']>().as('services'))
    .select(organisationsInArrayJson('c.institution_ids').$castTo<ContactRecord['institutions']>().as('institutions'));
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
  /** CR-7.1, AM-1.6: the basket version in force when it was registered (0033); null for older contacts. */
  basket_version_id: string | null;
  /** Counted up by every change (0014_versions): the ETag a change or undo names in If-Match. */
  version: number;
  services: { id: string; identifier: string; name: string; nameEn: string | null }[];
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

/** The scope as a condition on contacts `c` (empty scope: nothing). */
export function scopeCondition(scope: RowScope): Expression<SqlBool> {
  const parts = [];
  if (scope.centreIds.length > 0) parts.push(sql<SqlBool>`c.centre_id = any(${[...scope.centreIds]}::uuid[])`);
  if (scope.municipalityIds.length > 0)
    parts.push(sql<SqlBool>`c.centre_id in ${centreIdsOfMunicipalities(scope.municipalityIds)}`);
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
