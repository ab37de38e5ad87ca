// The pure calendar: the holiday law and the Labour Law's Cabinet transfers applied to the shipped facts, and table
// tests over every transfer and special day in the data (the properties of its arithmetic: calendar-properties.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CalendarDateError, CalendarRangeError, WorkingCalendar, dateOf, easterSunday } from './calendar.ts';
import { withAdditions } from './facts.ts';
import { facts, optedOut, plus, state } from './test-calendars.ts';

test('DR-20.2 access within 3 working days after 2025-11-14 is 2025-11-21: 17 Nov moved, 18 Nov holiday', () => {
  const d = state.addWorkingDays('2025-11-14', 3);
  assert.equal(d.due, '2025-11-21');
  assert.deepEqual(
    d.skipped.map((s) => s.text),
    [
      '2025-11-17 — working day moved to 2025-11-08 by Cabinet order',
      '2025-11-18 — public holiday (Proclamation Day of the Republic of Latvia)',
    ],
  );
  assert.equal(d.skipped[0]!.textLv, '17.11.2025. — darba diena pārcelta uz 08.11.2025. ar Ministru kabineta rīkojumu');
  assert.deepEqual(d.workingSaturdays, [], 'the working Saturday 8 Nov is before the start, not counted');
  assert.equal(d.provisional, false);
});

test('DR-20.2 counting starts the day after the start date: 3 working days after Monday 2026-03-02 is Thursday', () => {
  assert.equal(state.dueAfterWorkingDays('2026-03-02', 3), '2026-03-05');
  assert.equal(state.dueAfterWorkingDays('2026-03-06', 1), '2026-03-09', 'after a Friday, the next is Monday');
  assert.equal(state.dueAfterWorkingDays('2026-03-07', 1), '2026-03-09', 'a Saturday start counts from Monday');
});

test('CR-19.1 five working days across Līgo 2026: the working Saturday 27 June counts for the state, not for an opted-out municipality', () => {
  const d = state.addWorkingDays('2026-06-19', 5);
  assert.equal(d.due, '2026-06-30');
  assert.deepEqual(
    d.skipped.map((s) => [s.date, s.reason]),
    [
      ['2026-06-22', 'transferred_day_off'],
      ['2026-06-23', 'public_holiday'],
      ['2026-06-24', 'public_holiday'],
    ],
  );
  assert.deepEqual(
    d.workingSaturdays.map((s) => s.text),
    ['2026-06-27 — Saturday worked instead of 2026-06-22 by Cabinet order'],
  );
  const m = optedOut.addWorkingDays('2026-06-19', 5);
  assert.equal(m.due, '2026-06-30');
  assert.deepEqual(
    m.skipped.map((s) => s.date),
    ['2026-06-23', '2026-06-24'],
    'Monday 22 June is a working day without the transfer',
  );
  assert.equal(state.dueAfterWorkingDays('2026-06-19', 3), '2026-06-27', 'the working Saturday can be the due date');
  assert.equal(optedOut.dueAfterWorkingDays('2026-06-19', 3), '2026-06-26');
});

test('CR-13.2 twenty working days after 2025-12-15 skip Christmas, New Year and the moved 2 January', () => {
  const d = state.addWorkingDays('2025-12-15', 20);
  assert.equal(d.due, '2026-01-19');
  assert.deepEqual(
    d.skipped.map((s) => s.date),
    ['2025-12-24', '2025-12-25', '2025-12-26', '2025-12-31', '2026-01-01', '2026-01-02'],
  );
  assert.deepEqual(
    d.workingSaturdays.map((s) => s.date),
    ['2026-01-17'],
  );
  assert.equal(state.workingDaysBetween('2025-12-15', d.due), 20);
});

test("CR-15.1 one month after 31 January is the month's last day, moved to the next working day when it is not one", () => {
  const d = state.addMonths('2026-01-31', 1);
  assert.equal(d.target, '2026-02-28');
  assert.equal(d.due, '2026-03-02');
  assert.deepEqual(
    d.skipped.map((s) => [s.date, s.reason]),
    [
      ['2026-02-28', 'weekend'],
      ['2026-03-01', 'weekend'],
    ],
  );
  assert.equal(state.addMonths('2028-01-31', 1).target, '2028-02-29', 'a leap year');
  assert.equal(state.addMonths('2026-03-10', 1).due, '2026-04-10', 'a working day stays');
});

