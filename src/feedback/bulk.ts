// Cases loaded in bulk (the demo's generated complaints), with their events: whoever builds them follows the same
// terms as the register (src/feedback/terms.ts) and the table's checks still apply.
import type { Insertable } from 'kysely';
import type { DB, Tx } from '../db.ts';

export type BulkFeedbackCase = Insertable<DB['feedback_cases']>;
export type BulkFeedbackEvent = Insertable<DB['feedback_events']>;

export async function insertFeedbackInBulk(
  trx: Tx,
  cases: readonly BulkFeedbackCase[],
  events: readonly BulkFeedbackEvent[],
): Promise<void> {
  if (cases.length > 0)
    await trx
      .insertInto('feedback_cases')
      .values([...cases])
      .execute();
  if (events.length > 0)
    await trx
      .insertInto('feedback_events')
      .values([...events])
      .execute();
}
