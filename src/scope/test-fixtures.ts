// Test helpers of the scope (not loaded by the app): put services into centres' scopes (CR-7.3), so the counter may
// register them there.
import type { Kysely } from 'kysely';
import type { DB } from '../db.ts';

/** Each service into each centre's scope from the day (CR-7.3, labelled as a test entry). */
export async function putInScope(
  db: Kysely<DB>,
  o: { serviceIds: readonly string[]; centreIds: readonly string[]; from?: string; basis?: 'CR-7.2' | 'CR-7.3' },
): Promise<void> {
  const rows = o.centreIds.flatMap((centre_id) =>
    o.serviceIds.map((service_id) => ({
      centre_id,
      service_id,
      basis: o.basis ?? ('CR-7.3' as const),
      valid_from: o.from ?? '2000-01-01',
      valid_until: null,
      note: 'test',
      created_by: null,
    })),
  );
  if (rows.length > 0) await db.insertInto('centre_scope_entries').values(rows).execute();
}

/** A service into the scope of every centre there is now (the counter's tests register it anywhere). */
export async function putInEveryScope(db: Kysely<DB>, serviceId: string): Promise<void> {
  const centres = await db.selectFrom('centres').select('id').execute();
  await putInScope(db, { serviceIds: [serviceId], centreIds: centres.map((c) => c.id) });
}

/** Every service the tests built ("test-…" external ids) into a new centre's scope. */
export async function putTestServicesInScope(db: Kysely<DB>, centreId: string): Promise<void> {
  const services = await db.selectFrom('services').select('id').where('external_id', 'like', 'test-%').execute();
  await putInScope(db, { serviceIds: services.map((s) => s.id), centreIds: [centreId] });
}
