// Loads centres with everything hanging on them (points, functions, schedules, exceptions, reception hours) into
// the plain shapes the rules work on (hours.ts, compliance.ts). A fixed number of queries, whatever the count.
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import type { ServicePoint } from './tables.ts';
import type { Interval } from './clock.ts';
import type { HoursException, Schedule } from './hours.ts';
import type { ReceptionVersion } from './compliance.ts';
import { findCentreRow, type CentreRow } from './repository.ts';
import * as points from './points-repository.ts';
import { listReceptionIntervals, listReceptionRows, type ReceptionRow } from './reception-repository.ts';

type Q = Kysely<DB> | Tx;
type Days = Partial<Record<number, Interval[]>>;

export interface PointData {
  row: ServicePoint;
  functions: string[];
  schedules: (Schedule & { id: string })[];
  exceptions: (HoursException & { id: string })[];
}

export interface ReceptionData extends ReceptionVersion {
  id: string;
  row: ReceptionRow;
}

export interface CentreData {
  row: CentreRow;
  points: PointData[];
  reception: ReceptionData[];
}

function daysOf<T extends { weekday: number; opens_min: number; closes_min: number }>(rows: readonly T[]): Days {
  const days: Days = {};
  for (const r of rows) {
    const list = days[r.weekday] ?? [];
    list.push({ opens: r.opens_min, closes: r.closes_min });
    days[r.weekday] = list;
  }
  return days;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** Parses stored special hours defensively: they were checked on the way in, but JSON is JSON. */
function intervalsOf(value: unknown): Interval[] {
  if (!Array.isArray(value)) return [];
  return value.filter((i): i is Interval => typeof i?.opens === 'number' && typeof i?.closes === 'number');
}

export async function loadPoints(
  q: Q,
  centreIds: readonly string[],
  window?: { from: string; to: string },
): Promise<Map<string, PointData[]>> {
  const rows = await points.listPointRows(q, centreIds);
  const pointIds = rows.map((p) => p.id);
  const functions = groupBy(await points.listFunctionRows(q, pointIds), (f) => f.service_point_id);
  const schedules = await points.listScheduleRows(q, pointIds);
  const intervals = groupBy(
    await points.listIntervalRows(
      q,
      schedules.map((s) => s.id),
    ),
    (i) => i.schedule_id,
  );
  const schedulesByPoint = groupBy(schedules, (s) => s.service_point_id);
  const exceptions = groupBy(await points.listExceptionRows(q, pointIds, window), (e) => e.service_point_id);
  const data = rows.map(
    (row): PointData => ({
      row,
      functions: (functions.get(row.id) ?? []).map((f) => f.function_code),
      schedules: (schedulesByPoint.get(row.id) ?? [])
        .map((s) => ({
          id: s.id,
          label: s.label,
          validFrom: s.valid_from,
          validUntil: s.valid_until,
          days: daysOf(intervals.get(s.id) ?? []),
        }))
        // The default first, then the variants by start: the order the editor shows.
        .sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? '')),
      exceptions: (exceptions.get(row.id) ?? []).map((e) => ({
        id: e.id,
        startsOn: e.starts_on,
        endsOn: e.ends_on,
        closed: e.closed,
        intervals: intervalsOf(e.intervals),
        reason: e.reason,
      })),
    }),
  );
  return groupBy(data, (p) => p.row.centre_id);
}

export async function loadReception(q: Q, centreIds: readonly string[]): Promise<Map<string, ReceptionData[]>> {
  const rows = await listReceptionRows(q, centreIds);
  const intervals = groupBy(
    await listReceptionIntervals(
      q,
      rows.map((r) => r.id),
    ),
    (i) => i.schedule_id,
  );
  const data = rows.map(
    (row): ReceptionData => ({
      id: row.id,
      row,
      institutionId: row.institution_id,
      institutionName: row.institution_short_name ?? row.institution_name,
      institutionKind: row.institution_kind,
      validFrom: row.valid_from,
      validUntil: row.valid_until,
      days: daysOf(intervals.get(row.id) ?? []),
    }),
  );
  return groupBy(data, (r) => r.row.centre_id);
}

export async function loadCentres(
  q: Q,
  rows: readonly CentreRow[],
  window?: { from: string; to: string },
): Promise<CentreData[]> {
  const ids = rows.map((r) => r.id);
  const pointsByCentre = await loadPoints(q, ids, window);
  const receptionByCentre = await loadReception(q, ids);
  return rows.map((row) => ({
    row,
    points: pointsByCentre.get(row.id) ?? [],
    reception: receptionByCentre.get(row.id) ?? [],
  }));
}

export async function loadCentre(
  q: Q,
  id: string,
  window?: { from: string; to: string },
): Promise<CentreData | undefined> {
  const row = await findCentreRow(q, id);
  return row ? (await loadCentres(q, [row], window))[0] : undefined;
}
