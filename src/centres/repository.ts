// SQL for centres: the row with its municipality's and head's names, lists for staff and for the public finder.
import { sql, type Expression, type Kysely } from 'kysely';
import type { CentreKind, CentreStatus } from './tables.ts';
import type { DB, Tx } from '../db.ts';
import { organisationIdsWhereName, organisationNameOf } from '../organisations/lookups.ts';
import { userNameOf } from '../people/lookups.ts';
import { likeContains } from '../platform/db/like.ts';
import { nextVersion, versionIn } from '../platform/db/versions.ts';
import { queryTerms } from '../../common/text/index.ts';

type Q = Kysely<DB> | Tx;

function centreRows(q: Q) {
  return q
    .selectFrom('centres')
    .selectAll('centres')
    .select([
      organisationNameOf('centres.municipality_id').as('municipality_name'),
      userNameOf('centres.head_user_id').as('head_name'),
    ]);
}

export type CentreRow = Awaited<ReturnType<typeof findCentreRow>> & {};

export function findCentreRow(q: Q, id: string) {
  return centreRows(q).where('centres.id', '=', id).executeTakeFirst();
}

export interface CentreFilter {
  municipalityId?: string | undefined;
  kind?: CentreKind | undefined;
  statuses?: readonly CentreStatus[] | undefined;
  /** Words of the name of the centre, its place or municipality, or of a point's name or address (each by its stems). */
  text?: string | undefined;
}

export function listCentreRows(q: Q, filter: CentreFilter = {}) {
  let query = centreRows(q);
  if (filter.municipalityId) query = query.where('centres.municipality_id', '=', filter.municipalityId);
  if (filter.kind) query = query.where('centres.kind', '=', filter.kind);
  if (filter.statuses) query = query.where('centres.status', 'in', [...filter.statuses]);
  // SR-12: each word (case and diacritics ignored) by its stems, so "Rugāji" finds "Rugāju pagasts" (AND of words).
  for (const term of queryTerms(filter.text, 5)) {
    const like = (column: string | Expression<string>) =>
      sql<boolean>`(${sql.join(
        term.stems.map(
          (stem) =>
            sql`lower(unaccent(${typeof column === 'string' ? sql.ref(column) : column})) like ${likeContains(stem)}`,
        ),
        sql` or `,
      )})`;
    query = query.where((eb) =>
      eb.or([
        like('centres.name'),
        like('centres.place_name'),
        sql<boolean>`centres.municipality_id in ${organisationIdsWhereName((name) => like(name))}`,
        eb.exists(
          eb
            .selectFrom('service_points as p')
            .select('p.id')
            .whereRef('p.centre_id', '=', 'centres.id')
            .where((inner) => inner.or([like('p.name'), like('p.address')])),
        ),
      ]),
    );
  }
  return query.execute();
}

/** Locks the centre for the rest of the transaction: changes to one centre (and its points) queue up. */
export function lockCentre(q: Tx, id: string) {
  return q.selectFrom('centres').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
}

export interface CentreValues {
  name: string;
  kind: CentreKind | null;
  place_name: string | null;
  place_level: CentreKind | null;
  head_user_id: string | null;
  email: string | null;
  phone: string | null;
  e_address: string | null;
  website: string | null;
  ip_telephony: boolean | null;
  public_computer: boolean | null;
  free_wifi: boolean | null;
  status: CentreStatus;
  opened_on: string | null;
  liquidation_decided_on: string | null;
  liquidation_basis: string | null;
  closing_deadline: string | null;
  closed_on: string | null;
}

export async function insertCentre(
  q: Q,
  municipalityId: string,
  values: Partial<CentreValues> & { name: string },
  now: Date,
): Promise<string> {
  const row = await q
    .insertInto('centres')
    .values({ municipality_id: municipalityId, kind: null, ...values, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Every change of the centre's own fields counts its version up (its ETag); with `expected` (If-Match), only from one
 * of those versions — false when the centre moved on (or is gone), checked in this one statement.
 */
export async function updateCentre(
  q: Q,
  id: string,
  values: Partial<CentreValues>,
  now: Date,
  expected?: readonly number[],
): Promise<boolean> {
  const result = await q
    .updateTable('centres')
    .set({ ...values, updated_at: now, version: nextVersion })
    .where('id', '=', id)
    .where(versionIn(expected))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The municipality's user, for CR-20.3 (the head of centre is one of its people): people's answer. */
export { findUserOf } from '../people/lookups.ts';
