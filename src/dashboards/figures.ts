// The dashboard's figures from day counts, in memory (pure): buckets by month or ISO week, totals, channels, types,
// and the same figures of the period before (as long as the one asked, ending the day before it starts).
import { addDays } from '../platform/time.ts';

export type Bucket = 'month' | 'week';

export interface DayCount {
  day: string;
  type: string;
  channel: string;
  n: number;
  delayed: number;
}

export interface Totals {
  contacts: number;
  applications: number;
  eservicesFiled: number;
  delayed: number;
  complaints: number;
}

export interface PeriodRow extends Totals {
  period: string;
}

export interface KeyCount {
  key: string;
  count: number;
  previous: number;
}

/** The days between two dates, both counted. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The period just before [from, to], of the same number of days. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const length = daysBetween(from, to);
  return { from: addDays(from, -length), to: addDays(from, -1) };
}

/** The first day of the bucket holding the day: the 1st of its month, or the Monday of its ISO week. */
export function bucketOf(day: string, by: Bucket): string {
  if (by === 'month') return `${day.slice(0, 7)}-01`;
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** Every bucket that [from, to] touches, in order (empty buckets are shown as zero, not left out). */
export function bucketsOf(from: string, to: string, by: Bucket): string[] {
  const out: string[] = [];
  let b = bucketOf(from, by);
  while (b <= to) {
    out.push(b);
    if (by === 'week') b = addDays(b, 7);
    else {
      const [y, m] = [Number(b.slice(0, 4)), Number(b.slice(5, 7))];
      b = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    }
  }
  return out;
}

const zero = (): Totals => ({ contacts: 0, applications: 0, eservicesFiled: 0, delayed: 0, complaints: 0 });

function add(t: Totals, c: DayCount): void {
  t.contacts += c.n;
  t.delayed += c.delayed;
  if (c.type === 'application_accepted') t.applications += c.n;
  if (c.type === 'eservice_filed_on_behalf') t.eservicesFiled += c.n;
}

export function totalsOf(contacts: readonly DayCount[], complaints: readonly { n: number }[]): Totals {
  const t = zero();
  for (const c of contacts) add(t, c);
  t.complaints = complaints.reduce((s, c) => s + c.n, 0);
  return t;
}

export function seriesOf(
  contacts: readonly DayCount[],
  complaints: readonly { day: string; n: number }[],
  from: string,
  to: string,
  by: Bucket,
): PeriodRow[] {
  const rows = new Map(bucketsOf(from, to, by).map((period) => [period, { period, ...zero() }]));
  for (const c of contacts) {
    const row = rows.get(bucketOf(c.day, by));
    if (row) add(row, c);
  }
  for (const c of complaints) {
    const row = rows.get(bucketOf(c.day, by));
    if (row) row.complaints += c.n;
  }
  return [...rows.values()];
}

/** Counts by a column with the previous period's beside them; every key of `keys` shown, most first. */
export function byKey(
  keys: readonly string[],
  current: readonly DayCount[],
  previous: readonly DayCount[],
  column: 'type' | 'channel',
): KeyCount[] {
  const count = (list: readonly DayCount[], key: string) =>
    list.filter((c) => c[column] === key).reduce((s, c) => s + c.n, 0);
  return keys
    .map((key) => ({ key, count: count(current, key), previous: count(previous, key) }))
    .sort((a, b) => b.count - a.count || b.previous - a.previous || a.key.localeCompare(b.key));
}
