// Shapes of the centres API (src/centres/presenters.ts, public-presenters.ts) and how hours read in the UI:
// "08:00–12:00, 12:30–17:00", "Slēgts — Latvijas Republikas proklamēšanas diena".
import { formatDate } from '../format.ts';
import type { Lang, Messages } from '../i18n/messages.ts';
import { fill } from '../i18n/messages.ts';

export type CentreKind = 'county' | 'regional' | 'national';
export type CentreStatus = 'planned' | 'operating' | 'liquidation_decided' | 'closed';
export type CentreAction = 'open' | 'decide_liquidation' | 'cancel_liquidation' | 'close' | 'cancel_plan';
export type CentreRight = 'edit_details' | 'edit_contacts' | 'edit_points' | 'edit_reception' | 'transition';

export interface Interval {
  opens: string;
  closes: string;
}
export interface Weekday {
  weekday: number;
  intervals: Interval[];
}
export interface PointFunction {
  code: string;
  nameLv: string;
  nameEn: string;
}

export interface DayHours {
  date: string;
  weekday: number;
  open: boolean;
  intervals: Interval[];
  /** centre_closed: a day after the closing deadline of a centre being liquidated (DR-12.3). */
  reason:
    | 'regular'
    | 'shortened'
    | 'working_saturday'
    | 'public_holiday'
    | 'transferred_day_off'
    | 'exception'
    | 'no_schedule'
    | 'centre_closed';
  shortened: boolean;
  holidayLv: string | null;
  holidayEn: string | null;
  pairedWith: string | null;
  exceptionReason: string | null;
  scheduleLabel: string | null;
}

export interface Channels {
  email: string | null;
  phone: string | null;
  eAddress: string | null;
  website: string | null;
}

export interface PublicCentreSummary {
  id: string;
  name: string;
  kind: CentreKind | null;
  /** As the public sees it: `closed` from the day after the closing deadline. */
  status: CentreStatus;
  closingDeadline: string | null;
  openNow: boolean;
  municipality: { id: string; name: string };
  placeName: string | null;
  /** The centre's, or its municipality's. */
  phone: string | null;
  email: string | null;
  addresses: string[];
  locations: { pointId: string; name: string; address: string; latitude: number | null; longitude: number | null }[];
}

export interface PublicCentre extends PublicCentreSummary {
  date: string;
  contacts: Channels;
  municipalityContacts: Channels;
  points: {
    id: string;
    name: string;
    address: string;
    phone: string | null;
    email: string | null;
    functions: PointFunction[];
    today: DayHours;
    week: DayHours[];
  }[];
  reception: {
    institution: Channels & { id: string; name: string; shortName: string | null };
    validFrom: string;
    validUntil: string | null;
    days: Weekday[];
  }[];
  services: { id: string; name: string }[];
}

export interface Schedule {
  id: string;
  label: string | null;
  validFrom: string | null;
  validUntil: string | null;
  days: Weekday[];
}

export interface PointOut {
  id: string;
  name: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  email: string | null;
  functions: PointFunction[];
  schedules: Schedule[];
  exceptions: {
    id: string;
    startsOn: string;
    endsOn: string;
    closed: boolean;
    intervals: Interval[];
    reason: string;
  }[];
  /** Counts changes of the details and weekly hours: sent as If-Match to change them. */
  version: number;
}

export interface ReceptionOut {
  id: string;
  institution: { id: string; name: string; shortName: string | null };
  validFrom: string;
  validUntil: string | null;
  inForce: boolean;
  days: Weekday[];
}

export interface CentreDetail extends Channels {
  id: string;
  name: string;
  kind: CentreKind | null;
  status: CentreStatus;
  municipality: { id: string; name: string };
  placeName: string | null;
  placeLevel: CentreKind | null;
  closingDeadline: string | null;
  head: { id: string; name: string } | null;
  openedOn: string | null;
  liquidationDecidedOn: string | null;
  liquidationBasis: string | null;
  closedOn: string | null;
  points: PointOut[];
  reception: ReceptionOut[];
  rights: CentreRight[];
  actions: CentreAction[];
  /** Counts changes of the centre's own fields: sent as If-Match to change them. */
  version: number;
}

export interface Compliance {
  date: string;
  compliant: boolean;
  checks: {
    rule: string;
    measure: string;
    passed: boolean;
    expected: number | string;
    actual: number | string;
    explanation: string;
  }[];
}

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
