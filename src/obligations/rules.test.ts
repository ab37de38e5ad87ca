// The registry of deadline rules and its arithmetic, without a database: every rule the issue names is there and
// cites a real requirement, versions are found by date, and each kind of deadline lands on the right day of the
// shipped Latvian calendar (with the Cabinet's transfers of 2025 and 2026).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { WorkingCalendar } from '../platform/calendar/calendar.ts';
import { shippedFacts } from '../platform/calendar/facts.ts';
import { computeDeadline, workingDaysBefore } from './deadline.ts';
import { clockStart, parsePeriod, periodsContaining } from './periods.ts';
import { versionOn, type ObligationRule } from './rule-model.ts';
import { RULES, ruleById } from './rules.ts';

const calendar = new WorkingCalendar(shippedFacts());
const requirementsFile = new URL('../../../shared/requirements.md', import.meta.url);

const ISSUE_IDS = [
  'CR-11',
  'CR-13.2',
  'CR-13.3',
  'CR-14.2',
  'CR-14.3',
  'CR-15.1',
  'CR-15.2',
  'CR-15.3',
  'CR-16',
  'CR-17.16',
  'CR-18.1',
  'CR-19.1',
  'CR-19.2',
  'DR-11.2',
  'DR-12.3',
  'DR-15.2',
  'DR-15.3',
  'DR-15.4',
  'DR-16',
  'DR-20.2',
  'DR-21.2',
  'DR-22.1',
  'DR-22.2',
  'DR-25.1.7.3',
  'DR-25.2.1',
  'DR-26.1.9',
  'DR-27.3',
  'SR-11',
  'SR-22',
  'SR-23',
  'SR-24',
];

/** The due date of a rule's only version for a start date (and period, for recurring rules). */
function dueOf(id: string, start: string, periodKey: string | null = null) {
  const rule = ruleById(id)!;
  const period = periodKey ? parsePeriod(rule.recurrence!, periodKey)! : null;
  const found = versionOn(rule, start);
  assert.ok(found, `${id} is in force on ${start}`);
  return computeDeadline(calendar, found.version.deadline, start, period);
}

const mentions = (text: string, id: string) =>
  new RegExp(`(^|[^\\w.-])${id.replace(/\./g, '\\.')}(?![\\w]|\\.\\d)`, 'm').test(text);

test('every rule the issue lists is in the registry, once', () => {
  const ids = RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'no rule twice');
  for (const id of ISSUE_IDS) assert.ok(ids.includes(id as (typeof ids)[number]), `${id} is registered`);
});

test('every registry entry cites a requirement ID of requirements.md (itself, or the entry that lists it)', {
  skip: !existsSync(requirementsFile) && 'needs ../shared/requirements.md',
}, () => {
  const text = readFileSync(requirementsFile, 'utf8');
  for (const rule of RULES as readonly ObligationRule[]) {
    if (mentions(text, rule.id)) continue;
    assert.ok(rule.listedAs, `${rule.id} is not in requirements.md and names no entry that lists it`);
    assert.ok(
      mentions(text, rule.listedAs),
      `${rule.id} is listed as ${rule.listedAs}, which requirements.md does not have`,
    );
  }
});

test('each rule has versions in date order, without gaps or overlaps, the last one open-ended', () => {
  for (const rule of RULES as readonly ObligationRule[]) {
    assert.ok(rule.versions.length >= 1, rule.id);
    rule.versions.forEach((v, i) => {
      const next = rule.versions[i + 1];
      if (next)
        assert.ok(
          v.validTo !== null && next.validFrom > v.validTo,
          `${rule.id} v${i + 1} ends before v${i + 2} starts`,
        );
      else assert.equal(v.validTo, null, `${rule.id}: the last version is in force`);
    });
    assert.ok(
      rule.owedBy.length > 0 && rule.fulfilledByLv && rule.fulfilledByEn && rule.titleLv && rule.titleEn,
      rule.id,
    );
  }
});

