// SQL of the shared rate limit: one counter per key, counted up and reset in one atomic statement, so two instances
// counting the same address at the same moment both see the sum.
import { sql, type Kysely } from 'kysely';
import type { PlatformTables as DB } from '../db/tables.generated.ts';

export interface Hits {
  hits: number;
  windowEndsAt: Date;
}

/** One more hit on the key: in the current window, or the first of a new one when the last window has ended. */
export async function countHit(db: Kysely<DB>, keyHash: string, now: Date, windowMs: number): Promise<Hits> {
  const ends = new Date(now.getTime() + windowMs);
  const { rows } = await sql<{ hits: number; window_ends_at: Date }>`/* prepared */
    insert into rate_limit_hits as r (key_hash, hits, window_ends_at) values (${keyHash}, 1, ${ends})
    on conflict (key_hash) do update set
      hits = case when r.window_ends_at <= ${now} then 1 else r.hits + 1 end,
      window_ends_at = case when r.window_ends_at <= ${now} then excluded.window_ends_at else r.window_ends_at end
    returning hits, window_ends_at`.execute(db);
  const row = rows[0]!;
  return { hits: row.hits, windowEndsAt: new Date(row.window_ends_at) };
}

/** Windows that ended: their counters would be reset by the next hit anyway. */
export async function removeEndedWindows(db: Kysely<DB>, now: Date): Promise<number> {
  const result = await db.deleteFrom('rate_limit_hits').where('window_ends_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
