// Kind compliance as of a date, with the rule versions in force then (rule parameters are data).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseClock, type Interval } from './clock.ts';
import { centreWeek, evaluateCompliance, type ComplianceInput, type ReceptionVersion } from './compliance.ts';
import { kindRules, rulesInForce } from './kind-rules.ts';
import type { Schedule } from './hours.ts';

const iv = (opens: string, closes: string): Interval => ({ opens: parseClock(opens), closes: parseClock(closes) });
const week = (intervals: Interval[], days = [1, 2, 3, 4, 5]): Schedule => ({
  label: null,
  validFrom: null,
  validUntil: null,
  days: Object.fromEntries(days.map((d) => [d, intervals])),
});
const fullTime = week([iv('08:00', '12:00'), iv('12:30', '17:00')]); // 8.5 h × 5 = 42.5 h

function receiving(
  name: string,
  days: number[],
  kind: ReceptionVersion['institutionKind'] = 'institution',
  validFrom = '2017-01-01',
  validUntil: string | null = null,
): ReceptionVersion {
  return {
    institutionId: name,
    institutionName: name,
    institutionKind: kind,
    validFrom,
    validUntil,
    days: Object.fromEntries(days.map((d) => [d, [iv('09:00', '16:00')]])),
  };
}

const base = (extra: Partial<ComplianceInput>): ComplianceInput => ({
  date: '2026-11-23',
  kind: 'county',
  placeLevel: 'county',
  points: [{ schedules: [fullTime] }],
  reception: [],
  ...extra,
});
const checkOf = (input: ComplianceInput, rule: string, measure?: string) =>
  evaluateCompliance(input, 'en').checks.find((c) => c.rule === rule && (!measure || c.measure === measure));

test('DR-25.1.7.1 a county centre open five working days and 42.5 hours a week is compliant', () => {
  const result = evaluateCompliance(base({}), 'lv');
  assert.equal(result.compliant, true);
  assert.deepEqual(
    result.checks.map((c) => `${c.rule}/${c.measure}`),
    ['CR-4/place_level', 'DR-25.1.7.1/working_days', 'DR-25.1.7.1/weekly_hours'],
  );
  assert.equal(result.checks[2]!.actual, 42.5);
  // The explanation writes the number as its language does: the decimal comma in Latvian, a point in English.
  assert.match(result.checks[2]!.explanation, /42,5 stundas/);
  assert.match(evaluateCompliance(base({}), 'en').checks[2]!.explanation, /42\.5 hours/);
});

test('DR-25.1.7.1 four days, or fewer than 40 hours, fails with both numbers in the explanation', () => {
  const fourDays = base({ points: [{ schedules: [week([iv('08:00', '18:00')], [1, 2, 3, 4])] }] });
  const days = checkOf(fourDays, 'DR-25.1.7.1', 'working_days')!;
  assert.equal(days.passed, false);
  assert.equal(days.actual, 4);
  assert.equal(days.explanation, 'The centre is open only 4 working days a week, but must be open 5.');
  assert.equal(checkOf(fourDays, 'DR-25.1.7.1', 'weekly_hours')!.passed, true, '40 hours in four days');
  const short = checkOf(
    base({ points: [{ schedules: [week([iv('09:00', '16:00')])] }] }),
    'DR-25.1.7.1',
    'weekly_hours',
  )!;
  assert.equal(short.passed, false);
  assert.equal(short.actual, 35);
});

test('DR-26.1.2 the centre is open when any point is open: the points union per weekday, overlaps counted once', () => {
  const morning = week([iv('08:00', '12:00')]);
  const afternoon = week([iv('11:00', '17:00')]);
  const hours = centreWeek([{ schedules: [morning] }, { schedules: [afternoon] }], '2026-11-23');
  assert.equal(hours.get(1), 9 * 60);
  const input = base({
    kind: 'regional',
    placeLevel: 'regional',
    points: [{ schedules: [morning] }, { schedules: [afternoon] }],
  });
  assert.equal(checkOf(input, 'DR-26.1.2', 'weekly_hours')!.actual, 45);
});

test('CR-4 CR-5 CR-6 a centre lies in a development centre of at least its own level', () => {
  assert.equal(
    checkOf(base({ placeLevel: 'regional' }), 'CR-4')!.passed,
    true,
    'a county centre in a regional development centre',
  );
  assert.equal(checkOf(base({ kind: 'national', placeLevel: 'regional' }), 'CR-6')!.passed, false);
  const unknown = checkOf(base({ kind: 'regional', placeLevel: null }), 'CR-5')!;
  assert.equal(unknown.passed, false);
  assert.equal(unknown.actual, 'unknown');
});

