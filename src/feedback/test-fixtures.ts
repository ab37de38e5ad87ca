// Test helpers of complaints, questions and suggestions (not loaded by the app): a published catalogue service of
// a holder in one call, a registration body, and the rows the capability writes (to prove a refusal wrote nothing).
import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db.ts';
import type { ServiceStatus } from '../catalogue/index.ts';

/** A service of the holder in the given status (published unless told), named as given. */
export async function buildService(
  db: Kysely<DB>,
  holderId: string,
  options: { name?: string; status?: ServiceStatus } = {},
) {
  const row = await db
    .insertInto('services')
    .values({
      identifier: `PK-${String(randomInt(100_000, 999_999))}9`,
      holder_id: holderId,
      external_id: null,
      name_lv: options.name ?? 'Nodokļu konsultācija',
      status: options.status ?? 'published',
      last_verified_on: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A valid registration: a question by phone at the centre, answered by e-mail. */
export function registration(centreId: string, extra: Record<string, unknown> = {}) {
  return {
    kind: 'question',
    centreId,
    channel: 'phone',
    submitter: { name: 'Jānis Bērziņš', replyChannel: 'email', replyAddress: 'janis.berzins@example.lv' },
    text: 'Kā saņemt izziņu par deklarēto dzīvesvietu?',
    ...extra,
  };
}

const TABLES = ['feedback_cases', 'feedback_events', 'feedback_contest_stages', 'obligations', 'audit_events'] as const;

export async function feedbackCounts(db: Kysely<DB>): Promise<Record<(typeof TABLES)[number], number>> {
  const out = {} as Record<(typeof TABLES)[number], number>;
  for (const table of TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}
