// Latvian time: "today", legal dates and deadlines are decided in Europe/Riga whatever the server's zone.
export const RIGA = 'Europe/Riga';

const isoDate = new Intl.DateTimeFormat('en-CA', { timeZone: RIGA, year: 'numeric', month: '2-digit', day: '2-digit' });

// Since 1926 Riga's offset from UTC is a whole number of hours and changes on the hour, so within one UTC hour the
// Riga date is one: the last hour's answer is kept (formatting with Intl was a measurable part of a registration).
const HOUR_MS = 3_600_000;
let lastHour = Number.NaN;
let lastDate = '';

/** The calendar date in Riga at the given instant, as YYYY-MM-DD. */
export function rigaDate(instant: Date = new Date()): string {
  const ms = instant.getTime();
  if (!(ms >= 0)) return isoDate.format(instant);
  const hour = Math.floor(ms / HOUR_MS);
  if (hour !== lastHour) {
    lastDate = isoDate.format(instant);
    lastHour = hour;
  }
  return lastDate;
}

/** Adds whole calendar days to a YYYY-MM-DD date (no time zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

let lastStart = { date: '', ms: 0 };

/**
 * The instant 00:00 Europe/Riga begins on `date` (YYYY-MM-DD). Riga is UTC+2 in winter and UTC+3 in summer, and
 * its clocks change at 03:00/04:00, never at midnight, so exactly one of the two candidates is that midnight.
 */
export function startOfRigaDay(date: string): Date {
  // The last answer is kept: most callers ask about today (e.g. until when today's records may be changed).
  if (lastStart.date === date) return new Date(lastStart.ms);
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  for (const offsetHours of [3, 2]) {
    const instant = new Date(utcMidnight - offsetHours * 3_600_000);
    if (rigaDate(instant) === date && rigaDate(new Date(instant.getTime() - 1)) !== date) {
      lastStart = { date, ms: instant.getTime() };
      return instant;
    }
  }
  throw new Error(`No Riga midnight found for ${date}`);
}

/** The instant a Riga day ends (the next day's 00:00 in Riga): a term "until 31.12.2026." ends then. */
export function endOfRigaDay(date: string): Date {
  return startOfRigaDay(addDays(date, 1));
}
