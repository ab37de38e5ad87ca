// What other capabilities may ask about feedback cases: enough to name one (its number and kind). Never the
// submitter, the address or the text.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { serviceHolderOf } from '../catalogue/lookups.ts';
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

/**
 * SR-21.4 (src/indicators): complaints about a catalogue service received in [from, to], one row per case —
 * `(case_id, service_id, channel, received_on, centre_id)` — as a sub-select the caller embeds.
 */
export function complaintsAboutServicesSql(from: string, to: string): RawBuilder<unknown> {
  return sql`select f_l.id as case_id, f_l.service_id, f_l.channel, f_l.received_on, f_l.centre_id
    from feedback_cases f_l
    where f_l.kind = 'complaint' and f_l.service_id is not null
      and f_l.received_on between ${from}::date and ${to}::date`;
}

/**
 * Dashboards and the centre report (src/dashboards, BV-4.4): complaints received in [from, to] counted by Riga day,
 * within the centres given (null: every centre) or about the holder's services (null: any).
 */
export async function complaintCountsByDay(
  q: Q,
  f: { from: string; to: string; centreIds: readonly string[] | null; holderId: string | null },
): Promise<{ day: string; n: number }[]> {
  const centres = f.centreIds === null ? sql`true` : sql`f_d.centre_id = any(${[...f.centreIds]}::uuid[])`;
  const holder = f.holderId === null ? sql`true` : sql`${serviceHolderOf('f_d.service_id')} = ${f.holderId}::uuid`;
  const result = await sql<{ day: string; n: number }>`
    select to_char(f_d.received_on, 'YYYY-MM-DD') as day, count(*)::int as n
    from feedback_cases f_d
    where f_d.kind = 'complaint' and f_d.received_on between ${f.from}::date and ${f.to}::date and ${centres} and ${holder}
    group by f_d.received_on
    order by f_d.received_on`.execute(q);
  return result.rows;
}