test('CR-15.1 one month after 2026-05-23 lands on Līgo and moves past Jāņi to 25 June', () => {
  const d = state.addMonths('2026-05-23', 1);
  assert.equal(d.target, '2026-06-23');
  assert.equal(d.due, '2026-06-25');
  assert.deepEqual(
    d.skipped.map((s) => s.textLv),
    ['23.06.2026. — svētku diena (Līgo diena)', '24.06.2026. — svētku diena (Jāņu diena)'],
  );
});

test('DR-12.3 six months after 2026-06-30 is 2026-12-30; after 2026-06-26, 28 December (Saturday 26 Dec is a holiday anyway)', () => {
  assert.equal(state.addMonths('2026-06-30', 6).due, '2026-12-30');
  assert.equal(state.addMonths('2026-06-26', 6).due, '2026-12-28');
});

test('a deadline that ends after the last confirmed year is provisional', () => {
  assert.equal(facts.confirmedThrough, 2026);
  assert.equal(state.addWorkingDays('2026-12-28', 5).provisional, true);
  assert.equal(state.addWorkingDays('2026-12-01', 5).provisional, false);
  assert.equal(state.addMonths('2026-08-01', 6).provisional, true);
});

test('Labour Law s.133(4): every Cabinet transfer in the data — the day off is not a working day, the Saturday is, and a deadline across both explains them', () => {
  const transfers = facts.transferredWorkingDays.filter((t) => t.dayOff >= '2017-01-01');
  assert.ok(transfers.length >= 13, 'the data has the transfers of 2017–2026');
  for (const t of transfers) {
    assert.equal(state.isWorkingDay(t.dayOff), false, `${t.dayOff} is given off`);
    assert.equal(state.isWorkingDay(t.workingSaturday), true, `${t.workingSaturday} is worked`);
    assert.equal(state.day(t.workingSaturday).weekday, 6, `${t.workingSaturday} is a Saturday`);
    assert.deepEqual(
      { reason: state.day(t.dayOff).reason, pairedWith: state.day(t.dayOff).pairedWith },
      { reason: 'transferred_day_off', pairedWith: t.workingSaturday },
    );
    assert.equal(optedOut.isWorkingDay(t.dayOff), true, `${t.dayOff} is a working day without transfers`);
    assert.equal(
      optedOut.isWorkingDay(t.workingSaturday),
      false,
      `${t.workingSaturday} is a Saturday off without transfers`,
    );

    // ISO dates: the lexical order is the calendar order.
    const [first, last] = [t.dayOff, t.workingSaturday].sort() as [string, string];
    const from = plus(first, -1);
    const n = state.workingDaysBetween(from, last) + 1;
    const d = state.addWorkingDays(from, n);
    assert.ok(d.due > last);
    assert.ok(
      d.skipped.some(
        (s) =>
          s.date === t.dayOff && s.text === `${t.dayOff} — working day moved to ${t.workingSaturday} by Cabinet order`,
      ),
      `${t.dayOff} explained`,
    );
    assert.ok(
      d.workingSaturdays.some(
        (s) =>
          s.date === t.workingSaturday &&
          s.text === `${t.workingSaturday} — Saturday worked instead of ${t.dayOff} by Cabinet order`,
      ),
      `${t.workingSaturday} explained`,
    );
    // The transfer swaps a day off and a working day, so a span holding both counts the same with or without it.
    assert.equal(
      optedOut.workingDaysBetween(from, d.due),
      n,
      `${t.dayOff}/${t.workingSaturday} swap one day for another`,
    );
  }
});

