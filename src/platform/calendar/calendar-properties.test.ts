// Deadline arithmetic of the pure calendar checked by properties over its whole range, for the state's calendar and
// a municipality's without Cabinet transfers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CalendarRangeError, dateOf, dayNumber, type WorkingCalendar } from './calendar.ts';
import { calendars, plus } from './test-calendars.ts';

// Properties over the whole range, 1990–2100, both calendars. A term that would end after 2100 must be refused
// (CalendarRangeError), never answered wrongly: `fits` tells which terms the range still holds.
const fromDate = fc.integer({ min: dayNumber('1990-01-01'), max: dayNumber('2100-12-31') }).map(dateOf);
const workingDays = fc.integer({ min: 1, max: 1000 });
const months = fc.integer({ min: 1, max: 120 });
const LAST_WORKING_DAY = '2100-12-30'; // 31 December 2100 is New Year's Eve
/** The Nth working day after `from` is still inside the range (negative between counts mean `from` is after the last). */
const fits = (cal: WorkingCalendar, from: string, n: number) => n <= cal.workingDaysBetween(from, LAST_WORKING_DAY);
const yearsOf = (first: string, last: string) =>
  Array.from(
    { length: Number(last.slice(0, 4)) - Number(first.slice(0, 4)) + 1 },
    (_, i) => Number(first.slice(0, 4)) + i,
  );

for (const [label, cal] of calendars) {
  test(`property (${label}): the due date of N working days is a working day, N working days after the start, and the first such day`, () => {
    fc.assert(
      fc.property(fromDate, workingDays, (from, n) => {
        if (!fits(cal, from, n)) return void assert.throws(() => cal.dueAfterWorkingDays(from, n), CalendarRangeError);
        const due = cal.dueAfterWorkingDays(from, n);
        assert.ok(cal.isWorkingDay(due));
        assert.equal(cal.workingDaysBetween(from, due), n);
        assert.equal(cal.workingDaysBetween(from, plus(due, -1)), n - 1);
      }),
      { numRuns: 2000 },
    );
  });

  test(`property (${label}): a later start, or more working days, never gives an earlier due date`, () => {
    fc.assert(
      fc.property(fromDate, fromDate, workingDays, workingDays, (a, b, n, k) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        fc.pre(fits(cal, late, Math.max(n, k)));
        assert.ok(cal.dueAfterWorkingDays(early, n) <= cal.dueAfterWorkingDays(late, n));
        assert.ok(cal.dueAfterWorkingDays(early, Math.min(n, k)) <= cal.dueAfterWorkingDays(early, Math.max(n, k)));
      }),
      { numRuns: 2000 },
    );
  });

  test(`property (${label}): N months after a date is a working day, never before the plain calendar target, with only days off between`, () => {
    fc.assert(
      fc.property(fromDate, months, (from, n) => {
        const [y, m, day] = from.split('-').map(Number) as [number, number, number];
        const total = y * 12 + m - 1 + n;
        const lastDay = new Date(Date.UTC(Math.floor(total / 12), (total % 12) + 1, 0)).getUTCDate();
        const target = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
        if (target > LAST_WORKING_DAY) return void assert.throws(() => cal.addMonths(from, n), CalendarRangeError);
        const d = cal.addMonths(from, n);
        assert.ok(cal.isWorkingDay(d.due));
        assert.ok(d.target && d.due >= d.target);
        assert.equal(d.target, target);
        for (let x = d.target; x < d.due; x = plus(x, 1))
          assert.equal(cal.isWorkingDay(x), false, `${x} between target and due`);
        assert.equal(d.skipped.length, dayNumber(d.due) - dayNumber(d.target), 'every day passed over is explained');
      }),
      { numRuns: 1000 },
    );
  });

  test(`property (${label}): the explanation lists exactly the weekdays passed over that were not working days`, () => {
    fc.assert(
      fc.property(fromDate, fc.integer({ min: 1, max: 60 }), (from, n) => {
        fc.pre(fits(cal, from, n));
        const d = cal.addWorkingDays(from, n);
        const expected: string[] = [];
        for (let x = plus(from, 1); x < d.due; x = plus(x, 1)) {
          const info = cal.day(x);
          if (!info.working && info.weekday <= 5) expected.push(x);
        }
        assert.deepEqual(
          d.skipped.map((s) => s.date),
          expected,
        );
        assert.ok(d.workingSaturdays.every((s) => s.date > from && s.date <= d.due && cal.isWorkingDay(s.date)));
      }),
      { numRuns: 500 },
    );
  });

  test(`property (${label}): a deadline is provisional exactly when a day it counts is in a year without confirmed transfers, and then says which`, () => {
    fc.assert(
      fc.property(fromDate, workingDays, (from, n) => {
        fc.pre(fits(cal, from, n));
        const d = cal.addWorkingDays(from, n);
        const unconfirmed = yearsOf(plus(from, 1), d.due).filter((year) => !cal.isConfirmed(year));
        assert.equal(d.provisional, unconfirmed.length > 0);
        assert.equal(d.provisionalReason !== undefined, d.provisional);
        for (const year of [unconfirmed[0], unconfirmed.at(-1)].filter((y) => y !== undefined)) {
          assert.match(d.provisionalReason!.text, new RegExp(String(year)));
          assert.match(d.provisionalReason!.textLv, new RegExp(`${year}\\.`));
        }
      }),
      { numRuns: 1000 },
    );
  });
}
