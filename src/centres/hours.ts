// Opening hours of a service point on a date (BV-1.8: each point has its own hours), respecting the working-day
// calendar: closed on public holidays and on days off moved by the Cabinet; a working Saturday opens with the hours
// of the weekday it replaces; the working day before a holiday is one hour shorter (Labour Law s.135). An exception
// entered for the date (a closure or special hours) wins over all of that. Pure: the calendar is passed in.
import type { DayInfo } from '../platform/calendar/calendar.ts';
import { addDays } from '../platform/time.ts';
import { shortenEnd, type Interval } from './clock.ts';

export interface Schedule {
  label: string | null;
  /** Both null: the default schedule; otherwise a seasonal variant valid within the dates (inclusive). */
  validFrom: string | null;
  validUntil: string | null;
  /** Intervals per ISO weekday (1 = Monday … 7 = Sunday); a missing or empty day is closed. */
  days: Partial<Record<number, Interval[]>>;
}

export interface HoursException {
  startsOn: string;
  endsOn: string;
  closed: boolean;
  intervals: Interval[];
  reason: string;
}

export interface PointHours {
  schedules: Schedule[];
  exceptions: HoursException[];
}

export type HoursReason =
  | 'regular'
  | 'shortened'
  | 'working_saturday'
  | 'public_holiday'
  | 'transferred_day_off'
  | 'exception'
  | 'no_schedule';

export interface DayHours {
  date: string;
  weekday: number;
  open: boolean;
  intervals: Interval[];
  reason: HoursReason;
  /** Labour Law s.135: the day's last hour was taken off. */
  shortened: boolean;
  /** The holiday's name, when closed for one. */
  holidayLv?: string;
  holidayEn?: string;
  /** A working Saturday: the weekday whose hours it keeps; a transferred day off: the Saturday worked instead. */
  pairedWith?: string;
  /** Why an exception applies ("Remonts"). */
  exceptionReason?: string;
  /** The schedule's label (e.g. "Vasaras darba laiks"). */
  scheduleLabel?: string | null;
}

/** What hoursOn needs of the calendar (WorkingCalendar satisfies it). */
export interface DayCalendar {
  day(date: string): DayInfo;
}

/** Days off given by the holiday law (not by a Cabinet transfer). */
const HOLIDAY_REASONS = new Set(['public_holiday', 'substitute_day_off', 'one_off_holiday']);
/** Labour Law s.135: one hour. */
const SHORTENED_BY_MINUTES = 60;

const covers = (from: string | null, until: string | null, date: string) =>
  (from === null || from <= date) && (until === null || until >= date);

/**
 * The schedule in force on a date: a seasonal variant covering it wins over the default; among several variants the
 * one that started last (the most specific) wins.
 */
export function scheduleOn(schedules: readonly Schedule[], date: string): Schedule | undefined {
  const candidates = schedules.filter((s) => covers(s.validFrom, s.validUntil, date));
  return candidates.sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? ''))[0];
}

/** The exception covering the date; when several do, the one entered last (the list is in entry order). */
export function exceptionOn(exceptions: readonly HoursException[], date: string): HoursException | undefined {
  return exceptions.filter((e) => e.startsOn <= date && e.endsOn >= date).at(-1);
}

export function weekdayOf(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function hoursOn(point: PointHours, date: string, calendar: DayCalendar): DayHours {
  const info = calendar.day(date);
  const base = { date, weekday: info.weekday, shortened: false };
  const closed = (reason: HoursReason, extra: Partial<DayHours> = {}): DayHours => ({
    ...base,
    open: false,
    intervals: [],
    reason,
    ...extra,
  });

  const exception = exceptionOn(point.exceptions, date);
  if (exception) {
    const intervals = exception.closed ? [] : exception.intervals;
    return { ...base, open: intervals.length > 0, intervals, reason: 'exception', exceptionReason: exception.reason };
  }
  if (info.reason && HOLIDAY_REASONS.has(info.reason)) {
    return closed('public_holiday', { holidayLv: info.nameLv ?? '', holidayEn: info.nameEn ?? '' });
  }
  if (info.reason === 'transferred_day_off')
    return closed('transferred_day_off', info.pairedWith ? { pairedWith: info.pairedWith } : {});

  const schedule = scheduleOn(point.schedules, date);
  if (!schedule) return closed('no_schedule');
  const workingSaturday = info.reason === 'working_saturday' && info.pairedWith !== undefined;
  const weekday = workingSaturday ? weekdayOf(info.pairedWith!) : info.weekday;
  let intervals = schedule.days[weekday] ?? [];
  const shortened = info.shortened && intervals.length > 0;
  if (shortened) intervals = shortenEnd(intervals, SHORTENED_BY_MINUTES);
  return {
    ...base,
    open: intervals.length > 0,
    intervals,
    shortened,
    reason: workingSaturday ? 'working_saturday' : shortened ? 'shortened' : 'regular',
    scheduleLabel: schedule.label,
    ...(workingSaturday ? { pairedWith: info.pairedWith! } : {}),
  };
}

/** Monday … Sunday of the ISO week containing the date. */
export function weekOf(date: string): string[] {
  const monday = addDays(date, 1 - weekdayOf(date));
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}
