// Writes and look-ups of the shipped data (the seed's loader): reference and demo centres and their points, found
// by name, filled in only where missing.
import type { Insertable, Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import type { CentreKind } from './tables.ts';

type Q = Kysely<DB> | Tx;

/** Inserts a centre as given; returns its id. */
export async function insertShippedCentre(q: Q, values: Insertable<DB['centres']>): Promise<string> {
  return (await q.insertInto('centres').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Inserts a service point as given (its place in the list left to the default). */
export async function insertShippedPoint(q: Q, values: Insertable<DB['service_points']>): Promise<void> {
  await q.insertInto('service_points').values(values).execute();
}

/** The ids of the centres, by name (a name held by several: one of them). */
export async function centreIdsByName(q: Q): Promise<Map<string, string>> {
  const rows = await q.selectFrom('centres').select(['id', 'name']).execute();
  const ids = new Map<string, string>();
  for (const r of rows) if (!ids.has(r.name)) ids.set(r.name, r.id);
  return ids;
}

/** A centre with this name (of one of these municipalities, when given), with its place level. */
export function findCentreNamed(q: Q, name: string, municipalityIds?: readonly string[]) {
  let query = q.selectFrom('centres').select(['id', 'place_level']).where('name', '=', name);
  if (municipalityIds)
    query = query.where(
      'municipality_id',
      'in',
      municipalityIds.length > 0 ? [...municipalityIds] : ['00000000-0000-0000-0000-000000000000'],
    );
  return query.executeTakeFirst();
}

/** Sets the centre's place (its name and level). */
export async function setCentrePlace(
  q: Q,
  id: string,
  place: { place_name: string | null; place_level: CentreKind | null },
): Promise<void> {
  await q.updateTable('centres').set(place).where('id', '=', id).execute();
}

/** CR-20.3: the user heads the centre, if it has no head yet. */
export async function setCentreHeadIfNone(q: Q, centreId: string, userId: string): Promise<void> {
  await q
    .updateTable('centres')
    .set({ head_user_id: userId })
    .where('id', '=', centreId)
    .where('head_user_id', 'is', null)
    .execute();
}

/** The centre's point with this name, with its place in the list (0: none yet). */
export function findPointNamed(q: Q, centreId: string, name: string) {
  return q
    .selectFrom('service_points')
    .select(['id', 'position'])
    .where('centre_id', '=', centreId)
    .where('name', '=', name)
    .executeTakeFirst();
}

/** Sets the point's place in the list. */
export async function setPointPosition(q: Q, id: string, position: number): Promise<void> {
  await q.updateTable('service_points').set({ position }).where('id', '=', id).execute();
}
