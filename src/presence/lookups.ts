// The light part of presence's face (re-exported by index.ts), imported directly by the counter (CR-20.8, CR-20.9):
// which institutions have an officer absent without a substitute at a centre on a day. Imports no capability.
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';

type Q = Kysely<DB> | Tx;

/**
 * The institutions whose officer is absent at the centre on the day with nobody to substitute (CR-19.3): the latest
 * absence or substitution notice covering the day is an absence. Their reception hours do not block the counter
 * (DR-26.1.11: the centre serves those clients); a substitute who receives does.
 */
export async function absentInstitutionsOn(q: Q, centreId: string, date: string): Promise<string[]> {
  const rows = await q
    .selectFrom('presence_notices')
    .select(['institution_id', 'kind'])
    .where('centre_id', '=', centreId)
    .where('kind', 'in', ['absence', 'substitution'])
    .where('effective_from', '<=', date)
    .where((eb) => eb.or([eb('effective_until', 'is', null), eb('effective_until', '>=', date)]))
    .orderBy('sent_at')
    .orderBy('created_at')
    .execute();
  const latest = new Map<string, string>();
  for (const r of rows) latest.set(r.institution_id, r.kind);
  return [...latest].filter(([, kind]) => kind === 'absence').map(([id]) => id);
}

/**
 * CR-5.3, CR-6.3 from the presence recorded: for each institution, the weekdays (1 … 7) of the given days on which
 * its officer is absent at the centre without a substitute. Kind compliance takes these days off the institution's
 * weekly reception hours in the week it judges.
 */
export async function absentWeekdays(
  q: Q,
  centreId: string,
  dates: readonly string[],
): Promise<Map<string, Set<number>>> {
  const out = new Map<string, Set<number>>();
  for (const date of dates) {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
    for (const id of await absentInstitutionsOn(q, centreId, date)) {
      const set = out.get(id) ?? new Set<number>();
      set.add(weekday);
      out.set(id, set);
    }
  }
  return out;
}
