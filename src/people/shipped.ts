// Writes of the shipped data (the seed's loader): demo accounts and the first maintainer, with their grants.
import type { Insertable, Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';

type Q = Kysely<DB> | Tx;

/** Whether any user exists (demo accounts and the first maintainer go into a database without users only). */
export async function hasUsers(q: Q): Promise<boolean> {
  return (await q.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** Inserts a user as given (with the password's hash); returns its id. */
export async function insertShippedUser(q: Q, values: Insertable<DB['users']>): Promise<string> {
  return (await q.insertInto('users').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Inserts a role grant as given. */
export async function insertShippedGrant(q: Q, values: Insertable<DB['role_grants']>): Promise<void> {
  await q.insertInto('role_grants').values(values).execute();
}
