// Writes and look-ups of the shipped data (the seed's loader): basket and demo services with their first version,
// added only when the holder has none with that external id.
import type { Insertable, Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';

type Q = Kysely<DB> | Tx;

/** Whether the holder has a service with this external id. */
export async function hasServiceWithExternalId(q: Q, holderId: string, externalId: string): Promise<boolean> {
  const row = await q
    .selectFrom('services')
    .select('id')
    .where('holder_id', '=', holderId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The id of the holder's service with this external id (undefined when it has none). */
export async function serviceIdByExternalId(q: Q, holderId: string, externalId: string): Promise<string | undefined> {
  const row = await q
    .selectFrom('services')
    .select('id')
    .where('holder_id', '=', holderId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  return row?.id;
}

/** Inserts a service as given; returns its id. */
export async function insertShippedService(q: Q, values: Insertable<DB['services']>): Promise<string> {
  return (await q.insertInto('services').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Inserts a version of a service as given. */
export async function insertShippedVersion(q: Q, values: Insertable<DB['service_versions']>): Promise<void> {
  await q.insertInto('service_versions').values(values).execute();
}