test('CR-5.3 a regional centre needs three institutions receiving at least one working day a week (from 2018-07-01)', () => {
  const two = base({
    kind: 'regional',
    placeLevel: 'regional',
    reception: [receiving('VID', [2]), receiving('NVA', [3])],
  });
  const failing = checkOf(two, 'CR-5.3')!;
  assert.equal(failing.passed, false);
  assert.equal(failing.expected, 3);
  assert.equal(failing.actual, 2);
  assert.equal(
    failing.explanation,
    'Institutions receiving clients on at least 1 working day(s) a week: only 2, but 3 are needed — NVA, VID.',
  );
  const three = { ...two, reception: [...two.reception, receiving('VSAA', [4])] };
  assert.equal(checkOf(three, 'CR-5.3')!.passed, true);
  assert.equal(evaluateCompliance(three, 'lv').compliant, true);
});

test('CR-5.3 counts only institutions (CR-2.4), only reception versions in force on the date, only weekdays', () => {
  const input = base({
    kind: 'regional',
    placeLevel: 'regional',
    reception: [
      receiving('VID', [2]),
      receiving('NVA', [3]),
      receiving('SIVA', [1], 'holder'),
      receiving('VSAA', [4], 'institution', '2027-01-01'),
      receiving('UR', [6]),
    ],
  });
  assert.equal(checkOf(input, 'CR-5.3')!.actual, 2);
  assert.equal(checkOf({ ...input, date: '2027-01-04' }, 'CR-5.3')!.actual, 3);
});

test('DR-4.2.2 before CR: a regional centre needed two institutions five days a week; none in force from 2017-07-01 to 2018-06-30', () => {
  const reception = [receiving('VID', [1, 2, 3, 4, 5]), receiving('NVA', [2])];
  const input = base({ kind: 'regional', placeLevel: 'regional', reception, date: '2017-03-01' });
  const draft = checkOf(input, 'DR-4.2.2')!;
  assert.equal(draft.passed, false);
  assert.equal(draft.expected, 2);
  assert.equal(draft.actual, 1);
  const between = evaluateCompliance({ ...input, date: '2018-01-15' }, 'en');
  assert.equal(
    between.checks.some((c) => c.measure === 'institutions'),
    false,
  );
  assert.equal(checkOf({ ...input, date: '2018-07-01' }, 'CR-5.3')!.expected, 3);
});

test('CR-6.3 a national centre needs four institutions on all working days', () => {
  const allDays = [1, 2, 3, 4, 5];
  const reception = [
    receiving('VID', allDays),
    receiving('NVA', allDays),
    receiving('VSAA', allDays),
    receiving('PMLP', [1, 2, 3, 4]),
  ];
  const input = base({ kind: 'national', placeLevel: 'national', reception });
  assert.equal(checkOf(input, 'CR-6.3')!.passed, false);
  assert.equal(checkOf(input, 'CR-6.3')!.actual, 3);
  const four = { ...input, reception: [...reception, receiving('UR', allDays)] };
  assert.equal(checkOf(four, 'CR-6.3')!.passed, true);
});

test('CR-3 a centre without a kind is not compliant', () => {
  const result = evaluateCompliance(base({ kind: null }), 'en');
  assert.equal(result.compliant, false);
  assert.equal(result.checks[0]!.rule, 'CR-3');
});

test('DR-4.2.2 rule versions of one check and kind never overlap in time', () => {
  const rules = kindRules();
  for (const a of rules) {
    for (const b of rules) {
      if (a === b || a.check !== b.check || !a.kinds.some((k) => b.kinds.includes(k))) continue;
      const overlap =
        (a.validUntil === null || b.validFrom === null || a.validUntil >= b.validFrom) &&
        (b.validUntil === null || a.validFrom === null || b.validUntil >= a.validFrom);
      assert.equal(overlap, false, `${a.rule} and ${b.rule} overlap`);
    }
  }
  assert.deepEqual(
    rulesInForce('national', '2026-11-23').map((r) => r.rule),
    ['CR-6', 'DR-26.1.2', 'CR-6.3'],
  );
});
