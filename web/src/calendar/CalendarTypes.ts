// Shapes of the calendar API's answers, derived from the generated schema (../api/schema.generated.ts).
import type { ApiResponse, Item } from '../api/types.ts';

/** GET /api/v1/calendar/{year}. */
export type CalendarYear = ApiResponse<'getCalendarYear'>;
/** One day of a year's lists; weekday 1 = Monday … 7 = Sunday. */
export type CalendarDay = Item<CalendarYear['daysOff']>;
export type DayReason = NonNullable<CalendarDay['reason']>;

/** GET /api/v1/calendar/additions. */
export type CalendarAdditions = ApiResponse<'getCalendarAdditions'>;
export type TransferOut = Item<CalendarAdditions['transfers']>;
export type HolidayOut = Item<CalendarAdditions['holidays']>;

/** The calendar's range: the API answers every year of it (years without recorded Cabinet transfers provisionally). */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;
export const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
