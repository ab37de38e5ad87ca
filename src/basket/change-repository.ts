// The DR-15 change requests' table: recording one (numbered under a table lock), locking one for a step, writing a
// step's facts, and the list with the names the page shows.
import { sql, type Kysely, type Updateable } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { serviceIdentifierOf } from '../catalogue/lookups.ts';
import { organisationNameOf } from '../organisations/lookups.ts';
import type { BasketTables } from './tables.generated.ts';
import type { ChangeRequestRow } from './tables.ts';

type Q = Kysely<DB> | Tx;

export type NewChangeRequest = Omit<
  ChangeRequestRow,
  | 'id'
  | 'number'
  | 'created_at'
  | 'updated_at'
  | 'opinion_on'
  | 'opinion_positive'
  | 'opinion'
  | 'informed_on'
  | 'information'
  | 'version_id'
  | 'published_on'
  | 'centres_notified'
  | 'cancelled_reason'
  | 'information_due'
  | 'publish_due'
>;

/** Records a request with the next number (a table lock keeps two writers from taking one). */
export async function insertChangeRequest(trx: Tx, r: NewChangeRequest, now: Date): Promise<ChangeRequestRow> {
  await sql`lock table basket_change_requests in share row exclusive mode`.execute(trx);
  const last = await trx
    .selectFrom('basket_change_requests')
    .select((eb) => eb.fn.max('number').as('n'))
    .executeTakeFirst();
  return trx
    .insertInto('basket_change_requests')
    .values({ ...r, number: (last?.n ?? 0) + 1, created_at: now, updated_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The request, locked for a step (undefined when there is none). */
export function lockChangeRequest(trx: Tx, id: string): Promise<ChangeRequestRow | undefined> {
  return trx.selectFrom('basket_change_requests').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function updateChangeRequest(
  trx: Tx,
  id: string,
  patch: Updateable<BasketTables['basket_change_requests']>,
): Promise<ChangeRequestRow> {
  return trx
    .updateTable('basket_change_requests')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface ChangeRequestListRow extends ChangeRequestRow {
  holder_name: string;
  service_identifier: string | null;
  version_number: number | null;
}

/** The requests (of these holders; null: all), or the one asked, the newest number first. */
export async function listChangeRequests(
  q: Q,
  f: { holderIds: readonly string[] | null; id?: string },
): Promise<ChangeRequestListRow[]> {
  const holders = f.holderIds === null ? sql`true` : sql`r.holder_id = any(${[...f.holderIds]}::uuid[])`;
  const { rows } = await sql<ChangeRequestListRow>`select r.*, ${organisationNameOf('r.holder_id')} as holder_name,
      case when r.service_id is null then null else ${serviceIdentifierOf('r.service_id')} end as service_identifier,
      v.number as version_number
    from basket_change_requests r left join basket_versions v on v.id = r.version_id
    where ${holders} and (${f.id ?? null}::uuid is null or r.id = ${f.id ?? null}::uuid)
    order by r.number desc`.execute(q);
  return rows;
}

/** Whether any request has been recorded (the demo request is added only to an empty list). */
export async function hasChangeRequests(q: Q): Promise<boolean> {
  return (await q.selectFrom('basket_change_requests').select('id').limit(1).executeTakeFirst()) !== undefined;
}
