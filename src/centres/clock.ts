// Times of day as minutes after midnight ("08:30" ⇄ 510) and sets of intervals: the arithmetic behind opening
// and reception hours. Pure functions, no I/O.
import type { FieldIssue } from '../platform/errors.ts';

/** [opens, closes) in minutes after midnight; closes may be 1440 (24:00). */
export interface Interval {
  opens: number;
  closes: number;
}

/** "HH:MM", 00:00 … 24:00 (24:00 only as a closing time). */
export const CLOCK_PATTERN = '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$';

export function parseClock(value: string): number {
  const [h = '0', m = '0'] = value.split(':');
  return Number(h) * 60 + Number(m);
}

export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export interface ClockInterval {
  opens: string;
  closes: string;
}

export const toClock = (i: Interval): ClockInterval => ({ opens: formatClock(i.opens), closes: formatClock(i.closes) });

/**
 * Parses one day's intervals given as "HH:MM" and checks them: each opens before it closes, none opens at 24:00,
 * and they are in order without overlapping. Problems name the field under `pointer` (…/intervals/1/closes).
 */
export function parseDay(
  intervals: readonly ClockInterval[],
  pointer: string,
): { intervals: Interval[]; issues: FieldIssue[] } {
  const parsed = intervals.map((i) => ({ opens: parseClock(i.opens), closes: parseClock(i.closes) }));
  const issues: FieldIssue[] = [];
  parsed.forEach((interval, k) => {
    if (interval.opens >= 1440) issues.push({ field: `${pointer}/${k}/opens`, code: 'field_pattern' });
    else if (interval.closes <= interval.opens) issues.push({ field: `${pointer}/${k}/closes`, code: 'hours_order' });
    else if (k > 0 && interval.opens < parsed[k - 1]!.closes)
      issues.push({ field: `${pointer}/${k}/opens`, code: 'hours_overlap' });
  });
  return { intervals: parsed, issues };
}

/** Total minutes covered by intervals (which may overlap: they can come from several points). */
export function unionMinutes(intervals: readonly Interval[]): number {
  const sorted = [...intervals].sort((a, b) => a.opens - b.opens);
  let total = 0;
  let start = -1;
  let end = -1;
  for (const i of sorted) {
    if (i.opens > end) {
      total += end - start;
      start = i.opens;
      end = i.closes;
    } else if (i.closes > end) {
      end = i.closes;
    }
  }
  return total + (end - start);
}

/** Takes `minutes` off the end of the day (Labour Law s.135), across intervals when the last one is shorter. */
export function shortenEnd(intervals: readonly Interval[], minutes: number): Interval[] {
  const out = intervals.map((i) => ({ ...i }));
  let left = minutes;
  while (left > 0 && out.length > 0) {
    const last = out[out.length - 1]!;
    const length = last.closes - last.opens;
    if (length > left) {
      last.closes -= left;
      left = 0;
    } else {
      out.pop();
      left -= length;
    }
  }
  return out;
}
