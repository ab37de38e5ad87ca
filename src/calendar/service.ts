// Reading the calendar: deadlines with their explanation, working days between two dates, a year's special days.
// The arithmetic is the pure calendar's (platform/calendar); this file picks the calendar that applies, keeps
// questions inside the years the calendar knows, and presents the answer.
import type { Deps } from '../platform/deps.ts';
import type { WorkingCalendar } from '../platform/calendar/calendar.ts';
import { calendarFor } from '../platform/calendar/service.ts';
import { NotFoundError, ValidationError } from '../platform/http/errors.ts';
import type { Lang } from '../platform/i18n/messages.ts';
import { findOrganisation } from './repository.ts';
import { presentDeadline, presentYear, type CalendarKind, type DeadlineOut, type YearOut } from './presenters.ts';
import type { DeadlineIn, WorkingDaysIn } from './schemas.ts';

/** The first year the shipped facts cover completely (the Cabinet transfers of 2015 are in the data). */
export const FIRST_KNOWN_YEAR = 2015;

/** Years the calendar can answer for: from FIRST_KNOWN_YEAR to the year after the last confirmed one. */
export function knownYears(calendar: WorkingCalendar): { first: number; last: number } {
  return { first: FIRST_KNOWN_YEAR, last: calendar.confirmedThrough + 1 };
}

export function isKnownYear(calendar: WorkingCalendar, year: number): boolean {
  const { first, last } = knownYears(calendar);
  return year >= first && year <= last;
}

/** Refuses a date outside the known years, naming the field; `where` says where the field is. */
export function checkKnownDate(calendar: WorkingCalendar, date: string, field: string, where: 'query' | 'body'): void {
  if (isKnownYear(calendar, Number(date.slice(0, 4)))) return;
  const params = knownYears(calendar);
  throw where === 'query' ? ValidationError.query(field, 'calendar_year_out_of_range', params) : ValidationError.field(field, 'calendar_year_out_of_range', params);
}

export interface ChosenCalendar {
  calendar: WorkingCalendar;
  kind: CalendarKind;
}

/** The calendar of an organisation's deadlines (an unknown organisation: 404), or the state calendar. */
export async function chooseCalendar(deps: Deps, organisationId: string | undefined): Promise<ChosenCalendar> {
  if (organisationId && !(await findOrganisation(deps.db, organisationId))) throw new NotFoundError();
  const calendar = await calendarFor(deps, organisationId);
  return { calendar, kind: calendar.options.applyTransfers ? 'state' : 'without_transfers' };
}

/** "Within N working days after D" or "within N months after D", explained. */
export async function computeDeadline(deps: Deps, query: DeadlineIn, lang: Lang): Promise<DeadlineOut> {
  if (query.workingDays === undefined && query.months === undefined) throw ValidationError.query('/workingDays', 'calendar_unit_required');
  if (query.workingDays !== undefined && query.months !== undefined) throw ValidationError.query('/months', 'calendar_unit_both');
  const { calendar, kind } = await chooseCalendar(deps, query.organisation);
  checkKnownDate(calendar, query.from, '/from', 'query');
  const deadline = query.workingDays !== undefined ? calendar.addWorkingDays(query.from, query.workingDays) : calendar.addMonths(query.from, query.months!);
  return presentDeadline(deadline, kind, lang);
}

/** The number of working days after `from` up to and including `to`. */
export async function countWorkingDays(deps: Deps, query: WorkingDaysIn) {
  const { calendar, kind } = await chooseCalendar(deps, query.organisation);
  checkKnownDate(calendar, query.from, '/from', 'query');
  checkKnownDate(calendar, query.to, '/to', 'query');
  if (query.to < query.from) throw ValidationError.query('/to', 'field_date_order');
  return { from: query.from, to: query.to, workingDays: calendar.workingDaysBetween(query.from, query.to), calendar: kind };
}

/** A year's days off, working Saturdays and shortened days. */
export async function yearView(deps: Deps, year: number, organisationId: string | undefined): Promise<YearOut> {
  const { calendar, kind } = await chooseCalendar(deps, organisationId);
  if (!isKnownYear(calendar, year)) throw ValidationError.path('/year', 'calendar_year_out_of_range', knownYears(calendar));
  return presentYear(calendar.year(year), kind);
}
