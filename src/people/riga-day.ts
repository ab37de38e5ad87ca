// The instant a Riga calendar day ends. Kept here until platform/time.ts grows an equivalent.
import { addDays, rigaDate } from '../platform/time.ts';

/**
 * The instant of 00:00 Europe/Riga on the day after `date` (YYYY-MM-DD): a term "until 31.12.2026." ends then.
 * Riga is UTC+2 in winter and UTC+3 in summer, and its clocks change at 03:00/04:00, never at midnight,
 * so exactly one of the two candidates is the midnight.
 */
export function endOfRigaDay(date: string): Date {
  const next = addDays(date, 1);
  const utcMidnight = Date.parse(`${next}T00:00:00Z`);
  for (const offsetHours of [3, 2]) {
    const instant = new Date(utcMidnight - offsetHours * 3_600_000);
    if (rigaDate(instant) === next && rigaDate(new Date(instant.getTime() - 1)) === date) return instant;
  }
  throw new Error(`No Riga midnight found after ${date}`);
}