test('Law on Holidays: Good Friday and Easter Monday follow Easter Sunday', () => {
  const easter: Record<number, string> = {
    2017: '2017-04-16',
    2019: '2019-04-21',
    2020: '2020-04-12',
    2021: '2021-04-04',
    2024: '2024-03-31',
    2025: '2025-04-20',
    2026: '2026-04-05',
    2027: '2027-03-28',
    2038: '2038-04-25',
  };
  for (const [year, sunday] of Object.entries(easter)) {
    assert.equal(dateOf(easterSunday(Number(year))), sunday);
    assert.equal(state.isWorkingDay(plus(sunday, -2)), false, `Good Friday ${year}`);
    assert.equal(state.day(plus(sunday, -2)).nameLv, 'Lielā Piektdiena');
    assert.equal(state.isWorkingDay(plus(sunday, 1)), false, `Easter Monday ${year}`);
    assert.equal(state.day(plus(sunday, 1)).nameEn, 'Easter Monday');
    assert.equal(state.isWorkingDay(plus(sunday, 2)), true, `the Tuesday after Easter ${year} is a working day`);
  }
});

test('Law on Holidays: 4 May and 18 November on a weekend give the Monday off', () => {
  const cases = [
    ['2019-05-04', '2019-05-06'],
    ['2018-11-18', '2018-11-19'],
    ['2017-11-18', '2017-11-20'],
    ['2023-11-18', '2023-11-20'],
    ['2024-05-04', '2024-05-06'],
    ['2025-05-04', '2025-05-05'],
    ['2029-11-18', '2029-11-19'],
  ];
  for (const [holiday, monday] of cases) {
    const info = optedOut.day(monday!);
    assert.deepEqual([info.working, info.reason, info.pairedWith], [false, 'substitute_day_off', holiday], monday);
    assert.equal(state.isWorkingDay(monday!), false);
    const d = state.addWorkingDays(plus(holiday!, -1), 1);
    assert.equal(d.due, plus(monday!, 1));
    assert.match(
      d.skipped.find((s) => s.date === monday)!.text,
      new RegExp(`day off because ${holiday} fell on a weekend`),
    );
  }
  assert.equal(state.isWorkingDay('2020-05-05'), true, '4 May 2020 was a Monday: no extra day');
  assert.equal(state.isWorkingDay('2026-06-29'), true, 'Līgo and Jāņi have no weekend rule');
});

test('Law on Holidays: the Song and Dance Festival closing day on a Sunday gives the Monday off (2018, 2023)', () => {
  for (const f of facts.songFestivalClosingDays) {
    const info = state.day(f.dayOff);
    assert.deepEqual([info.working, info.reason, info.pairedWith], [false, 'substitute_day_off', f.date]);
    assert.equal(info.nameEn, 'Closing day of the Song and Dance Festival');
  }
  assert.equal(state.dueAfterWorkingDays('2023-07-07', 1), '2023-07-11');
});

