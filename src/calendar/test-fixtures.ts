// Test helpers of the calendar capability (not loaded by the app): row counts of every table it writes, to prove
// that a refused request wrote nothing.
import type { Kysely } from 'kysely';
import type { DB } from '../db.ts';

const TABLES = ['calendar_transfers', 'calendar_holidays', 'calendar_confirmed_years', 'audit_events'] as const;

export async function calendarCounts(db: Kysely<DB>): Promise<Record<(typeof TABLES)[number], number>> {
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

export function auditEvents(db: Kysely<DB>, action: string, entityId: string) {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where('action', '=', action)
    .where('entity_id', '=', entityId)
    .orderBy('seq')
    .execute();
}
