// Calendar dates as day numbers (days since 1970-01-01, UTC), with no time zone anywhere: a legal date is a
// date, not an instant, so the server's TZ can never move a deadline. The supported range is fixed and every
// date string of it is made once, so turning a day number back into "YYYY-MM-DD" allocates nothing.
const DAY_MS = 86_400_000;
/**
 * 1990: the year of the holiday law (3 October 1990) whose list of holidays the shipped facts version forward; the
 * holidays of earlier years were another state's. 2100: far enough for any deadline asked of the system today.
 */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;

/** A date outside FIRST_YEAR…LAST_YEAR, or a deadline that would end outside it. */
export class CalendarRangeError extends Error {}

/** Not a real calendar date written YYYY-MM-DD (2026-02-30, 2026-2-3, …). */
export class CalendarDateError extends Error {}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil): no Date object. */
export function civilDay(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export const EPOCH = civilDay(FIRST_YEAR, 1, 1);
export const RANGE_DAYS = civilDay(LAST_YEAR + 1, 1, 1) - EPOCH;

let table: string[] | undefined;

/** Every date string of the range, by range index. */
function dates(): string[] {
  if (table) return table;
  table = new Array<string>(RANGE_DAYS);
  for (let i = 0; i < RANGE_DAYS; i++) table[i] = new Date((EPOCH + i) * DAY_MS).toISOString().slice(0, 10);
  return table;
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/** Day number of a YYYY-MM-DD string; garbage gives garbage (rangeIndex() is the checked way in). */
export function dayNumber(date: string): number {
  const y = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const m = digit(date, 5) * 10 + digit(date, 6);
  const d = digit(date, 8) * 10 + digit(date, 9);
  return civilDay(y, m, d);
}

/**
 * Index of a date in the supported range. Refuses anything that is not exactly a real date in the range: a
 * parsed "2026-02-30" lands on 2 March, whose string differs, so the one comparison also checks validity.
 */
export function rangeIndex(date: string, field = 'date'): number {
  const i = dayNumber(date) - EPOCH;
  if (!(i >= 0 && i < RANGE_DAYS)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new CalendarDateError(`${field} ${date} is not a date (YYYY-MM-DD)`);
    throw new CalendarRangeError(`${field} ${date} is outside the calendar's range ${FIRST_YEAR}–${LAST_YEAR}`);
  }
  if (dates()[i] !== date) throw new CalendarDateError(`${field} ${date} is not a date (YYYY-MM-DD)`);
  return i;
}

/** YYYY-MM-DD of a day number (inside the range from the table, outside it through Date). */
export function dateOf(day: number): string {
  const i = day - EPOCH;
  if (i >= 0 && i < RANGE_DAYS) return dates()[i]!;
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** True for a real calendar date written YYYY-MM-DD inside the supported range. */
export function isCalendarDate(value: string): boolean {
  try {
    rangeIndex(value);
    return true;
  } catch {
    return false;
  }
}

/** The last day of a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return civilDay(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - civilDay(year, month, 1);
}

/** Easter Sunday (Gregorian, the anonymous algorithm), as a day number. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return civilDay(year, month, day);
}

/** "2026-06-22" → "22.06.2026." (how dates are written in Latvian texts). */
export function lvDate(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}.`;
}
