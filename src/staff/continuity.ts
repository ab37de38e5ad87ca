// CR-17.11, CR-20.17: the centre keeps working through its opening hours because its staff substitute for each
// other (BV-3.3, BV-3.9). Pure: for each day and each service point open that day (opening hours against the
// calendar: centres' hoursOn), is one of the point's people there — not absent, or absent with a substitute who is?
// Absences are whole days, so a day's opening hours are covered or not as a whole.
import { hoursOn, type DayCalendar, type Interval } from '../centres/index.ts';
import { addDays } from '../platform/time.ts';
import type { AbsenceKind } from './tables.ts';

export interface ContinuityMember {
  id: string;
  name: string;
  /** null: the person serves every point of the centre. */
  servicePointId: string | null;
  employedFrom: string;
  employedUntil: string | null;
}

export interface ContinuityAbsence {
  id: string;
  memberId: string;
  kind: AbsenceKind;
  startsOn: string;
  endsOn: string;
  substituteId: string | null;
}

/** A point's weekly schedules and dated exceptions, as centres' hoursOn reads them. */
export type PointHours = Parameters<typeof hoursOn>[0];

export interface ContinuityPoint {
  id: string;
  name: string;
  hours: PointHours;
}

export interface GapAbsentee {
  memberId: string;
  name: string;
  kind: AbsenceKind;
  substituteId: string | null;
  substituteName: string | null;
  /** The substitute is absent that day too (or no longer employed). */
  substituteAbsent: boolean;
}

export interface Gap {
  date: string;
  pointId: string;
  pointName: string;
  intervals: Interval[];
  /** Opening minutes nobody covers that day. */
  minutes: number;
  /** no_staff: nobody works at the point at all; all_absent: everybody is absent and no substitute is there. */
  reason: 'no_staff' | 'all_absent';
  absentees: GapAbsentee[];
}

export interface ContinuityInput {
  points: readonly ContinuityPoint[];
  members: readonly ContinuityMember[];
  absences: readonly ContinuityAbsence[];
  calendar: DayCalendar;
  from: string;
  to: string;
}

export interface ContinuityResult {
  /** Point-days the centre is open in the window. */
  openDays: number;
  openMinutes: number;
  gaps: Gap[];
}

export const employedOn = (m: Pick<ContinuityMember, 'employedFrom' | 'employedUntil'>, date: string) =>
  m.employedFrom <= date && (m.employedUntil === null || m.employedUntil >= date);

/** The person's absence on the day, if any (overlaps are refused on entry, so at most one). */
export function absenceOn(
  absences: readonly ContinuityAbsence[],
  memberId: string,
  date: string,
): ContinuityAbsence | undefined {
  return absences.find((a) => a.memberId === memberId && a.startsOn <= date && a.endsOn >= date);
}

/** At work that day: employed and not absent. */
export function presentOn(
  member: ContinuityMember | undefined,
  absences: readonly ContinuityAbsence[],
  date: string,
): boolean {
  return member !== undefined && employedOn(member, date) && absenceOn(absences, member.id, date) === undefined;
}

const minutesOf = (intervals: readonly Interval[]) => intervals.reduce((sum, i) => sum + (i.closes - i.opens), 0);

function pointGap(input: ContinuityInput, point: ContinuityPoint, date: string, intervals: Interval[]): Gap | null {
  const byId = new Map(input.members.map((m) => [m.id, m]));
  const people = input.members.filter(
    (m) => employedOn(m, date) && (m.servicePointId === null || m.servicePointId === point.id),
  );
  const base = { date, pointId: point.id, pointName: point.name, intervals, minutes: minutesOf(intervals) };
  if (people.length === 0) return { ...base, reason: 'no_staff', absentees: [] };
  if (people.some((m) => presentOn(m, input.absences, date))) return null;
  const absentees = people.map((m): GapAbsentee => {
    const absence = absenceOn(input.absences, m.id, date)!;
    const substitute = absence.substituteId ? byId.get(absence.substituteId) : undefined;
    return {
      memberId: m.id,
      name: m.name,
      kind: absence.kind,
      substituteId: absence.substituteId,
      substituteName: substitute?.name ?? null,
      substituteAbsent: absence.substituteId !== null && !presentOn(substitute, input.absences, date),
    };
  });
  // BV-3.9: a substitute at work stands in for the absent person at their point.
  if (absentees.some((a) => a.substituteId !== null && !a.substituteAbsent)) return null;
  return { ...base, reason: 'all_absent', absentees };
}

/** Every day from `from` to `to` (inclusive), every point open that day: the uncovered ones. */
export function continuity(input: ContinuityInput): ContinuityResult {
  const result: ContinuityResult = { openDays: 0, openMinutes: 0, gaps: [] };
  for (let date = input.from; date <= input.to; date = addDays(date, 1)) {
    for (const point of input.points) {
      const day = hoursOn(point.hours, date, input.calendar);
      if (!day.open) continue;
      result.openDays += 1;
      result.openMinutes += minutesOf(day.intervals);
      const gap = pointGap(input, point, date, day.intervals);
      if (gap) result.gaps.push(gap);
    }
  }
  return result;
}
