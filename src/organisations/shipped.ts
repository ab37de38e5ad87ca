// Writes and look-ups of the shipped data (the seed's loader): reference and demo organisations, found by name.
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import type { NewOrganisation, OrganisationKind } from './tables.ts';

type Q = Kysely<DB> | Tx;

/** Whether any organisation exists (the reference data is loaded into an empty directory only). */
export async function hasOrganisations(q: Q): Promise<boolean> {
  return (await q.selectFrom('organisations').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** Inserts an organisation as given; returns its id. */
export async function insertShippedOrganisation(q: Q, values: NewOrganisation): Promise<string> {
  return (await q.insertInto('organisations').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** The ids of the organisations with these names, by name (a name held by several: one of them). */
export async function organisationIdsByName(q: Q, names?: readonly string[]): Promise<Map<string, string>> {
  let query = q.selectFrom('organisations').select(['id', 'name']);
  if (names) {
    if (names.length === 0) return new Map();
    query = query.where('name', 'in', [...names]);
  }
  const rows = await query.execute();
  const ids = new Map<string, string>();
  for (const r of rows) if (!ids.has(r.name)) ids.set(r.name, r.id);
  return ids;
}

/** Every organisation's id with this name. */
export async function organisationIdsNamed(q: Q, name: string): Promise<string[]> {
  return (await q.selectFrom('organisations').select('id').where('name', '=', name).execute()).map((r) => r.id);
}

/** The first organisation made of this kind (the maintainer for the first account). */
export async function firstOrganisationOfKind(q: Q, kind: OrganisationKind): Promise<string | undefined> {
  const row = await q
    .selectFrom('organisations')
    .select('id')
    .where('kind', '=', kind)
    .orderBy('created_at')
    .executeTakeFirst();
  return row?.id;
}
