// The calendar for any year from 1990 to 2100: the holiday law's days follow from the law alone (Easter computed,
// the weekend rule applied), each year with the law as it then stood; only the Cabinet's transfers are missing
// outside the recorded years, which a result says (provisional, with the reason in both languages).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CalendarRangeError, WorkingCalendar, dateOf, dayNumber, easterSunday } from './calendar.ts';
import { shippedFacts } from './facts.ts';

const state = new WorkingCalendar(shippedFacts());
const optedOut = new WorkingCalendar(shippedFacts(), { applyTransfers: false });
const plus = (date: string, days: number) => dateOf(dayNumber(date) + days);

test('Law on Holidays s.2 / DR-20.2: 1 working day after Friday 2029-11-16 — 18.11.2029 is a Sunday, Monday 19.11 is off, due Tuesday 20.11', () => {
  assert.equal(state.day('2029-11-18').weekday, 7);
  const d = state.addWorkingDays('2029-11-16', 1);
  assert.equal(d.due, '2029-11-20');
  assert.deepEqual(d.skipped, [
    {
      date: '2029-11-19',
      reason: 'substitute_day_off',
      text: '2029-11-19 — day off because 2029-11-18 fell on a weekend (Proclamation Day of the Republic of Latvia)',
      textLv:
        '19.11.2029. — brīvdiena, jo 18.11.2029. iekrita nedēļas nogalē (Latvijas Republikas proklamēšanas diena)',
    },
  ]);
  assert.deepEqual(d.workingSaturdays, []);
  assert.equal(d.provisional, true);
  assert.deepEqual(d.provisionalReason, {
    text: '2029: Cabinet transfers of working days not yet known',
    textLv: '2029. gadā Ministru kabineta darba dienu pārcelšana vēl nav zināma',
  });
  assert.equal(
    state.isShortened('2029-11-16'),
    false,
    'the day before a Sunday holiday is a Saturday, not this Friday',
  );
});

test('Law on Holidays: Easter far from today matches the published table — Good Friday, Easter Sunday and Monday', () => {
  // Western (Gregorian) Easter Sundays as published in Easter tables; 2038 is the latest possible date, 2008 almost the earliest.
  const table: Record<number, string> = {
    1990: '1990-04-15',
    1996: '1996-04-07',
    2008: '2008-03-23',
    2011: '2011-04-24',
    2038: '2038-04-25',
    2049: '2049-04-18',
    2057: '2057-04-22',
    2076: '2076-04-19',
    2095: '2095-04-24',
    2100: '2100-03-28',
  };
  for (const [year, sunday] of Object.entries(table)) {
    assert.equal(dateOf(easterSunday(Number(year))), sunday, `Easter ${year}`);
    assert.deepEqual(
      [state.day(plus(sunday, -2)).nameEn, state.isWorkingDay(plus(sunday, -2))],
      ['Good Friday', false],
      `Good Friday ${year}`,
    );
    assert.equal(state.day(sunday).nameEn, 'Easter Sunday');
    // Easter Monday is a holiday from 1996 on (the next test); in 1990 it was a working day.
    const monday = Number(year) >= 1996 ? ['Easter Monday', false] : [undefined, true];
    assert.deepEqual(
      [state.day(plus(sunday, 1)).nameEn, state.isWorkingDay(plus(sunday, 1))],
      monday,
      `Easter Monday ${year}`,
    );
    assert.equal(state.isWorkingDay(plus(sunday, 2)), true, `the Tuesday after Easter ${year}`);
  }
});

test('Law on Holidays as it stood: 4 May a holiday from 2002, 24 December and the weekend rule from 2007, Easter Monday from 1996', () => {
  const cases: [string, boolean, string][] = [
    ['1995-04-17', true, 'Easter Monday 1995: not yet a holiday (law of 3 October 1990)'],
    ['1996-04-08', false, 'Easter Monday 1996: the data applies the amendment of 21 September 1995'],
    ['2001-05-04', true, '4 May 2001 (Friday): a remembrance day, not a holiday, before 2002'],
    ['2005-05-04', false, '4 May 2005 (Wednesday): a holiday'],
    ['2003-05-05', true, '4 May 2003 was a Sunday: no day off for it before 2007'],
    ['2001-11-19', true, '18 November 2001 was a Sunday: no day off for it before 2007'],
    ['2007-11-19', false, '18 November 2007 was a Sunday: the first Monday off under the law of 24 May 2007'],
    ['2004-12-24', true, '24 December 2004 (Friday): a working day before 2007'],
    ['2007-12-24', false, '24 December 2007 (Monday): a holiday'],
  ];
  for (const [date, working, why] of cases) assert.equal(state.isWorkingDay(date), working, why);
  assert.equal(state.isShortened('2004-12-23'), false, 'not before a holiday in 2004');
  assert.equal(state.isShortened('2004-12-24'), true, 'the day before Christmas Day is shortened');
  assert.deepEqual(state.day('2007-11-19').pairedWith, '2007-11-18');
  assert.equal(state.addWorkingDays('2007-11-16', 1).due, '2007-11-20');
});

