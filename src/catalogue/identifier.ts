// SR-9: a service gets its identifier when it is registered. Format PK-000123 ("pakalpojumu katalogs" + a number
// from one database sequence): stable (never reused or changed, a rolled-back registration only leaves a gap),
// short enough to read over the phone and type at the counter, and unlike the row's uuid it says what it is.
// Six digits cover the catalogue (some thousands of services); a seventh digit simply follows if ever needed.
import { sql } from 'kysely';
import type { Tx } from '../db.ts';

export function formatIdentifier(n: number): string {
  return `PK-${String(n).padStart(6, '0')}`;
}

export async function nextIdentifier(trx: Tx): Promise<string> {
  const { rows } = await sql<{ n: number | string }>`select nextval('service_identifier_seq') as n`.execute(trx);
  return formatIdentifier(Number(rows[0]!.n));
}
