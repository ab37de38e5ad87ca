// Dates, times, numbers and names as people in Latvia read them, in one place: 23.11.2026. and 23.11.2026. 14:05
// in Riga time whatever the browser's time zone; 3,4 and 14,23 € with the decimal comma (the English UI gets 3.4 and
// €14.23); names sorted by the Latvian alphabet (Č after C, Ķ after K…) and searched without diacritics.
import type { Lang } from '../i18n/messages.ts';

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

/** The UI's language as a locale for Intl: Latvian numbers use a decimal comma and a space between thousands. */
const localeOf = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'lv-LV');

/** A number in the UI's language, with at most `fractionDigits` decimals (0 by default). */
export function formatNumber(lang: Lang, value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: fractionDigits }).format(value);
}

/** 14.23 → "14,23 €" in Latvian, "€14.23" in English. */
export function formatEur(lang: Lang, amount: number): string {
  const fixed = amount.toFixed(2);
  return lang === 'lv' ? `${fixed.replace('.', ',')}\u00a0€` : `€${fixed}`;
}

/** A quality score as people read it: 91,5 in Latvian, 91.5 in English. */
export function formatScore(lang: Lang, score: number): string {
  const text = Number.isInteger(score) ? String(score) : score.toFixed(1);
  return lang === 'lv' ? text.replace('.', ',') : text;
}

/** A distance in km: "12", or "3,4" below 10 km. */
export function formatKm(km: number, lang: Lang): string {
  return formatNumber(lang, km, km < 10 ? 1 : 0);
}

/** Lower case without diacritics, for searching as people type: "cesu" finds "Cēsu". */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