test("1990 and 2100, the edges: the holidays of the 1990 law, New Year's Eve 2100, and nothing past it", () => {
  assert.deepEqual(
    state.year(1990).daysOff.map((d) => d.date),
    [
      '1990-01-01',
      '1990-04-13',
      '1990-04-15',
      '1990-05-01',
      '1990-06-23',
      '1990-06-24',
      '1990-11-18',
      '1990-12-25',
      '1990-12-26',
      '1990-12-31',
    ],
  );
  assert.equal(state.dueAfterWorkingDays('1990-01-01', 1), '1990-01-02');
  assert.equal(state.workingDaysBetween('1990-01-01', '1990-01-05'), 4);
  const end = state.addWorkingDays('2100-12-20', 4);
  assert.deepEqual([end.due, end.skipped.map((s) => s.date)], ['2100-12-27', ['2100-12-24']]);
  assert.equal(state.isWorkingDay('2100-12-31'), false, "New Year's Eve 2100 is a Friday holiday");
  assert.equal(state.dueAfterWorkingDays('2100-12-29', 1), '2100-12-30');
  assert.throws(
    () => state.dueAfterWorkingDays('2100-12-30', 1),
    CalendarRangeError,
    'the next working day is in 2101',
  );
  assert.throws(() => state.isWorkingDay('1989-12-31'), CalendarRangeError);
  assert.throws(() => state.year(2101), CalendarRangeError);
});

test('provisional before 2015 and after the last confirmed year, with the reason in Latvian and English', () => {
  const early = state.addWorkingDays('2010-03-01', 3);
  assert.deepEqual(
    [early.provisional, early.provisionalReason],
    [
      true,
      {
        text: '2010: Cabinet transfers of working days not known (the calendar holds them from 2015)',
        textLv: '2010. gadā Ministru kabineta darba dienu pārcelšana nav zināma (kalendārā tā ir no 2015. gada)',
      },
    ],
  );
  const across = state.addWorkingDays('2014-12-20', 10);
  assert.equal(
    across.due,
    '2015-01-10',
    'the recorded 2015 transfer applies: 2 January off, Saturday 10 January worked',
  );
  assert.equal(across.provisional, true, 'the days counted in late 2014 are not confirmed');
  assert.equal(state.addWorkingDays('2014-12-31', 1).provisional, false, 'counting starts in 2015');
  assert.equal(state.addWorkingDays('2026-12-01', 5).provisional, false);
  const late = state.addMonths('2027-06-15', 24);
  assert.equal(
    late.provisionalReason?.text,
    '2029: Cabinet transfers of working days not yet known',
    'a month term depends on its target to its due date',
  );
  const long = state.addWorkingDays('2026-12-30', 600);
  assert.equal(long.provisionalReason?.text, '2027–2029: Cabinet transfers of working days not yet known');
  assert.equal(
    long.provisionalReason?.textLv,
    '2027.–2029. gadā Ministru kabineta darba dienu pārcelšana vēl nav zināma',
  );
  assert.equal(
    optedOut.addWorkingDays('2029-11-16', 1).provisional,
    true,
    'an opted-out calendar may still get one-off holidays',
  );
  assert.equal(state.provisionalBetween('2026-03-01', '2026-12-31'), undefined);
  assert.equal(
    state.provisionalBetween('2014-12-31', '2015-03-01'),
    undefined,
    'the days counted are after the first date',
  );
  assert.match(state.provisionalBetween('2030-01-01', '2028-05-05')?.text ?? '', /^2028–2030: /, 'either order');
  assert.equal(state.year(2028).confirmed, false);
  assert.equal(state.year(2028).provisionalReason?.text, '2028: Cabinet transfers of working days not yet known');
  assert.equal(state.year(2014).confirmed, false);
  assert.match(state.year(2014).provisionalReason?.textLv ?? '', /^2014\. gadā .* no 2015\. gada\)$/);
  assert.equal(state.year(2015).provisionalReason, undefined);
});
