// The ministry's additions to the calendar, without a release: a year's Cabinet transfers (Labour Law s.133(4)),
// one-off holidays declared by law, and the confirmation that a year's Cabinet order is entered. Each write is
// checked against the calendar as it stands, written with its audit event in one transaction, and every cached
// calendar of this process is dropped after the commit.
import type { Deps } from '../db.ts';
import { isHolidayReason, type DayInfo, type WorkingCalendar } from '../platform/calendar/calendar.ts';
import { invalidateCalendar } from '../platform/calendar/service.ts';
import { calendarFor } from '../organisations/lookups.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from '../platform/errors.ts';
import * as repo from './repository.ts';
import { presentConfirmedYear, presentHoliday, presentTransfer } from './presenters.ts';
import type { ConfirmIn, HolidayIn, TransferIn } from './schemas.ts';
import { isUniqueViolation } from '../platform/db/errors.ts';

const isHoliday = (d: DayInfo) => isHolidayReason(d.reason);
const taken = (field: string): FieldIssue => ({ field, code: 'calendar_day_taken' });

/**
 * The years the ministry writes to: the recorded ones and the next. The calendar answers for 1990–2100, but the years
 * before the record stay unconfirmed (their orders are not entered one by one), and a later year waits its turn.
 */
function editableYears(calendar: WorkingCalendar): { first: number; last: number } {
  return { first: calendar.confirmedFrom, last: calendar.confirmedThrough + 1 };
}

/** Refuses a body date outside the editable years, naming the field. */
function checkEditableDate(calendar: WorkingCalendar, date: string, field: string): void {
  const year = Number(date.slice(0, 4));
  const years = editableYears(calendar);
  if (year < years.first || year > years.last) throw ValidationError.field(field, 'calendar_year_not_editable', years);
}

/** The calendar as it stands in the database now, not as cached a moment ago (another instance may have written). */
async function currentCalendar(deps: Deps): Promise<WorkingCalendar> {
  invalidateCalendar(deps);
  return calendarFor(deps);
}

/** Throws the refusals: invalid for what can never be right, a conflict for a clash with what is already in the calendar. */
function refuse(invalid: FieldIssue[], clashes: FieldIssue[]): void {
  if (invalid.length > 0) throw new ValidationError(invalid);
  if (clashes.length > 0) throw new ConflictError(clashes[0]!.code, clashes);
}

export async function listAdditions(deps: Deps) {
  const [transfers, holidays, years, calendar] = await Promise.all([
    repo.listTransfers(deps.db),
    repo.listHolidays(deps.db),
    repo.listConfirmedYears(deps.db),
    calendarFor(deps),
  ]);
  return {
    transfers: transfers.map(presentTransfer),
    holidays: holidays.map(presentHoliday),
    confirmedYears: years.map(presentConfirmedYear),
    lastConfirmedYear: calendar.confirmedThrough,
  };
}

/** Labour Law s.133(4): a weekday (not a holiday) given off, and the Saturday worked instead. */
export async function addTransfer(deps: Deps, input: TransferIn, context: AuditContext) {
  const calendar = await currentCalendar(deps);
  checkEditableDate(calendar, input.dayOff, '/dayOff');
  checkEditableDate(calendar, input.workingSaturday, '/workingSaturday');
  const off = calendar.day(input.dayOff);
  const saturday = calendar.day(input.workingSaturday);
  const invalid: FieldIssue[] = [];
  const clashes: FieldIssue[] = [];
  if (off.weekday > 5) invalid.push({ field: '/dayOff', code: 'calendar_day_not_weekday' });
  else if (isHoliday(off)) invalid.push({ field: '/dayOff', code: 'calendar_day_is_holiday' });
  else if (off.reason === 'transferred_day_off') clashes.push(taken('/dayOff'));
  if (saturday.weekday !== 6) invalid.push({ field: '/workingSaturday', code: 'calendar_day_not_saturday' });
  else if (isHoliday(saturday)) invalid.push({ field: '/workingSaturday', code: 'calendar_day_is_holiday' });
  else if (saturday.reason === 'working_saturday') clashes.push(taken('/workingSaturday'));
  refuse(invalid, clashes);
  try {
    return await inTransaction(deps.db, async (trx) => {
      const id = await repo.insertTransfer(trx, {
        ...input,
        basis: input.basis.trim(),
        createdBy: context.actor.userId,
        now: deps.now(),
      });
      const transfer = presentTransfer((await repo.findTransfer(trx, id))!);
      await recordAudit(trx, context, {
        action: 'calendar.transfer_create',
        entityType: 'calendar_transfer',
        entityId: id,
        organisationId: null,
        after: transfer,
      });
      return transfer;
    });
  } catch (error) {
    // Two ministry users entering the same order at once: the unique columns decide.
    if (!isUniqueViolation(error)) throw error;
    const field = error.constraint?.includes('day_off') ? '/dayOff' : '/workingSaturday';
    throw new ConflictError('calendar_day_taken', [taken(field)]);
  } finally {
    invalidateCalendar(deps);
  }
}

