// Opening hours against the real working-day calendar (shipped facts): holidays, the shortened day before one,
// Cabinet transfers, seasonal variants and exceptions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkingCalendar } from '../platform/calendar/calendar.ts';
import { shippedFacts } from '../platform/calendar/facts.ts';
import { formatClock, parseClock, parseDay, shortenEnd, unionMinutes, type Interval } from './clock.ts';
import { hoursOn, scheduleOn, weekOf, type PointHours, type Schedule } from './hours.ts';

const calendar = new WorkingCalendar(shippedFacts());
const iv = (opens: string, closes: string): Interval => ({ opens: parseClock(opens), closes: parseClock(closes) });
const text = (intervals: Interval[]) =>
  intervals.map((i) => `${formatClock(i.opens)}–${formatClock(i.closes)}`).join(', ');

const weekdays: Schedule = {
  label: null,
  validFrom: null,
  validUntil: null,
  days: {
    1: [iv('08:00', '12:00'), iv('12:30', '18:00')],
    2: [iv('08:00', '12:00'), iv('12:30', '17:00')],
    3: [iv('08:00', '12:00'), iv('12:30', '17:00')],
    4: [iv('08:00', '12:00'), iv('12:30', '17:00')],
    5: [iv('08:00', '12:00'), iv('12:30', '16:00')],
  },
};
const summer: Schedule = {
  label: 'Vasaras darba laiks',
  validFrom: '2026-07-01',
  validUntil: '2026-08-31',
  days: {
    1: [iv('09:00', '15:00')],
    2: [iv('09:00', '15:00')],
    3: [iv('09:00', '15:00')],
    4: [iv('09:00', '15:00')],
    5: [iv('09:00', '14:00')],
  },
};
const point: PointHours = { schedules: [weekdays, summer], exceptions: [] };

test('an ordinary working day opens with the schedule of its weekday', () => {
  const day = hoursOn(point, '2026-11-16', calendar); // Monday
  assert.equal(day.open, true);
  assert.equal(day.reason, 'regular');
  assert.equal(text(day.intervals), '08:00–12:00, 12:30–18:00');
});

test('a public holiday (18 November 2026) is closed, with the holiday named', () => {
  const day = hoursOn(point, '2026-11-18', calendar);
  assert.equal(day.open, false);
  assert.deepEqual(day.intervals, []);
  assert.equal(day.reason, 'public_holiday');
  assert.equal(day.holidayLv, 'Latvijas Republikas proklamēšanas diena');
  assert.equal(day.holidayEn, 'Proclamation Day of the Republic of Latvia');
});

test('Labour Law s.135 the day before a holiday (17 November 2026) closes one hour earlier', () => {
  const day = hoursOn(point, '2026-11-17', calendar);
  assert.equal(day.open, true);
  assert.equal(day.shortened, true);
  assert.equal(day.reason, 'shortened');
  assert.equal(text(day.intervals), '08:00–12:00, 12:30–16:00');
});

test('a working Saturday (27 June 2026) opens with the hours of the Monday it replaces, shortened as that Monday was', () => {
  const day = hoursOn(point, '2026-06-27', calendar);
  assert.equal(day.reason, 'working_saturday');
  assert.equal(day.pairedWith, '2026-06-22');
  assert.equal(day.open, true);
  // 22 June 2026 is the day before Līgo, so the Saturday standing in for it is one hour shorter too.
  assert.equal(day.shortened, true);
  assert.equal(text(day.intervals), '08:00–12:00, 12:30–17:00');
});

test('the weekday given off by the Cabinet (22 June 2026) is closed', () => {
  const day = hoursOn(point, '2026-06-22', calendar);
  assert.equal(day.open, false);
  assert.equal(day.reason, 'transferred_day_off');
  assert.equal(day.pairedWith, '2026-06-27');
});

test('a plain weekend without hours is closed by the schedule, not by the calendar', () => {
  const day = hoursOn(point, '2026-11-21', calendar);
  assert.equal(day.open, false);
  assert.equal(day.reason, 'regular');
});

test('a seasonal variant wins within its dates and the default applies outside them', () => {
  assert.equal(scheduleOn(point.schedules, '2026-07-15')?.label, 'Vasaras darba laiks');
  assert.equal(text(hoursOn(point, '2026-07-15', calendar).intervals), '09:00–15:00');
  assert.equal(hoursOn(point, '2026-07-15', calendar).scheduleLabel, 'Vasaras darba laiks');
  assert.equal(text(hoursOn(point, '2026-09-02', calendar).intervals), '08:00–12:00, 12:30–17:00');
  assert.equal(scheduleOn([summer], '2026-09-02'), undefined);
  assert.equal(hoursOn({ schedules: [summer], exceptions: [] }, '2026-09-02', calendar).reason, 'no_schedule');
});

test('an exception wins: special hours on a holiday, a closure on a working day', () => {
  const withExceptions: PointHours = {
    schedules: point.schedules,
    exceptions: [
      {
        startsOn: '2026-11-18',
        endsOn: '2026-11-18',
        closed: false,
        intervals: [iv('10:00', '14:00')],
        reason: 'Svētku pasākums',
      },
      { startsOn: '2026-11-23', endsOn: '2026-11-24', closed: true, intervals: [], reason: 'Remonts' },
    ],
  };
  const holiday = hoursOn(withExceptions, '2026-11-18', calendar);
  assert.equal(holiday.open, true);
  assert.equal(holiday.reason, 'exception');
  assert.equal(text(holiday.intervals), '10:00–14:00');
  const repair = hoursOn(withExceptions, '2026-11-24', calendar);
  assert.equal(repair.open, false);
  assert.equal(repair.exceptionReason, 'Remonts');
  assert.equal(hoursOn(withExceptions, '2026-11-25', calendar).open, true);
});

test('the week of a date runs Monday to Sunday', () => {
  assert.deepEqual(weekOf('2026-11-18'), [
    '2026-11-16',
    '2026-11-17',
    '2026-11-18',
    '2026-11-19',
    '2026-11-20',
    '2026-11-21',
    '2026-11-22',
  ]);
  assert.equal(weekOf('2026-11-22')[0], '2026-11-16');
});

test('shortening takes the hour across intervals when the last one is shorter', () => {
  assert.equal(text(shortenEnd([iv('08:00', '12:00'), iv('16:30', '17:00')], 60)), '08:00–11:30');
  assert.equal(text(shortenEnd([iv('08:00', '08:30')], 60)), '');
});

test('a day is parsed from HH:MM and refused when out of order or overlapping, naming the field', () => {
  assert.deepEqual(
    parseDay(
      [
        { opens: '08:00', closes: '12:00' },
        { opens: '13:00', closes: '24:00' },
      ],
      '/d',
    ).issues,
    [],
  );
  assert.deepEqual(parseDay([{ opens: '12:00', closes: '08:00' }], '/d').issues, [
    { field: '/d/0/closes', code: 'hours_order' },
  ]);
  assert.deepEqual(
    parseDay(
      [
        { opens: '08:00', closes: '12:00' },
        { opens: '11:00', closes: '13:00' },
      ],
      '/d',
    ).issues,
    [{ field: '/d/1/opens', code: 'hours_overlap' }],
  );
  assert.equal(unionMinutes([iv('08:00', '12:00'), iv('10:00', '13:00'), iv('14:00', '15:00')]), 6 * 60);
  assert.equal(unionMinutes([]), 0);
});
