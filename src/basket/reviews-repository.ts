// The DR-16 yearly reviews of the basket: recording one and listing them.
import { sql, type Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { organisationNameOf } from '../organisations/lookups.ts';

type Q = Kysely<DB> | Tx;

export interface ReviewRow {
  id: string;
  held_on: string;
  participants: string;
  decision: string;
  new_version_id: string | null;
  new_version_number: number | null;
  organisation_id: string;
  organisation_name: string;
  created_at: Date;
}

export async function insertReview(
  trx: Tx,
  r: {
    heldOn: string;
    participants: string;
    decision: string;
    newVersionId: string | null;
    organisationId: string;
    recordedBy: string | null;
  },
): Promise<string> {
  const row = await trx
    .insertInto('basket_reviews')
    .values({
      held_on: r.heldOn,
      participants: r.participants,
      decision: r.decision,
      new_version_id: r.newVersionId,
      organisation_id: r.organisationId,
      recorded_by: r.recordedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The reviews, the latest held first (or only the one asked). */
export async function listReviews(q: Q, id?: string): Promise<ReviewRow[]> {
  const { rows } = await sql<ReviewRow>`select r.id, r.held_on, r.participants, r.decision, r.new_version_id,
      v.number as new_version_number, r.organisation_id, ${organisationNameOf('r.organisation_id')} as organisation_name,
      r.created_at
    from basket_reviews r left join basket_versions v on v.id = r.new_version_id
    where ${id ?? null}::uuid is null or r.id = ${id ?? null}::uuid
    order by r.held_on desc, r.created_at desc`.execute(q);
  return rows;
}
