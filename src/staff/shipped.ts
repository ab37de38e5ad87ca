// Demo data (demo mode only): the demo head's centre gets a staff list with the head, two employees and absences
// next week, generated relative to the day the demo starts, so that the continuity check shows one gap: next
// Wednesday everybody is away and every substitute is away too. Added only to a centre without a staff list.
import type { Kysely } from 'kysely';
import type { DB } from '../db.ts';
import { centreIdsByName, findCentreById, hoursOn, loadPoints } from '../centres/index.ts';
import { calendarFor } from '../organisations/index.ts';
import type { Deps } from '../db.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import { systemActor } from '../platform/access/actor.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { addDays, rigaDate } from '../platform/time.ts';
import * as repo from './repository.ts';

const DEMO_CENTRE = 'Balvu novada valsts un pašvaldības vienotais klientu apkalpošanas centrs';

/** The Monday after the day (ISO weekdays; a Monday gives the next one). */
function nextMonday(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
  return addDays(date, 8 - weekday);
}

/** The first day from `from` on which the centre's first point is open (a holiday moves the demo's gap on). */
async function firstOpenDay(deps: Deps, centreId: string, municipalityId: string, from: string): Promise<string> {
  const point = (await loadPoints(deps.db, [centreId])).get(centreId)?.[0];
  if (!point) return from;
  const calendar = await calendarFor(deps, municipalityId);
  for (let day = from, i = 0; i < 14; day = addDays(day, 1), i++) if (hoursOn(point, day, calendar).open) return day;
  return from;
}

export async function loadStaffDemo(deps: Deps): Promise<void> {
  const db: Kysely<DB> = deps.db;
  const now = deps.now();
  const centreId = (await centreIdsByName(db)).get(DEMO_CENTRE);
  if (!centreId) return;
  if ((await repo.listMembers(db, [centreId])).length > 0) return;
  const centre = (await findCentreById(db, centreId))!;
  const today = rigaDate(now);
  const monday = nextMonday(today);
  const gapDay = await firstOpenDay(deps, centreId, centre.municipality_id, addDays(monday, 2));
  const since = addDays(today, -365 * 3);
  await inTransaction(db, async (trx) => {
    const member = (name: string, position: string, isHead: boolean, userId: string | null = null) =>
      repo.insertMember(trx, {
        centre_id: centreId,
        name,
        position,
        is_head: isHead,
        user_id: userId,
        employed_from: since,
        created_at: now,
        updated_at: now,
      });
    const head = await member('Valdis Vadītājs', 'Klientu apkalpošanas centra vadītājs', true, centre.head_user_id);
    const dace = await member('Dace Darbiniece', 'Klientu apkalpošanas speciāliste', false);
    const ilze = await member('Ilze Ozoliņa', 'Klientu apkalpošanas speciāliste', false);
    const absence = (
      memberId: string,
      kind: 'vacation' | 'training' | 'business_trip',
      from: string,
      to: string,
      substituteId: string,
      note: string,
    ) =>
      repo.insertAbsence(trx, {
        staff_member_id: memberId,
        kind,
        starts_on: from,
        ends_on: to,
        substitute_id: substituteId,
        note,
        created_at: now,
      });
    // BV-3.4: the head's vacation through the gap day, with the deputy the executive director named.
    await absence(head, 'vacation', monday, addDays(gapDay, 2), dace, 'Izpilddirektora rīkojums (demo)');
    // Wednesday (or the next open day): Dace at a training and Ilze on a business trip, each named as the other's
    // substitute: a gap.
    await absence(dace, 'training', gapDay, gapDay, ilze, 'VID apmācības (demo)');
    await absence(ilze, 'business_trip', gapDay, addDays(gapDay, 1), dace, 'Komandējums uz Rīgu (demo)');
    await recordAudit(
      trx,
      { actor: systemActor('seed') },
      {
        action: 'seed.staff_demo',
        entityType: 'staff_member',
        organisationId: centre.municipality_id,
        after: { centreId },
      },
    );
  });
}
