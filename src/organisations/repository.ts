// SQL for organisations and their contact persons; (read side) their centres, asked of the centres capability.
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import type { NewOrganisation, Organisation } from './tables.ts';
import { nextVersion, versionIn } from '../platform/db/versions.ts';

type Q = Kysely<DB> | Tx;
const NO_ID = '00000000-0000-0000-0000-000000000000';

export function listOrganisations(q: Q, ids?: string[]) {
  let query = q.selectFrom('organisations').selectAll();
  if (ids) query = query.where('id', 'in', ids.length > 0 ? ids : [NO_ID]);
  return query.execute();
}

export function findOrganisation(q: Q, id: string) {
  return q.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findOrganisationByRegNo(q: Q, regNo: string) {
  return q.selectFrom('organisations').select('id').where('reg_no', '=', regNo).executeTakeFirst();
}

/** Locks the row for the rest of the transaction: two admins changing one organisation see each other's change. */
export function lockOrganisation(q: Tx, id: string) {
  return q.selectFrom('organisations').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertOrganisation(q: Q, values: NewOrganisation): Promise<string> {
  const row = await q.insertInto('organisations').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export type OrganisationChanges = Partial<
  Pick<Organisation, 'kind' | 'name' | 'short_name' | 'reg_no' | 'website' | 'email' | 'phone' | 'e_address'>
>;

/** Counts the entry's version up; only from a version the editor named (If-Match) — false when it moved on or is gone. */
export async function updateOrganisation(
  q: Q,
  id: string,
  changes: OrganisationChanges,
  now: Date,
  expected: readonly number[],
): Promise<boolean> {
  const result = await q
    .updateTable('organisations')
    .set({ ...changes, updated_at: now, version: nextVersion })
    .where('id', '=', id)
    .where(versionIn(expected))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

// The centres are the centres capability's: read through its functions.
export { findCentreById as findCentre, listCentresOf as listCentres } from '../centres/lookups.ts';

// ── Contact persons ──

export function listContacts(q: Q, organisationIds?: string[]) {
  let query = q.selectFrom('organisation_contacts').selectAll().orderBy('created_at').orderBy('id');
  if (organisationIds)
    query = query.where('organisation_id', 'in', organisationIds.length > 0 ? organisationIds : [NO_ID]);
  return query.execute();
}

export function findContact(q: Q, organisationId: string, id: string) {
  return q
    .selectFrom('organisation_contacts')
    .selectAll()
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

/** The contact person, locked for the rest of the transaction: the audit's "before" is the version changed. */
export function lockContact(q: Tx, organisationId: string, id: string) {
  return q
    .selectFrom('organisation_contacts')
    .selectAll()
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .forUpdate()
    .executeTakeFirst();
}

export interface ContactValues {
  name: string;
  position: string | null;
  email: string | null;
  phone: string | null;
}

export async function insertContact(q: Q, organisationId: string, values: ContactValues, now: Date): Promise<string> {
  const row = await q
    .insertInto('organisation_contacts')
    .values({ organisation_id: organisationId, ...values, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Only from a version the editor named (If-Match); false when the contact person moved on or is gone. */
export async function updateContact(
  q: Q,
  id: string,
  values: Partial<ContactValues>,
  now: Date,
  expected: readonly number[],
): Promise<boolean> {
  const result = await q
    .updateTable('organisation_contacts')
    .set({ ...values, updated_at: now, version: nextVersion })
    .where('id', '=', id)
    .where(versionIn(expected))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Only the version the remover saw (If-Match): a person changed meanwhile (say, replaced by editing) stays. */
export async function deleteContact(q: Q, id: string, expected: readonly number[]): Promise<boolean> {
  const result = await q
    .deleteFrom('organisation_contacts')
    .where('id', '=', id)
    .where(versionIn(expected))
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
