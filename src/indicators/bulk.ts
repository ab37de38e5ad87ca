// Completions loaded in bulk (the demo's generated history): SR-21.3 as the institutions' systems would have
// recorded them through the API, one statement per chunk of rows.
import { sql } from 'kysely';
import type { Tx } from '../db.ts';

const CHUNK = 4_000;

export interface BulkCompletion {
  contactId: string;
  holderId: string;
  completedOn: string;
}

/** Stores the completions, recorded via the API at 15:00 Riga time of their day. */
export async function insertCompletionsInBulk(trx: Tx, rows: readonly BulkCompletion[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    await sql`insert into indicator_completions (contact_id, completed_on, organisation_id, recorded_via, recorded_at)
      select g.contact_id, g.completed_on, g.organisation_id, 'api',
        (g.completed_on + time '15:00') at time zone 'Europe/Riga'
      from unnest(${part.map((r) => r.contactId)}::uuid[], ${part.map((r) => r.completedOn)}::date[],
        ${part.map((r) => r.holderId)}::uuid[]) as g(contact_id, completed_on, organisation_id)`.execute(trx);
  }
}
