// Who receives at a centre on a day: the institution's reception hours in force (published versions, owned by
// centres) on the calendar, less the days of an absence without a substitute (CR-19.3), with the substitute named
// for a substitution (CR-19.4) and the officers assigned (CR-19.1). Pure: versions, notices and calendar in.
//
// An absence is the institution's at that centre for whole days: with one officer per institution and centre (the
// usual case), the officer's absence means nobody of the institution receives there those days (DR-26.1.11: the
// centre serves those clients). A substitution keeps the hours: the substitute receives.
import { hoursOn, type DayCalendar, type Interval } from '../centres/index.ts';

export interface VersionIn {
  institutionId: string;
  validFrom: string;
  validUntil: string | null;
  days: Partial<Record<number, Interval[]>>;
}

export interface NoticeIn {
  id: string;
  institutionId: string;
  kind: string;
  officerPosition: string | null;
  officerName: string | null;
  officerSurname: string | null;
  substitutePosition: string | null;
  substituteName: string | null;
  substituteSurname: string | null;
  effectiveFrom: string;
  effectiveUntil: string | null;
  reason: string | null;
}

export interface Person {
  position: string;
  name: string;
  surname: string;
}

export type PresenceStatus = 'receiving' | 'substituted' | 'absent';

export interface InstitutionDay {
  institutionId: string;
  /** Reception hours of the day on the calendar (before the absence is taken off). */
  intervals: Interval[];
  status: PresenceStatus;
  officers: Person[];
  substitute: Person | null;
  /** CR-19.3: why the absent officer cannot be replaced. */
  absenceReason: string | null;
}

const covers = (n: { effectiveFrom: string; effectiveUntil: string | null }, date: string) =>
  n.effectiveFrom <= date && (n.effectiveUntil === null || date <= n.effectiveUntil);

const personOf = (p: string | null, n: string | null, s: string | null): Person | null =>
  p && n && s ? { position: p, name: n, surname: s } : null;

/** The officers assigned and in office on the day: each assignment until the next one of the same person. */
export function officersOn(notices: readonly NoticeIn[], institutionId: string, date: string): Person[] {
  const seen = new Set<string>();
  return notices
    .filter((n) => n.kind === 'assignment' && n.institutionId === institutionId && covers(n, date))
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))
    .flatMap((n) => {
      const p = personOf(n.officerPosition, n.officerName, n.officerSurname);
      const key = `${n.officerName}|${n.officerSurname}`.toLowerCase();
      if (!p || seen.has(key)) return [];
      seen.add(key);
      return [p];
    });
}

/** The institution's presence at the centre on the day; undefined when it has no reception hours that day. */
export function institutionDay(
  institutionId: string,
  versions: readonly VersionIn[],
  notices: readonly NoticeIn[],
  date: string,
  calendar: DayCalendar,
): InstitutionDay | undefined {
  const schedules = versions
    .filter((v) => v.institutionId === institutionId)
    .map((v) => ({ label: null, validFrom: v.validFrom, validUntil: v.validUntil, days: v.days }));
  if (schedules.length === 0) return undefined;
  const day = hoursOn({ schedules, exceptions: [] }, date, calendar);
  if (!day.open) return undefined;
  const mine = notices.filter((n) => n.institutionId === institutionId && covers(n, date));
  // The notice entered last wins when an absence and a substitution cover the same day (a substitute found later).
  const latest = mine.filter((n) => n.kind === 'absence' || n.kind === 'substitution').at(-1);
  const officers = officersOn(notices, institutionId, date);
  if (latest?.kind === 'absence')
    return {
      institutionId,
      intervals: day.intervals,
      status: 'absent',
      officers,
      substitute: null,
      absenceReason: latest.reason,
    };
  if (latest?.kind === 'substitution')
    return {
      institutionId,
      intervals: day.intervals,
      status: 'substituted',
      officers,
      substitute: personOf(latest.substitutePosition, latest.substituteName, latest.substituteSurname),
      absenceReason: null,
    };
  return {
    institutionId,
    intervals: day.intervals,
    status: 'receiving',
    officers,
    substitute: null,
    absenceReason: null,
  };
}

/** Every institution's presence at the centre on the day (those with reception hours that day), in a stable order. */
export function centreDay(
  versions: readonly VersionIn[],
  notices: readonly NoticeIn[],
  date: string,
  calendar: DayCalendar,
): InstitutionDay[] {
  const institutions = [...new Set(versions.map((v) => v.institutionId))].sort();
  return institutions.flatMap((id) => institutionDay(id, versions, notices, date, calendar) ?? []);
}

/** Whether the institution's absence without a substitute covers the day (DR-26.1.11: the counter serves then). */
export function absentOn(notices: readonly NoticeIn[], institutionId: string, date: string): boolean {
  const latest = notices
    .filter(
      (n) =>
        n.institutionId === institutionId && (n.kind === 'absence' || n.kind === 'substitution') && covers(n, date),
    )
    .at(-1);
  return latest?.kind === 'absence';
}
