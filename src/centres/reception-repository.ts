// SQL for institutions' reception hours at centres, versioned by date (CR-19.2): a version is a row of
// reception_schedules with its weekly intervals.
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { organisationCardsById } from '../organisations/lookups.ts';
import type { Interval } from './clock.ts';
import { addDays } from '../platform/time.ts';

type Q = Kysely<DB> | Tx;
const NO_ID = '00000000-0000-0000-0000-000000000000';

/** Every version at the centres, with the institution's name and kind; newest first per institution. */
export async function listReceptionRows(q: Q, centreIds: readonly string[]) {
  const rows = await q
    .selectFrom('reception_schedules as r')
    .select(['r.id', 'r.centre_id', 'r.institution_id', 'r.valid_from', 'r.valid_until'])
    .where('r.centre_id', 'in', centreIds.length > 0 ? [...centreIds] : [NO_ID])
    .orderBy('r.valid_from', 'desc')
    .execute();
  // The institutions are organisations: their names and channels are asked of their owner.
  const institutions = await organisationCardsById(
    q,
    rows.map((r) => r.institution_id),
  );
  return rows.flatMap((r) => {
    const o = institutions.get(r.institution_id);
    if (!o) return [];
    return [
      {
        ...r,
        institution_name: o.name,
        institution_short_name: o.short_name,
        institution_kind: o.kind,
        institution_website: o.website,
        institution_email: o.email,
        institution_phone: o.phone,
        institution_e_address: o.e_address,
      },
    ];
  });
}
export type ReceptionRow = Awaited<ReturnType<typeof listReceptionRows>>[number];

export function listReceptionIntervals(q: Q, scheduleIds: readonly string[]) {
  return q
    .selectFrom('reception_intervals')
    .selectAll()
    .where('schedule_id', 'in', scheduleIds.length > 0 ? [...scheduleIds] : [NO_ID])
    .orderBy('weekday')
    .orderBy('opens_min')
    .execute();
}

/**
 * A new version from `validFrom` replaces whatever applied from that day on: versions starting then or later go,
 * and the version in force the day before ends that day.
 */
export async function insertReceptionVersion(
  q: Tx,
  v: {
    centreId: string;
    institutionId: string;
    validFrom: string;
    days: Partial<Record<number, Interval[]>>;
    createdBy: string | null;
  },
  now: Date,
): Promise<string> {
  await q
    .deleteFrom('reception_schedules')
    .where('centre_id', '=', v.centreId)
    .where('institution_id', '=', v.institutionId)
    .where('valid_from', '>=', v.validFrom)
    .execute();
  await q
    .updateTable('reception_schedules')
    .set({ valid_until: addDays(v.validFrom, -1) })
    .where('centre_id', '=', v.centreId)
    .where('institution_id', '=', v.institutionId)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', v.validFrom)]))
    .execute();
  const row = await q
    .insertInto('reception_schedules')
    .values({
      centre_id: v.centreId,
      institution_id: v.institutionId,
      valid_from: v.validFrom,
      valid_until: null,
      created_by: v.createdBy,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const intervals = Object.entries(v.days).flatMap(([weekday, list]) =>
    (list ?? []).map((i) => ({
      schedule_id: row.id,
      weekday: Number(weekday),
      opens_min: i.opens,
      closes_min: i.closes,
    })),
  );
  if (intervals.length > 0) await q.insertInto('reception_intervals').values(intervals).execute();
  return row.id;
}