test('a rule is evaluated with the version in force on the start date (the lookup, on a rule whose notice changed)', () => {
  const changed: Pick<ObligationRule, 'versions'> = {
    versions: [
      {
        validFrom: '2017-07-01',
        validTo: '2019-02-28',
        deadline: { unit: 'working_days', amount: 5, direction: 'after' },
        basis: 'old',
      },
      {
        validFrom: '2019-03-01',
        validTo: null,
        deadline: { unit: 'working_days', amount: 10, direction: 'after' },
        basis: 'new',
      },
    ],
  };
  assert.equal(versionOn(changed, '2017-06-30'), undefined);
  assert.deepEqual([versionOn(changed, '2017-07-01')?.number, versionOn(changed, '2019-02-28')?.number], [1, 1]);
  assert.deepEqual(
    [versionOn(changed, '2019-03-01')?.number, versionOn(changed, '2026-11-23')?.version.basis],
    [2, 'new'],
  );
});

test('SR-22 applies from 2020-01-01 (SR-27) and SR-23 from the 2018 reports (SR-28): earlier periods owe nothing', () => {
  const sr22 = ruleById('SR-22')!;
  const sr23 = ruleById('SR-23')!;
  const start = (year: number) => clockStart(sr22.recurrence!, parsePeriod(sr22.recurrence!, String(year))!);
  assert.equal(start(2019), '2020-01-01');
  assert.equal(versionOn(sr22, start(2018)), undefined, 'no indicators owed for 2018');
  assert.equal(versionOn(sr22, start(2019))?.number, 1, 'the 2019 indicators were the first, due by 1 April 2020');
  assert.equal(versionOn(sr23, start(2017)), undefined);
  assert.equal(versionOn(sr23, start(2018))?.number, 1);
});

test('DR-20.2 an access application received on 2025-11-14 is due 2025-11-21', () => {
  const d = dueOf('DR-20.2', '2025-11-14');
  assert.equal(d.due, '2025-11-21');
  assert.deepEqual(
    d.skipped.map((s) => [s.date, s.reason]),
    [
      ['2025-11-17', 'transferred_day_off'],
      ['2025-11-18', 'public_holiday'],
    ],
  );
  assert.match(d.skipped[0]!.text, /moved to 2025-11-08/);
});

test('CR-19.1 the institution must notify 5 working days before the officer starts', () => {
  // The officer starts on Monday 2025-11-24: back over 21, 20, 19, (18 holiday, 17 moved), 14, 13.
  const d = dueOf('CR-19.1', '2025-11-24');
  assert.equal(d.due, '2025-11-13');
  assert.equal(d.direction, 'before');
  assert.equal(d.from, '2025-11-24');
  assert.deepEqual(
    d.skipped.map((s) => s.date),
    ['2025-11-17', '2025-11-18'],
  );
  assert.equal(
    calendar.workingDaysBetween(d.due, '2025-11-23'),
    4,
    'four working days lie between the notice and the start',
  );
});

test('CR-19.2 new reception hours from 2026-01-05 must be announced by 2025-12-19, over the Christmas and New Year days off', () => {
  const d = dueOf('CR-19.2', '2026-01-05');
  assert.equal(d.due, '2025-12-19');
  assert.deepEqual(
    d.skipped.map((s) => s.date),
    ['2025-12-24', '2025-12-25', '2025-12-26', '2025-12-31', '2026-01-01', '2026-01-02'],
  );
});

test('CR-16 one month before an exclusion on 2026-03-31 is Friday 2026-02-27 (28 February is a Saturday: earlier, never later)', () => {
  assert.equal(dueOf('CR-16', '2026-03-31').due, '2026-02-27');
});

test('CR-13.3 one month after 2026-01-31 is the month’s last day, moved to the next working day: 2026-03-02', () => {
  assert.equal(dueOf('CR-13.3', '2026-01-31').due, '2026-03-02');
});

test('DR-27.3 the written confirmation of an e-service completed on 2025-11-30 is kept until 2026-02-28', () => {
  // A storage period: it ends on Saturday 28 February itself (no 30th), not moved to Monday 2 March.
  assert.equal(ruleById('DR-27.3')!.kind, 'retention');
  const d = dueOf('DR-27.3', '2025-11-30');
  assert.equal(d.due, '2026-02-28');
  assert.deepEqual([d.unit, d.amount, d.skipped, d.provisional], ['months', 3, [], false]);
  assert.equal(dueOf('DR-27.3', '2027-11-30').due, '2028-02-29');
});

