// SQL for service points and what hangs on them: functions (BV-2.1), weekly schedules with their intervals,
// dated exceptions. Loads are batched by centre so that a page of centres costs a fixed number of queries.
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { nextVersion, versionIn } from '../platform/db/versions.ts';
import type { Interval } from './clock.ts';

type Q = Kysely<DB> | Tx;
const NO_ID = '00000000-0000-0000-0000-000000000000';
const ids = (list: readonly string[]) => (list.length > 0 ? [...list] : [NO_ID]);

export function listPointRows(q: Q, centreIds: readonly string[]) {
  return q
    .selectFrom('service_points')
    .selectAll()
    .where('centre_id', 'in', ids(centreIds))
    .orderBy('position')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findPointRow(q: Q, id: string) {
  return q.selectFrom('service_points').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface PointValues {
  name: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  email: string | null;
}

/** A new point goes after the centre's others. */
export async function insertPoint(q: Q, centreId: string, values: PointValues, now: Date): Promise<string> {
  const last = await q
    .selectFrom('service_points')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('centre_id', '=', centreId)
    .executeTakeFirst();
  const position = Number(last?.position ?? 0) + 1;
  const row = await q
    .insertInto('service_points')
    .values({ centre_id: centreId, ...values, position, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * A change of the point's details or weekly hours counts its version up; only from a version the editor named
 * (If-Match) — false when the point moved on (or is gone), checked in this one statement.
 */
export async function updatePoint(
  q: Q,
  id: string,
  values: Partial<PointValues>,
  now: Date,
  expected: readonly number[],
): Promise<boolean> {
  const result = await q
    .updateTable('service_points')
    .set({ ...values, updated_at: now, version: nextVersion })
    .where('id', '=', id)
    .where(versionIn(expected))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

// ── Functions ──

export function listFunctionRows(q: Q, pointIds: readonly string[]) {
  return q.selectFrom('service_point_functions').selectAll().where('service_point_id', 'in', ids(pointIds)).execute();
}

export async function replaceFunctions(q: Q, pointId: string, codes: readonly string[]): Promise<void> {
  await q.deleteFrom('service_point_functions').where('service_point_id', '=', pointId).execute();
  if (codes.length === 0) return;
  await q
    .insertInto('service_point_functions')
    .values(codes.map((code) => ({ service_point_id: pointId, function_code: code })))
    .execute();
}

// ── Weekly schedules ──

export function listScheduleRows(q: Q, pointIds: readonly string[]) {
  return q.selectFrom('opening_schedules').selectAll().where('service_point_id', 'in', ids(pointIds)).execute();
}

export function listIntervalRows(q: Q, scheduleIds: readonly string[]) {
  return q
    .selectFrom('opening_intervals')
    .selectAll()
    .where('schedule_id', 'in', ids(scheduleIds))
    .orderBy('weekday')
    .orderBy('opens_min')
    .execute();
}

export interface ScheduleValues {
  label: string | null;
  validFrom: string | null;
  validUntil: string | null;
  days: Partial<Record<number, Interval[]>>;
}

/** Replaces every schedule of the point (the editor sends the whole set). */
export async function replaceSchedules(q: Q, pointId: string, schedules: readonly ScheduleValues[]): Promise<void> {
  await q.deleteFrom('opening_schedules').where('service_point_id', '=', pointId).execute();
  for (const s of schedules) {
    const row = await q
      .insertInto('opening_schedules')
      .values({ service_point_id: pointId, label: s.label, valid_from: s.validFrom, valid_until: s.validUntil })
      .returning('id')
      .executeTakeFirstOrThrow();
    const intervals = Object.entries(s.days).flatMap(([weekday, list]) =>
      (list ?? []).map((i) => ({
        schedule_id: row.id,
        weekday: Number(weekday),
        opens_min: i.opens,
        closes_min: i.closes,
      })),
    );
    if (intervals.length > 0) await q.insertInto('opening_intervals').values(intervals).execute();
  }
}

// ── Exceptions ──

/** Exceptions of the points that touch [from, to] (all of them without a window), in entry order. */
export function listExceptionRows(q: Q, pointIds: readonly string[], window?: { from: string; to: string }) {
  let query = q.selectFrom('service_point_exceptions').selectAll().where('service_point_id', 'in', ids(pointIds));
  if (window) query = query.where('ends_on', '>=', window.from).where('starts_on', '<=', window.to);
  return query.orderBy('created_at').orderBy('id').execute();
}

export function findExceptionRow(q: Q, pointId: string, id: string) {
  return q
    .selectFrom('service_point_exceptions')
    .selectAll()
    .where('id', '=', id)
    .where('service_point_id', '=', pointId)
    .executeTakeFirst();
}

export interface ExceptionValues {
  startsOn: string;
  endsOn: string;
  closed: boolean;
  intervals: Interval[];
  reason: string;
}

export async function insertException(q: Q, pointId: string, e: ExceptionValues, now: Date): Promise<string> {
  const row = await q
    .insertInto('service_point_exceptions')
    .values({
      service_point_id: pointId,
      starts_on: e.startsOn,
      ends_on: e.endsOn,
      closed: e.closed,
      intervals: JSON.stringify(e.intervals),
      reason: e.reason,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteException(q: Q, id: string): Promise<void> {
  await q.deleteFrom('service_point_exceptions').where('id', '=', id).execute();
}
