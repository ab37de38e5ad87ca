// Versioned resources (0014_versions) want If-Match on every change. Tests about something else send the version the
// row has now, as a client that has just read it would; tests of the check itself read the ETag from the API.
import type { Kysely } from 'kysely';
import type { DB, VersionedTable } from '../../src/db.ts';

/** `{ 'if-match': '"n"' }` with the row's current version ("1" for a row that does not exist: the answer is 404). */
export async function currentVersion(
  db: Kysely<DB>,
  table: VersionedTable,
  id: string,
): Promise<Record<string, string>> {
  const row = await db
    .selectFrom(table as 'centres')
    .select('version')
    .where('id', '=', id)
    .executeTakeFirst()
    .catch(() => undefined); // an id that is not a uuid at all: no row either
  return { 'if-match': `"${row?.version ?? 1}"` };
}