test('SR-22 indicators for 2025 are due by 1 April 2026', () => {
  const d = dueOf('SR-22', '2026-01-01', '2025');
  assert.equal(d.due, '2026-04-01');
  assert.equal(d.unit, 'fixed_date');
});

test('SR-23 the evaluation of 2022 was due on Monday 2023-04-03, 1 April being a Saturday', () => {
  assert.equal(dueOf('SR-23', '2023-01-01', '2022').due, '2023-04-03');
});

test('SR-11 the check of 2026-Q4 is due on the last working day of the quarter, 2026-12-30 (31 December is a holiday)', () => {
  const d = dueOf('SR-11', '2026-10-01', '2026-Q4');
  assert.equal(d.due, '2026-12-30');
  assert.deepEqual(
    d.skipped.map((s) => s.date),
    ['2026-12-31'],
  );
});

test('SR-24 a measurement of 2023–2025 is published within 3 months of its end: by 2026-03-31', () => {
  assert.equal(dueOf('SR-24', '2023-01-01', '2023-2025').due, '2026-03-31');
});

test('CR-17.16 the survey of 2026–2028 is due on Friday 2028-12-29; deadlines past the confirmed years are provisional', () => {
  const d = dueOf('CR-17.16', '2026-01-01', '2026-2028');
  assert.equal(d.due, '2028-12-29');
  assert.equal(d.provisional, true);
  assert.equal(dueOf('SR-11', '2026-10-01', '2026-Q4').provisional, false);
});

test('CR-11 two committee meetings a year: periods 2026/1 and 2026/2, both due by the year’s last working day', () => {
  const cr11 = ruleById('CR-11')!.recurrence!;
  assert.deepEqual(
    periodsContaining(cr11, '2026-11-23').map((p) => p.key),
    ['2026/1', '2026/2'],
  );
  assert.equal(dueOf('CR-11', '2026-01-01', '2026/2').due, '2026-12-30');
  assert.equal(parsePeriod(cr11, '2026'), undefined);
  assert.equal(parsePeriod(cr11, '2026/3'), undefined);
});

test('periods: quarters, years and three-year periods counted from 2017; anything else is not a period', () => {
  const q = { every: 'quarter' } as const;
  const y = { every: 'year' } as const;
  const t = { every: 'three_years' } as const;
  assert.deepEqual(periodsContaining(q, '2026-11-23'), [{ key: '2026-Q4', first: '2026-10-01', last: '2026-12-31' }]);
  assert.deepEqual(periodsContaining(q, '2024-02-29'), [{ key: '2024-Q1', first: '2024-01-01', last: '2024-03-31' }]);
  assert.deepEqual(periodsContaining(t, '2025-06-01'), [{ key: '2023-2025', first: '2023-01-01', last: '2025-12-31' }]);
  assert.deepEqual(
    periodsContaining(t, '2026-01-01').map((p) => p.key),
    ['2026-2028'],
  );
  assert.equal(parsePeriod(y, '2026')?.last, '2026-12-31');
  for (const bad of ['2026-Q5', '2025-2027', '2026-Q4/1', '26', '2026-2028', 'x'])
    assert.equal(parsePeriod(y, bad) ?? parsePeriod(q, bad.replace('2026-2028', 'zz')), undefined, bad);
  assert.equal(parsePeriod(t, '2025-2027'), undefined, 'three-year periods start in 2017, 2020, 2023, 2026 …');
});

test('the Nth working day before a date never counts the date itself and always lands on a working day', () => {
  for (let day = Date.UTC(2025, 0, 1); day < Date.UTC(2027, 0, 1); day += 86_400_000) {
    const date = new Date(day).toISOString().slice(0, 10);
    for (const n of [1, 5]) {
      const due = workingDaysBefore(calendar, date, n);
      assert.ok(due < date && calendar.isWorkingDay(due), `${n} before ${date}`);
      assert.equal(
        calendar.workingDaysBetween(due, date) - (calendar.isWorkingDay(date) ? 1 : 0),
        n - 1,
        `${n} before ${date}`,
      );
    }
  }
});
