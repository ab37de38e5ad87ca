// SQL for organisations and their centres.
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import type { Tx } from '../platform/db/transaction.ts';

type Q = Kysely<DB> | Tx;

export function listOrganisations(q: Q, ids?: string[]) {
  let query = q.selectFrom('organisations').selectAll();
  if (ids) query = query.where('id', 'in', ids.length > 0 ? ids : ['00000000-0000-0000-0000-000000000000']);
  return query.execute();
}

export function findOrganisation(q: Q, id: string) {
  return q.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listCentres(q: Q, municipalityIds?: string[]) {
  let query = q.selectFrom('centres').selectAll();
  if (municipalityIds) query = query.where('municipality_id', 'in', municipalityIds.length > 0 ? municipalityIds : ['00000000-0000-0000-0000-000000000000']);
  return query.execute();
}

export function findCentre(q: Q, id: string) {
  return q.selectFrom('centres').selectAll().where('id', '=', id).executeTakeFirst();
}