test('one-off public holidays declared by law: 2018-09-24 (Pope Francis) and 2023-05-29 (hockey bronze)', () => {
  for (const h of facts.oneOffHolidays) {
    assert.equal(state.isWorkingDay(h.date), false);
    assert.equal(state.day(h.date).reason, 'one_off_holiday');
  }
  const d = state.addWorkingDays('2023-05-26', 1);
  assert.equal(d.due, '2023-05-30');
  assert.match(d.skipped[0]!.text, /^2023-05-29 — one-off public holiday \(Day the Latvian ice hockey team won bronze/);
});

test('Labour Law s.135: the working day before a holiday is shortened, and so is the working Saturday standing in for such a day', () => {
  const y2026 = state.year(2026).shortenedDays.map((d) => d.date);
  assert.deepEqual(y2026, ['2026-04-02', '2026-04-30', '2026-06-27', '2026-11-17', '2026-12-23', '2026-12-30']);
  assert.equal(state.isShortened('2026-06-27'), true, 'the Saturday worked for 22 June, the day before Līgo');
  assert.equal(state.isShortened('2026-06-22'), false, 'a day off is not shortened');
  assert.equal(state.isShortened('2026-06-19'), false, 'the Friday before the moved day is not before a holiday');
  assert.equal(
    state.isShortened('2025-11-08'),
    true,
    'the Saturday worked for 17 November, the day before 18 November',
  );
  assert.equal(state.isShortened('2024-12-14'), true, 'stands in for 23 December, before Christmas Eve');
  assert.equal(state.isShortened('2024-12-28'), true, "stands in for 30 December, before New Year's Eve");
  assert.equal(state.isShortened('2026-01-17'), false, 'stands in for 2 January, which is before a Saturday');
  assert.equal(state.isShortened('2024-05-03'), true, 'Friday before 4 May on a Saturday');
  assert.equal(state.isShortened('2023-05-26'), false, 'Friday before a Monday holiday: the day before is a Sunday');
  assert.equal(optedOut.isShortened('2026-06-22'), true, 'without transfers, Monday 22 June is the day before Līgo');
  assert.equal(optedOut.isShortened('2026-06-27'), false);
});

test('the year view lists days off with names, working Saturdays and whether the year is confirmed', () => {
  const y = state.year(2026);
  assert.equal(y.confirmed, true);
  assert.equal(state.year(2027).confirmed, false);
  const moved = y.daysOff.find((d) => d.date === '2026-06-22')!;
  assert.deepEqual([moved.reason, moved.pairedWith, moved.weekday], ['transferred_day_off', '2026-06-27', 1]);
  assert.deepEqual(
    y.workingSaturdays.map((d) => d.date),
    ['2026-01-17', '2026-06-27'],
  );
  assert.equal(y.daysOff.find((d) => d.date === '2026-11-18')!.nameLv, 'Latvijas Republikas proklamēšanas diena');
  assert.ok(y.daysOff.every((d) => !d.working && d.reason !== 'weekend'));
  assert.deepEqual(optedOut.year(2026).workingSaturdays, []);
});

test('additions entered at run time join the shipped facts: a 2027 transfer and a one-off holiday', () => {
  const more = new WorkingCalendar(
    withAdditions(facts, {
      transfers: [{ dayOff: '2027-05-03', workingSaturday: '2027-05-08', basis: 'MK rīkojums Nr. 1' }],
      holidays: [{ date: '2027-09-01', nameLv: 'Vienreizēja', nameEn: 'One-off', basis: 'Likums' }],
      confirmedThrough: 2027,
    }),
  );
  assert.equal(more.isWorkingDay('2027-05-03'), false);
  assert.equal(more.isWorkingDay('2027-05-08'), true);
  assert.equal(more.isWorkingDay('2027-09-01'), false);
  assert.equal(more.isShortened('2027-08-31'), true);
  assert.equal(more.day('2027-05-03').basis, 'MK rīkojums Nr. 1');
  assert.equal(
    more.addWorkingDays('2027-04-30', 1).skipped[0]!.text,
    '2027-05-03 — working day moved to 2027-05-08 by Cabinet order: MK rīkojums Nr. 1',
  );
  assert.equal(more.addWorkingDays('2027-04-30', 1).provisional, false, '2027 confirmed');
});

test('bad input is refused: not a date, outside the range, N not a whole positive number', () => {
  assert.throws(() => state.dueAfterWorkingDays('2026-02-30', 1), CalendarDateError);
  assert.throws(() => state.isWorkingDay('2026-2-3'), CalendarDateError);
  assert.throws(() => state.day('garbage!!!'), CalendarDateError);
  assert.throws(() => state.addMonths('1989-12-31', 1), CalendarRangeError);
  assert.throws(() => state.dueAfterWorkingDays('2100-12-30', 5), CalendarRangeError);
  assert.throws(() => state.dueAfterWorkingDays('2026-01-01', 0), RangeError);
  assert.throws(() => state.dueAfterWorkingDays('2026-01-01', 1.5), RangeError);
  assert.throws(() => state.addMonths('2026-01-01', 0.5), RangeError);
});

test('the server time zone changes nothing', () => {
  const saved = process.env.TZ;
  try {
    const answers = ['UTC', 'Pacific/Kiritimati', 'America/Adak', 'Europe/Riga'].map((tz) => {
      process.env.TZ = tz;
      const c = new WorkingCalendar(facts);
      return [
        c.dueAfterWorkingDays('2026-03-27', 10),
        c.addMonths('2026-10-25', 1).due,
        c.year(2026).daysOff.length,
      ].join();
    });
    assert.equal(new Set(answers).size, 1, answers.join(' | '));
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});
