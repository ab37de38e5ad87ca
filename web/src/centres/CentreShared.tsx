// Shapes of the centres API (derived from the generated schema) and how hours read in the UI:
// "08:00–12:00, 12:30–17:00", "Slēgts — Latvijas Republikas proklamēšanas diena".
import type { ApiResponse, Item, ItemOf } from '../api/types.ts';
import { formatDate } from '../shared/format.ts';
import type { Lang, Messages } from '../i18n/messages.ts';
import { fill } from '../i18n/messages.ts';

/** GET /api/v1/centres/{id}. */
export type CentreDetail = ApiResponse<'getCentre'>;
export type CentreKind = NonNullable<CentreDetail['kind']>;
export type CentreStatus = CentreDetail['status'];
export type CentreAction = Item<CentreDetail['actions']>;
export type CentreRight = Item<CentreDetail['rights']>;
export type Channels = Pick<CentreDetail, 'email' | 'phone' | 'eAddress' | 'website'>;
/** Counts changes of the details and weekly hours in `version`: sent as If-Match to change them. */
export type PointOut = Item<CentreDetail['points']>;
export type Schedule = Item<PointOut['schedules']>;
export type Weekday = Item<Schedule['days']>;
export type Interval = Item<Weekday['intervals']>;
export type ReceptionOut = Item<CentreDetail['reception']>;
/** GET /api/v1/point-functions. */
export type PointFunction = ItemOf<'listPointFunctions'>;

/** GET /api/v1/public/centres: `status` as the public sees it, `closed` from the day after the closing deadline. */
export type PublicCentreSummary = ItemOf<'listPublicCentres'>;
/** GET /api/v1/public/centres/{id}. */
export type PublicCentre = ApiResponse<'getPublicCentre'>;
/** centre_closed: a day after the closing deadline of a centre being liquidated (DR-12.3). */
export type DayHours = Item<PublicCentre['points']>['today'];

/** GET /api/v1/centres/{id}/compliance. */
export type Compliance = ApiResponse<'getCentreCompliance'>;

export const CENTRE_KINDS: CentreKind[] = ['county', 'regional', 'national'];
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function weekdayName(m: Messages, weekday: number): string {
  return m.centres.weekdays[String(weekday) as keyof Messages['centres']['weekdays']] ?? String(weekday);
}

export function intervalsText(intervals: readonly Interval[]): string {
  return intervals.map((i) => `${i.opens}–${i.closes}`).join(', ');
}

/** A week in one line: "Otrdiena 09:00–16:00; Ceturtdiena 10:00–14:00", or `none` when no day has hours. */
export function weekText(m: Messages, days: readonly Weekday[], none: string): string {
  return (
    days
      .filter((d) => d.intervals.length > 0)
      .map((d) => `${weekdayName(m, d.weekday)} ${intervalsText(d.intervals)}`)
      .join('; ') || none
  );
}

/** "08:00-12:00, 12:30–17:00" → intervals; null when it does not read as that (the API checks the rest). */
export function parseIntervalsText(text: string): Interval[] | null {
  const trimmed = text.trim();
  if (!trimmed) return [];
  const out: Interval[] = [];
  for (const part of trimmed.split(/[,;]/)) {
    const match = /^\s*(\d{1,2}):(\d{2})\s*[-–—]\s*(\d{1,2}):(\d{2})\s*$/.exec(part);
    if (!match) return null;
    const [, h1 = '', m1 = '', h2 = '', m2 = ''] = match;
    out.push({ opens: `${h1.padStart(2, '0')}:${m1}`, closes: `${h2.padStart(2, '0')}:${m2}` });
  }
  return out;
}

/** One day's hours in words: the intervals, or closed and why. */
export function dayHoursText(m: Messages, lang: Lang, day: DayHours): string {
  if (day.open) {
    const text = intervalsText(day.intervals);
    if (day.reason === 'exception' && day.exceptionReason) return `${text} (${day.exceptionReason})`;
    if (day.reason === 'working_saturday' && day.pairedWith)
      return `${text} (${fill(m.centres.workingSaturday, { date: formatDate(day.pairedWith) })})`;
    if (day.shortened) return `${text} (${m.centres.shortened})`;
    return text;
  }
  const holiday = lang === 'en' ? day.holidayEn : day.holidayLv;
  if (day.reason === 'public_holiday' && holiday) return `${m.centres.closed} — ${holiday}`;
  if (day.reason === 'transferred_day_off' && day.pairedWith)
    return `${m.centres.closed} — ${fill(m.centres.transferredDayOff, { date: formatDate(day.pairedWith) })}`;
  if (day.reason === 'exception' && day.exceptionReason) return `${m.centres.closed} — ${day.exceptionReason}`;
  if (day.reason === 'centre_closed') return `${m.centres.closed} — ${m.centres.ceased}`;
  return m.centres.closed;
}

export function functionName(lang: Lang, f: PointFunction): string {
  return lang === 'en' ? f.nameEn : f.nameLv;
}
