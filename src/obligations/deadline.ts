// A rule version's due date on an organisation's working-day calendar, with the reasons: which day it counted
// from, how, and which days it passed over. Pure: the calendar is given.
// The calendar explains forward spans only (from → due). A deadline counted backwards passes over the days
// between its due date and its start, which is the forward span from the due date: that span's explanation is
// reused, so both directions name skipped days in the same words.
import type { SkippedDay, WorkingCalendar } from '../platform/calendar/calendar.ts';
import { addDays } from '../platform/time.ts';
import type { DeadlineSpec } from './rule-model.ts';
import type { Period } from './periods.ts';

export interface DeadlineExplanation {
  /** The day counted from: the start event, or the period's first or last day. */
  from: string;
  due: string;
  unit: DeadlineSpec['unit'];
  /** Working days or months; null for the units without a count. */
  amount: number | null;
  direction: 'after' | 'before';
  /** Days passed over that were not plain weekends: holidays and transferred days off. */
  skipped: SkippedDay[];
  /** Saturdays counted as working days by Cabinet order. */
  workingSaturdays: SkippedDay[];
  /** The due date is in a year whose Cabinet transfers are not confirmed yet. */
  provisional: boolean;
}

export class DeadlineInputError extends Error {}

/** The last working day on or before `date`. */
function workingDayOnOrBefore(cal: WorkingCalendar, date: string): string {
  let day = date;
  while (!cal.isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

/** The Nth working day before `date`, the day itself not counted ("5 working days before the officer starts"). */
export function workingDaysBefore(cal: WorkingCalendar, date: string, n: number): string {
  let day = date;
  for (let counted = 0; counted < n; ) {
    day = addDays(day, -1);
    if (cal.isWorkingDay(day)) counted++;
  }
  return day;
}

/**
 * The same day number `months` later (or earlier, when negative), or that month's last day when it is shorter: how
 * a term in months ends (Administrative Procedure Law s. 43; see the DR-27.3 entry of rules-dr.ts). Calendar dates only.
 */
export function shiftMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8, 10)), last);
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Explains a due date reached by moving back from `until` (inclusive limit): the days from due to `until`. */
function explainBackwards(
  cal: WorkingCalendar,
  due: string,
  until: string,
  n: number,
): Pick<DeadlineExplanation, 'skipped' | 'workingSaturdays' | 'provisional'> {
  const span = cal.addWorkingDays(due, Math.max(1, n));
  const within = (d: SkippedDay) => d.date <= until;
  return {
    skipped: span.skipped.filter(within),
    workingSaturdays: span.workingSaturdays.filter(within),
    provisional: provisional(cal, due),
  };
}

/** A due date counted back may still move while its year's Cabinet transfers are not confirmed (before or after the data). */
function provisional(cal: WorkingCalendar, due: string): boolean {
  return !cal.isConfirmed(Number(due.slice(0, 4)));
}

function fromCalendar(
  d: { from: string; due: string; skipped: SkippedDay[]; workingSaturdays: SkippedDay[]; provisional: boolean },
  spec: DeadlineSpec,
  amount: number | null,
): DeadlineExplanation {
  return {
    from: d.from,
    due: d.due,
    unit: spec.unit,
    amount,
    direction: 'after',
    skipped: d.skipped,
    workingSaturdays: d.workingSaturdays,
    provisional: d.provisional,
  };
}

/**
 * The due date of one obligation: `start` is when its clock started (the event, or the period's clock start);
 * `period` is required for the period-based units.
 */
export function computeDeadline(
  cal: WorkingCalendar,
  spec: DeadlineSpec,
  start: string,
  period: Period | null,
): DeadlineExplanation {
  switch (spec.unit) {
    case 'working_days': {
      if (spec.direction === 'after') return fromCalendar(cal.addWorkingDays(start, spec.amount), spec, spec.amount);
      const due = workingDaysBefore(cal, start, spec.amount);
      // The forward span from the due date ends on the start day when that is a working day; days from the start on
      // are not part of this deadline.
      return {
        from: start,
        due,
        unit: spec.unit,
        amount: spec.amount,
        direction: 'before',
        ...explainBackwards(cal, due, addDays(start, -1), spec.amount),
      };
    }
    case 'months': {
      if (spec.endsOnDayOff) {
        const due = shiftMonths(start, spec.direction === 'after' ? spec.amount : -spec.amount);
        // Calendar dates only: no day is passed over and no Cabinet transfer can move it.
        const none = { skipped: [], workingSaturdays: [], provisional: false };
        return { from: start, due, unit: spec.unit, amount: spec.amount, direction: spec.direction, ...none };
      }
      if (spec.direction === 'after') return fromCalendar(cal.addMonths(start, spec.amount), spec, spec.amount);
      const target = shiftMonths(start, -spec.amount);
      const due = workingDayOnOrBefore(cal, target);
      return {
        from: start,
        due,
        unit: spec.unit,
        amount: spec.amount,
        direction: 'before',
        ...explainBackwards(cal, due, target, 1),
      };
    }
    case 'period_end': {
      if (!period) throw new DeadlineInputError('a period-based deadline needs its period');
      const due = workingDayOnOrBefore(cal, period.last);
      return {
        from: period.first,
        due,
        unit: spec.unit,
        amount: null,
        direction: 'after',
        ...explainBackwards(cal, due, period.last, 1),
      };
    }
    case 'months_after_period_end': {
      if (!period) throw new DeadlineInputError('a period-based deadline needs its period');
      return fromCalendar(cal.addMonths(period.last, spec.amount), spec, spec.amount);
    }
    case 'fixed_date': {
      let target = `${start.slice(0, 4)}-${spec.monthDay}`;
      if (target < start) target = `${Number(start.slice(0, 4)) + 1}-${spec.monthDay}`;
      // The first working day on or after the target, explained as one working day after the day before it.
      const d = cal.addWorkingDays(addDays(target, -1), 1);
      return { ...fromCalendar(d, spec, null), from: start };
    }
  }
}
