// The light part of the staff's face (re-exported by index.ts): what others may ask without a cycle. Imports no
// capability's index.ts.
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';

type Q = Kysely<DB> | Tx;

/** How many of the centre's staff are employed and not absent on the day (BV-3; e.g. for a centre's dashboard). */
export async function staffAtWorkOn(q: Q, centreId: string, date: string): Promise<number> {
  const row = await q
    .selectFrom('staff_members as m')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('m.centre_id', '=', centreId)
    .where('m.employed_from', '<=', date)
    .where((eb) => eb.or([eb('m.employed_until', 'is', null), eb('m.employed_until', '>=', date)]))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('staff_absences as a')
            .select('a.id')
            .whereRef('a.staff_member_id', '=', 'm.id')
            .where('a.starts_on', '<=', date)
            .where('a.ends_on', '>=', date),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
