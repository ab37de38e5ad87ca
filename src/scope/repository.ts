// The scope's table: a centre's entries (CR-7.2, CR-7.3), one entry, the entries of a centre and service (for the
// overlap check), adding and ending; and the catalogue's facts about a list of services, asked of the catalogue.
import { sql, type Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { registrationServicesJson } from '../catalogue/lookups.ts';
import { organisationsById } from '../organisations/lookups.ts';
import type { ScopeBasis, ScopeEntryRow } from './tables.ts';

type Q = Kysely<DB> | Tx;

/** Every entry of the centre, the newest period first within a service. */
export function entriesOf(q: Q, centreId: string): Promise<ScopeEntryRow[]> {
  return q
    .selectFrom('centre_scope_entries')
    .selectAll()
    .where('centre_id', '=', centreId)
    .orderBy('valid_from', 'desc')
    .orderBy('id')
    .execute();
}

/** The centre's entries in force on the day. */
export function entriesOn(q: Q, centreId: string, date: string): Promise<ScopeEntryRow[]> {
  return q
    .selectFrom('centre_scope_entries')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('valid_from', '<=', date)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', date)]))
    .orderBy('valid_from')
    .execute();
}

export function findEntry(q: Q, centreId: string, entryId: string): Promise<ScopeEntryRow | undefined> {
  return q
    .selectFrom('centre_scope_entries')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('id', '=', entryId)
    .executeTakeFirst();
}

/**
 * Serialises the writers of entries (held to the transaction's end), so that two overlapping periods of one centre
 * and service are never both written: the check reads, then the write follows, under the same lock.
 */
export async function lockEntries(trx: Tx): Promise<void> {
  await sql`lock table centre_scope_entries in share row exclusive mode`.execute(trx);
}

/** The first entry of the centre and service (other than `exceptId`) whose period meets [from, until]. */
export function overlapping(
  q: Q,
  k: { centreId: string; serviceId: string; from: string; until: string | null; exceptId?: string },
): Promise<ScopeEntryRow | undefined> {
  let query = q
    .selectFrom('centre_scope_entries')
    .selectAll()
    .where('centre_id', '=', k.centreId)
    .where('service_id', '=', k.serviceId)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', k.from)]));
  if (k.until !== null) query = query.where('valid_from', '<=', k.until);
  if (k.exceptId) query = query.where('id', '<>', k.exceptId);
  return query.orderBy('valid_from').executeTakeFirst();
}

export interface NewEntry {
  centreId: string;
  serviceId: string;
  basis: ScopeBasis;
  validFrom: string;
  validUntil: string | null;
  note: string | null;
  createdBy: string | null;
}

export function insertEntry(trx: Tx, e: NewEntry, now: Date): Promise<ScopeEntryRow> {
  return trx
    .insertInto('centre_scope_entries')
    .values({
      centre_id: e.centreId,
      service_id: e.serviceId,
      basis: e.basis,
      valid_from: e.validFrom,
      valid_until: e.validUntil,
      note: e.note,
      created_by: e.createdBy,
      created_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function endEntry(
  trx: Tx,
  id: string,
  e: { validUntil: string; endedBy: string | null },
  now: Date,
): Promise<ScopeEntryRow> {
  return trx
    .updateTable('centre_scope_entries')
    .set({ valid_until: e.validUntil, ended_by: e.endedBy, ended_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** CR-16: every centre's entries of the service still in force on the day or starting later, by centre. */
export function entriesOfServiceFrom(q: Q, serviceId: string, date: string): Promise<ScopeEntryRow[]> {
  return q
    .selectFrom('centre_scope_entries')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', date)]))
    .orderBy('centre_id')
    .orderBy('valid_from')
    .execute();
}

/** Removes an entry that never reached its first day before the service left the centres (CR-16). */
export async function deleteEntry(trx: Tx, id: string): Promise<void> {
  await trx.deleteFrom('centre_scope_entries').where('id', '=', id).execute();
}

/** A catalogue service as the scope shows it. */
export interface ServiceFacts {
  id: string;
  identifier: string;
  name: string;
  nameEn: string | null;
  status: string;
  holderId: string;
  holderName: string;
}

/** The catalogue's facts about the services (unknown ids are left out), by id. */
export async function serviceFacts(q: Q, ids: Iterable<string>): Promise<Map<string, ServiceFacts>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  const { rows } = await sql<{
    services: Omit<ServiceFacts, 'holderName'>[];
  }>`select ${registrationServicesJson(sql`${list}::uuid[]`)} as services`.execute(q);
  const services = rows[0]?.services ?? [];
  const holders = await organisationsById(
    q,
    services.map((s) => s.holderId),
  );
  return new Map(services.map((s) => [s.id, { ...s, holderName: holders.get(s.holderId)?.name ?? '' }]));
}
