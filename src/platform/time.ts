// Latvian time: "today", legal dates and deadlines are decided in Europe/Riga whatever the server's zone.
export const RIGA = 'Europe/Riga';

const isoDate = new Intl.DateTimeFormat('en-CA', { timeZone: RIGA, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Riga at the given instant, as YYYY-MM-DD. */
export function rigaDate(instant: Date = new Date()): string {
  return isoDate.format(instant);
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
