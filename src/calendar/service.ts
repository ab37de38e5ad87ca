// Reading the calendar: deadlines with their explanation, working days between two dates, a year's special days.
// The arithmetic is the pure calendar's (platform/calendar); this file picks the calendar that applies, keeps
// questions inside the calendar's years, and presents the answer.
import type { Deps } from '../db.ts';
import { CalendarRangeError, FIRST_YEAR, LAST_YEAR, type WorkingCalendar } from '../platform/calendar/calendar.ts';
import { calendarFor } from '../organisations/lookups.ts';
import { NotFoundError, ValidationError } from '../platform/errors.ts';
import type { Lang } from '../platform/i18n/messages.ts';
import { findOrganisation } from './repository.ts';
import {
  presentDeadline,
  presentReason,
  presentYear,
  type CalendarKind,
  type DeadlineOut,
  type WorkingDaysOut,
  type YearOut,
} from './presenters.ts';
import type { DeadlineIn, WorkingDaysIn } from './schemas.ts';

// Every year of the range is answered: its holidays follow from the law, and only the Cabinet's transfers may be
// missing, which the answer says (provisional, with the reason). Only a year outside the range is refused.
const RANGE = { first: FIRST_YEAR, last: LAST_YEAR };

/** Refuses a query date outside the calendar's years, naming the parameter. */
function checkInRange(date: string, field: string): void {
  const year = Number(date.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) throw ValidationError.query(field, 'calendar_year_out_of_range', RANGE);
}

export interface ChosenCalendar {
  calendar: WorkingCalendar;
  kind: CalendarKind;
}

/** The calendar of an organisation's deadlines (an unknown organisation: not found), or the state calendar. */
export async function chooseCalendar(deps: Deps, organisationId: string | undefined): Promise<ChosenCalendar> {
  if (organisationId && !(await findOrganisation(deps.db, organisationId))) throw new NotFoundError();
  const calendar = await calendarFor(deps, organisationId);
  return { calendar, kind: calendar.options.applyTransfers ? 'state' : 'without_transfers' };
}

/** "Within N working days after D" or "within N months after D", explained. */
export async function computeDeadline(deps: Deps, query: DeadlineIn, lang: Lang): Promise<DeadlineOut> {
  if (query.workingDays === undefined && query.months === undefined)
    throw ValidationError.query('/workingDays', 'calendar_unit_required');
  if (query.workingDays !== undefined && query.months !== undefined)
    throw ValidationError.query('/months', 'calendar_unit_both');
  checkInRange(query.from, '/from');
  const { calendar, kind } = await chooseCalendar(deps, query.organisation);
  try {
    const deadline =
      query.workingDays !== undefined
        ? calendar.addWorkingDays(query.from, query.workingDays)
        : calendar.addMonths(query.from, query.months!);
    return presentDeadline(deadline, kind, lang);
  } catch (error) {
    // A start late in 2100 with a long term ends past the range: the term is what cannot be answered.
    if (!(error instanceof CalendarRangeError)) throw error;
    throw ValidationError.query(
      query.workingDays !== undefined ? '/workingDays' : '/months',
      'calendar_due_out_of_range',
      RANGE,
    );
  }
}

/** The number of working days after `from` up to and including `to`. */
export async function countWorkingDays(deps: Deps, query: WorkingDaysIn, lang: Lang): Promise<WorkingDaysOut> {
  checkInRange(query.from, '/from');
  checkInRange(query.to, '/to');
  if (query.to < query.from) throw ValidationError.query('/to', 'field_date_order');
  const { calendar, kind } = await chooseCalendar(deps, query.organisation);
  const workingDays = calendar.workingDaysBetween(query.from, query.to);
  const reason = calendar.provisionalBetween(query.from, query.to);
  return {
    from: query.from,
    to: query.to,
    workingDays,
    provisional: reason !== undefined,
    provisionalReason: presentReason(reason, lang),
    calendar: kind,
  };
}

/** A year's days off, working Saturdays and shortened days (the route's schema keeps the year in the range). */
export async function yearView(
  deps: Deps,
  year: number,
  organisationId: string | undefined,
  lang: Lang,
): Promise<YearOut> {
  const { calendar, kind } = await chooseCalendar(deps, organisationId);
  return presentYear(calendar.year(year), kind, lang);
}
