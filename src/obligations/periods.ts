// Periods of recurring duties, named the way people say them: 2026-Q4, 2026, 2026-2028 — and 2026/1, 2026/2 when
// a duty is owed several times in one period (CR-11: two committee meetings a year).
// Three-year periods are counted from 2017, the year CR and SR came into force: 2017–2019, 2020–2022, 2023–2025,
// 2026–2028. The law says "at least once every three years"; fixed periods make that checkable and the same for all.
import { FIRST_YEAR, LAST_YEAR } from '../platform/calendar/calendar.ts';
import { addDays } from '../platform/time.ts';
import type { Frequency, Recurrence } from './rule-model.ts';

export const THREE_YEAR_ANCHOR = 2017;

export interface Period {
  /** e.g. '2026-Q4', '2026', '2026-2028', '2026/2' */
  key: string;
  /** First and last day of the period, YYYY-MM-DD. */
  first: string;
  last: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function span(every: Frequency, year: number, quarter = 1): Omit<Period, 'key'> & { base: string } {
  if (every === 'quarter') {
    const endMonth = quarter * 3;
    return {
      base: `${year}-Q${quarter}`,
      first: `${year}-${pad(endMonth - 2)}-01`,
      last: `${year}-${pad(endMonth)}-${lastDayOfMonth(year, endMonth)}`,
    };
  }
  if (every === 'year') return { base: String(year), first: `${year}-01-01`, last: `${year}-12-31` };
  const start = year - ((((year - THREE_YEAR_ANCHOR) % 3) + 3) % 3);
  return { base: `${start}-${start + 2}`, first: `${start}-01-01`, last: `${start + 2}-12-31` };
}

/** The periods (one per occurrence) of a recurrence that contain `date`. */
export function periodsContaining(recurrence: Pick<Recurrence, 'every' | 'times'>, date: string): Period[] {
  const year = Number(date.slice(0, 4));
  const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
  const { base, first, last } = span(recurrence.every, year, quarter);
  return occurrences(recurrence, base, first, last);
}

/** The periods just before those containing `date`. */
export function previousPeriods(recurrence: Pick<Recurrence, 'every' | 'times'>, date: string): Period[] {
  const [current] = periodsContaining(recurrence, date);
  return periodsContaining(recurrence, addDays(current!.first, -1));
}

function occurrences(recurrence: Pick<Recurrence, 'times'>, base: string, first: string, last: string): Period[] {
  const times = recurrence.times ?? 1;
  if (times === 1) return [{ key: base, first, last }];
  return Array.from({ length: times }, (_, i) => ({ key: `${base}/${i + 1}`, first, last }));
}

/** Reads a period key of the given recurrence; undefined when it is not one of its periods. */
export function parsePeriod(recurrence: Pick<Recurrence, 'every' | 'times'>, key: string): Period | undefined {
  const [base = '', occurrence] = key.split('/');
  const times = recurrence.times ?? 1;
  if (
    times === 1
      ? occurrence !== undefined
      : !(Number(occurrence) >= 1 && Number(occurrence) <= times && /^\d$/.test(occurrence ?? ''))
  )
    return undefined;
  const match = /^(\d{4})(?:-Q([1-4])|-(\d{4}))?$/.exec(base);
  if (!match) return undefined;
  const year = Number(match[1]);
  // The last calendar year is left out: a period's due date may fall in the year after it.
  if (year < FIRST_YEAR || year >= LAST_YEAR) return undefined;
  const found = span(recurrence.every, year, Number(match[2] ?? 1));
  if (found.base !== base) return undefined;
  return { key, first: found.first, last: found.last };
}

/** Where the clock of one period starts (see Recurrence.clockStarts). */
export function clockStart(recurrence: Pick<Recurrence, 'clockStarts'>, period: Period): string {
  return recurrence.clockStarts === 'period_start' ? period.first : addDays(period.last, 1);
}
