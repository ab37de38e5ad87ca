// What the public finder says about a centre's days and this minute, on top of hours.ts: a centre whose closing
// deadline (DR-12.3) has passed has ceased, whatever its points' schedules say, and "open now" is the Riga wall
// clock inside one of today's intervals. Pure: the hours and "now" are passed in.
import type { CentreStatus } from './tables.ts';
import { RIGA } from '../platform/time.ts';
import type { DayHours, HoursReason } from './hours.ts';

/** A day as the public sees it: `centre_closed` for a day after the centre's closing deadline. */
export type PublicDayHours = Omit<DayHours, 'reason'> & { reason: HoursReason | 'centre_closed' };

/** The part of a centre row these rules read. */
export interface ClosingFacts {
  status: CentreStatus;
  closing_deadline: string | null;
}

/**
 * DR-12.3: a centre being liquidated ceases by its deadline. Until the staff record the closure it is still
 * `liquidation_decided` in the directory, but from the day after the deadline the public sees it closed.
 */
export function ceasedOn(centre: ClosingFacts, date: string): boolean {
  return centre.status === 'liquidation_decided' && centre.closing_deadline !== null && date > centre.closing_deadline;
}

/** The status the public sees today. */
export function publicStatus(centre: ClosingFacts, today: string): CentreStatus {
  return ceasedOn(centre, today) ? 'closed' : centre.status;
}

/** The point's day, or closed without hours when the centre has ceased by then. */
export function publicDay(centre: ClosingFacts, day: DayHours): PublicDayHours {
  if (!ceasedOn(centre, day.date)) return day;
  return {
    date: day.date,
    weekday: day.weekday,
    open: false,
    intervals: [],
    reason: 'centre_closed',
    shortened: false,
  };
}

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: RIGA,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * Minutes after midnight on Riga's wall clock. Not the time elapsed since midnight: on the two days a year the
 * clocks change (at 03:00/04:00) those differ by an hour, and opening hours are wall-clock times.
 */
export function rigaMinuteOfDay(instant: Date): number {
  const parts = wallClock.formatToParts(instant);
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return value('hour') * 60 + value('minute');
}

/** Open at this minute: inside one of the day's intervals, which open at their first minute and close at `closes`. */
export function openAt(day: PublicDayHours, minute: number): boolean {
  return day.intervals.some((i) => i.opens <= minute && minute < i.closes);
}
