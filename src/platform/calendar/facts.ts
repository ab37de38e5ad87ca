// The calendar's facts as data: shipped in data/lv-working-calendar.json (from ../shared/reference) and extended
// at run time by what the ministry enters (Cabinet transfers and one-off holidays of later years).
import { readFileSync } from 'node:fs';

export interface CalendarFacts {
  fixedHolidays: { monthDay: string; nameLv: string; nameEn: string; weekendGivesNextWorkingDayOff?: boolean }[];
  easterRelativeHolidays: { offsetDays: number; nameLv: string; nameEn: string }[];
  songFestivalClosingDays: { date: string; dayOff: string }[];
  /** `basis`: the law that declared it, for those the ministry entered at run time. */
  oneOffHolidays: { date: string; nameLv: string; nameEn: string; basis?: string }[];
  /** `basis`: the Cabinet order, for those the ministry entered at run time. */
  transferredWorkingDays: { dayOff: string; workingSaturday: string; basis?: string }[];
  /** The last year whose Cabinet transfers are known; deadlines beyond it are provisional. */
  confirmedThrough: number;
}

let shipped: CalendarFacts | undefined;

export function shippedFacts(): CalendarFacts {
  shipped ??= JSON.parse(readFileSync(new URL('./data/lv-working-calendar.json', import.meta.url), 'utf8')) as CalendarFacts;
  return shipped;
}

/**
 * Shipped facts plus the ministry's additions. The API refuses an addition on a day the calendar already gives a
 * meaning, so a clash is not expected; if one exists, the addition (the later act) wins and the day is kept once.
 */
export function withAdditions(
  base: CalendarFacts,
  additions: { transfers: CalendarFacts['transferredWorkingDays']; holidays: CalendarFacts['oneOffHolidays']; confirmedThrough?: number },
): CalendarFacts {
  const transfers = new Map(base.transferredWorkingDays.map((t) => [t.dayOff, t]));
  for (const t of additions.transfers) transfers.set(t.dayOff, t);
  const holidays = new Map(base.oneOffHolidays.map((h) => [h.date, h]));
  for (const h of additions.holidays) holidays.set(h.date, h);
  return {
    ...base,
    transferredWorkingDays: [...transfers.values()],
    oneOffHolidays: [...holidays.values()],
    confirmedThrough: Math.max(base.confirmedThrough, additions.confirmedThrough ?? 0),
  };
}
