// Dates, times and names as people in Latvia read them: 23.11.2026. and 23.11.2026. 14:05 in Riga time,
// whatever the browser's time zone; names sorted by the Latvian alphabet (Č after C, Ķ after K…).
const ZONE = 'Europe/Riga';

const dateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function partsOf(instant: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of dateParts.formatToParts(instant)) out[p.type] = p.value;
  return out;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-11-23" (a calendar date) or an ISO instant → "23.11.2026." */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    const m = DATE_ONLY.exec(value);
    // A calendar date has no time zone: shifting it through Date would move it a day in some zones.
    if (m) return `${m[3]}.${m[2]}.${m[1]}.`;
  }
  const p = partsOf(new Date(value));
  return `${p.day}.${p.month}.${p.year}.`;
}

/** An ISO instant → "23.11.2026. 14:05" in Riga time. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const p = partsOf(new Date(value));
  return `${p.day}.${p.month}.${p.year}. ${p.hour}:${p.minute}`;
}

/** Today's date in Riga as YYYY-MM-DD (what date inputs and the API use). */
export function rigaToday(now: Date = new Date()): string {
  const p = partsOf(now);
  return `${p.year}-${p.month}-${p.day}`;
}

export const collator = new Intl.Collator('lv', { sensitivity: 'base', numeric: true });

/** A copy sorted by the Latvian alphabet. */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
}

/** The last day before an exclusive end instant ("works until 00:00 on 1 July" → "30.06.2026."). */
export function formatLastDay(endInstant: string): string {
  return formatDate(new Date(Date.parse(endInstant) - 1));
}
