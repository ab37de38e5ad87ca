// What other capabilities may ask about feedback cases: enough to name one (its number and kind). Never the
// submitter, the address or the text.
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import type { FeedbackKind } from './tables.ts';

type Q = Kysely<DB> | Tx;

/** The cases with these ids, each with its number and kind (unknown ids are left out). */
export async function describeFeedbackCases(
  q: Q,
  ids: readonly string[],
): Promise<{ id: string; number: number; kind: FeedbackKind }[]> {
  if (ids.length === 0) return [];
  return q
    .selectFrom('feedback_cases')
    .select(['id', 'number', 'kind'])
    .where('id', 'in', [...ids])
    .execute();
}
