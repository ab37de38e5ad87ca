// Shapes of the calendar API's answers, as src/calendar/presenters.ts defines them.
export type DayReason =
  | 'weekend'
  | 'public_holiday'
  | 'substitute_day_off'
  | 'one_off_holiday'
  | 'transferred_day_off'
  | 'working_saturday';

export interface CalendarDay {
  date: string;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  working: boolean;
  reason: DayReason | null;
  nameLv: string | null;
  nameEn: string | null;
  pairedWith: string | null;
  basis: string | null;
  shortened: boolean;
}

export interface CalendarYear {
  year: number;
  confirmed: boolean;
  /** Why the year is not confirmed, in the UI's language; null when it is. */
  provisionalReason: string | null;
  calendar: 'state' | 'without_transfers';
  daysOff: CalendarDay[];
  workingSaturdays: CalendarDay[];
  shortenedDays: CalendarDay[];
}

export interface TransferOut {
  id: string;
  dayOff: string;
  workingSaturday: string;
  basis: string;
  createdAt: string;
  createdByName: string | null;
}

export interface HolidayOut {
  id: string;
  date: string;
  nameLv: string;
  nameEn: string;
  basis: string;
  createdAt: string;
  createdByName: string | null;
}

export interface CalendarAdditions {
  transfers: TransferOut[];
  holidays: HolidayOut[];
  confirmedYears: { year: number; basis: string; confirmedAt: string; confirmedByName: string | null }[];
  lastConfirmedYear: number;
}

/** The calendar's range: the API answers every year of it (years without recorded Cabinet transfers provisionally). */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;
export const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
