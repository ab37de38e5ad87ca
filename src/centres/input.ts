// Turning request input into checked values: weekly days of "HH:MM" intervals, dates inside the calendar's range,
// trimmed text. Problems name the field as a JSON pointer.
import { FIRST_YEAR, LAST_YEAR } from '../platform/calendar/calendar.ts';
import { ValidationError, type FieldIssue } from '../platform/errors.ts';
import { isIsoDate } from '../platform/time.ts';
import { parseDay, type Interval } from './clock.ts';
import type { DayInput } from './schemas.ts';

export type Days = Partial<Record<number, Interval[]>>;

export { clean } from '../organisations/index.ts';

/** Weekdays given once each, their intervals in order and not overlapping. */
export function parseDays(days: readonly DayInput[], pointer: string): { days: Days; issues: FieldIssue[] } {
  const out: Days = {};
  const issues: FieldIssue[] = [];
  days.forEach((day, k) => {
    if (out[day.weekday]) {
      issues.push({ field: `${pointer}/${k}/weekday`, code: 'weekday_duplicate' });
      return;
    }
    const parsed = parseDay(day.intervals, `${pointer}/${k}/intervals`);
    issues.push(...parsed.issues);
    out[day.weekday] = parsed.intervals;
  });
  return { days: out, issues };
}

/** A real date that the working-day calendar covers (FIRST_YEAR–LAST_YEAR: 1990–2100). */
export function dateIssue(value: string, field: string): FieldIssue | undefined {
  if (!isIsoDate(value)) return { field, code: 'field_format', params: { format: 'date' } };
  const year = Number(value.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) return { field, code: 'field_date_range' };
  return undefined;
}

export function checkDate(value: string, field: string): string {
  const issue = dateIssue(value, field);
  if (issue) throw new ValidationError([issue]);
  return value;
}

export function throwIfAny(issues: FieldIssue[]): void {
  if (issues.length > 0) throw new ValidationError(issues);
}