export async function removeTransfer(deps: Deps, id: string, context: AuditContext): Promise<void> {
  const row = await repo.findTransfer(deps.db, id);
  // Only transfers entered at run time have ids; the shipped ones are part of the release.
  if (!row) throw new NotFoundError();
  await inTransaction(deps.db, async (trx) => {
    if (!(await repo.deleteTransfer(trx, id))) throw new NotFoundError();
    await recordAudit(trx, context, {
      action: 'calendar.transfer_delete',
      entityType: 'calendar_transfer',
      entityId: id,
      organisationId: null,
      before: presentTransfer(row),
    });
  });
  invalidateCalendar(deps);
}

/** A one-off public holiday declared by law, on a day the calendar gives no other meaning yet. */
export async function addHoliday(deps: Deps, input: HolidayIn, context: AuditContext) {
  const nameLv = input.nameLv.trim();
  const nameEn = input.nameEn.trim();
  const basis = input.basis.trim();
  const invalid: FieldIssue[] = [];
  if (!nameLv) invalid.push({ field: '/nameLv', code: 'field_required' });
  if (!nameEn) invalid.push({ field: '/nameEn', code: 'field_required' });
  if (!basis) invalid.push({ field: '/basis', code: 'field_required' });
  refuse(invalid, []);
  const calendar = await currentCalendar(deps);
  checkEditableDate(calendar, input.date, '/date');
  const day = calendar.day(input.date);
  if (isHoliday(day)) refuse([], [{ field: '/date', code: 'calendar_day_is_holiday' }]);
  if (day.reason === 'transferred_day_off' || day.reason === 'working_saturday') refuse([], [taken('/date')]);
  try {
    return await inTransaction(deps.db, async (trx) => {
      const id = await repo.insertHoliday(trx, {
        date: input.date,
        nameLv,
        nameEn,
        basis,
        createdBy: context.actor.userId,
        now: deps.now(),
      });
      const holiday = presentHoliday((await repo.findHoliday(trx, id))!);
      await recordAudit(trx, context, {
        action: 'calendar.holiday_create',
        entityType: 'calendar_holiday',
        entityId: id,
        organisationId: null,
        after: holiday,
      });
      return holiday;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError('calendar_day_is_holiday', [{ field: '/date', code: 'calendar_day_is_holiday' }]);
    throw error;
  } finally {
    invalidateCalendar(deps);
  }
}

export async function removeHoliday(deps: Deps, id: string, context: AuditContext): Promise<void> {
  const row = await repo.findHoliday(deps.db, id);
  if (!row) throw new NotFoundError();
  await inTransaction(deps.db, async (trx) => {
    if (!(await repo.deleteHoliday(trx, id))) throw new NotFoundError();
    await recordAudit(trx, context, {
      action: 'calendar.holiday_delete',
      entityType: 'calendar_holiday',
      entityId: id,
      organisationId: null,
      before: presentHoliday(row),
    });
  });
  invalidateCalendar(deps);
}

/**
 * Marks the year's Cabinet order as entered: deadlines reaching that year stop being provisional. Years are
 * confirmed in order (the next one only), so "confirmed through" is one number that every instance agrees on.
 */
export async function confirmYear(deps: Deps, year: number, input: ConfirmIn, context: AuditContext) {
  const basis = input.basis.trim();
  if (!basis) throw ValidationError.field('/basis', 'field_required');
  const calendar = await currentCalendar(deps);
  const alreadyConfirmed = () =>
    new ConflictError('calendar_year_confirmed', [
      { field: '/year', in: 'path', code: 'calendar_year_confirmed', params: { year } },
    ]);
  if (year <= calendar.confirmedThrough && year >= calendar.confirmedFrom) throw alreadyConfirmed();
  if (year !== calendar.confirmedThrough + 1)
    throw ValidationError.path('/year', 'calendar_year_not_editable', editableYears(calendar));
  try {
    return await inTransaction(deps.db, async (trx) => {
      await repo.insertConfirmedYear(trx, { year, basis, confirmedBy: context.actor.userId, now: deps.now() });
      const confirmed = presentConfirmedYear((await repo.findConfirmedYear(trx, year))!);
      await recordAudit(trx, context, {
        action: 'calendar.year_confirm',
        entityType: 'calendar_year',
        entityId: String(year),
        organisationId: null,
        after: confirmed,
      });
      return confirmed;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyConfirmed();
    throw error;
  } finally {
    invalidateCalendar(deps);
  }
}
