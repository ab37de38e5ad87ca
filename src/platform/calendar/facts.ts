// The calendar's facts as data: shipped in data/lv-working-calendar.json (from ../shared/reference) and extended
// at run time by what the ministry enters (Cabinet transfers and one-off holidays of later years).
import { readFileSync } from 'node:fs';

// The holiday law changed after 1990 (data/lv-working-calendar.json, "about"): a holiday or rule the law added later
// carries the first day it applies, so a year is answered with the law of that year. Where the sources at hand do not
// pin the day down, the data says so and takes the earlier candidate: Easter Monday came with the amendment of
// 21 September 1995 or of 18 December 1996, and the data applies it from 1996. 1990 before 3 October (the Latvian
// SSR's law of 1989) is answered with the law of 3 October 1990. Every year before confirmedFrom is provisional anyway.
export interface CalendarFacts {
  fixedHolidays: {
    monthDay: string;
    nameLv: string;
    nameEn: string;
    weekendGivesNextWorkingDayOff?: boolean;
    /** The first day (YYYY-MM-DD) the law made this a holiday; absent: since 1990. */
    since?: string;
    /** The first day the weekend rule applies to it; absent: as long as the holiday. */
    weekendRuleSince?: string;
  }[];
  easterRelativeHolidays: { offsetDays: number; nameLv: string; nameEn: string; since?: string }[];
  songFestivalClosingDays: { date: string; dayOff: string }[];
  /** `basis`: the law that declared it, for those the ministry entered at run time. */
  oneOffHolidays: { date: string; nameLv: string; nameEn: string; basis?: string }[];
  /** `basis`: the Cabinet order, for those the ministry entered at run time. */
  transferredWorkingDays: { dayOff: string; workingSaturday: string; basis?: string }[];
  /** The first year whose Cabinet transfers are recorded; deadlines before it are provisional (none are invented). */
  confirmedFrom: number;
  /** The last year whose Cabinet transfers are known; deadlines beyond it are provisional. */
  confirmedThrough: number;
}

let shipped: CalendarFacts | undefined;

export function shippedFacts(): CalendarFacts {
  shipped ??= JSON.parse(
    readFileSync(new URL('./data/lv-working-calendar.json', import.meta.url), 'utf8'),
  ) as CalendarFacts;
  return shipped;
}

/**
 * Shipped facts plus the ministry's additions. The API refuses an addition on a day the calendar already gives a
 * meaning, so a clash is not expected; if one exists, the addition (the later act) wins and the day is kept once.
 */
export function withAdditions(
  base: CalendarFacts,
  additions: {
    transfers: CalendarFacts['transferredWorkingDays'];
    holidays: CalendarFacts['oneOffHolidays'];
    confirmedThrough?: number;
  },
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
