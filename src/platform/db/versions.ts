// Versioned rows (0014_versions): the SQL pieces that let a repository check the version a writer read (If-Match,
// src/platform/http/etag.ts) in the same statement that writes — UPDATE … SET version = version + 1 WHERE id = $1
// AND version = $2. A read-then-write check would let two writers holding the same version both pass.
import { sql, type Kysely } from 'kysely';
import { NotFoundError, StaleVersionError } from '../errors.ts';
import type { Queries } from './platform-view.ts';

/** SET version = version + 1: every change of a versioned row counts, with or without an If-Match. */
export const nextVersion = sql<number>`version + 1`;

/**
 * WHERE the row is at one of the versions the writer named; no condition for a change that names none (a lifecycle
 * step, a verification, an import: they are checked against the row's state under its lock instead).
 */
export function versionIn(expected: readonly number[] | undefined) {
  return expected === undefined ? sql<boolean>`true` : sql<boolean>`version = any(${[...expected]}::int[])`;
}

/** Why a versioned write matched no row: the row is gone (404), or another change came first (412 naming its version). */
export async function versionConflict<D>(
  q: Queries<D>,
  table: NoInfer<keyof D & string>,
  id: string,
): Promise<NotFoundError | StaleVersionError> {
  // The platform names no capability's table: any table with the versioned rows' id and version columns will do.
  const versioned = q as unknown as Kysely<{ versioned: { id: string; version: number } }>;
  const row = await versioned
    .selectFrom(table as 'versioned')
    .select('version')
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? new StaleVersionError(row.version) : new NotFoundError();
}
