// The public calendar API on a real database: deadlines explained, working days counted, a year's special days,
// in either language and whatever the server's time zone; bad questions answered 400 naming the field.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { call } from '../../test/support/http.ts';
import { calendarCounts } from './test-fixtures.ts';

let ctx: TestContext;
before(async () => {
  ctx = await testContext();
});
after(() => ctx.close());

const get = (url: string, lang?: string) => call(ctx.app, 'GET', url, undefined, lang ? { 'accept-language': lang } : {});

test('DR-20.2 access within 3 working days after 2025-11-14 is 2025-11-21, explained in Latvian, without logging in', async () => {
  const res = await get('/api/v1/calendar/deadline?from=2025-11-14&workingDays=3');
  assert.equal(res.status, 200, res.body);
  assert.deepEqual(res.json, {
    due: '2025-11-21',
    from: '2025-11-14',
    amount: 3,
    unit: 'working_days',
    target: null,
    skipped: [
      { date: '2025-11-17', reason: 'transferred_day_off', text: '17.11.2025. — darba diena pārcelta uz 08.11.2025. ar Ministru kabineta rīkojumu' },
      { date: '2025-11-18', reason: 'public_holiday', text: '18.11.2025. — svētku diena (Latvijas Republikas proklamēšanas diena)' },
    ],
    workingSaturdays: [],
    provisional: false,
    calendar: 'state',
  });
});

test('DR-20.2 the explanation comes in English when asked for', async () => {
  const res = await get('/api/v1/calendar/deadline?from=2025-11-14&workingDays=3', 'en');
  assert.deepEqual(res.json.skipped.map((s: { text: string }) => s.text), [
    '2025-11-17 — working day moved to 2025-11-08 by Cabinet order',
    '2025-11-18 — public holiday (Proclamation Day of the Republic of Latvia)',
  ]);
});

test('CR-15.1 one month after 2026-01-31: target 28 February (a Saturday), due Monday 2 March', async () => {
  const res = await get('/api/v1/calendar/deadline?from=2026-01-31&months=1', 'en');
  assert.equal(res.status, 200, res.body);
  assert.equal(res.json.target, '2026-02-28');
  assert.equal(res.json.due, '2026-03-02');
  assert.equal(res.json.unit, 'months');
  assert.deepEqual(res.json.skipped.map((s: { reason: string }) => s.reason), ['weekend', 'weekend']);
});

test('CR-13.2 twenty working days from 2026-12-14 reach 2027, whose Cabinet order is not in yet: provisional', async () => {
  const res = await get('/api/v1/calendar/deadline?from=2026-12-14&workingDays=20');
  assert.equal(res.json.due, '2027-01-15');
  assert.equal(res.json.provisional, true);
});

test('working days after 2025-11-14 up to and including 2025-11-21 are 3', async () => {
  const res = await get('/api/v1/calendar/working-days?from=2025-11-14&to=2025-11-21');
  assert.equal(res.status, 200, res.body);
  assert.deepEqual(res.json, { from: '2025-11-14', to: '2025-11-21', workingDays: 3, calendar: 'state' });
  assert.equal((await get('/api/v1/calendar/working-days?from=2026-06-19&to=2026-06-19')).json.workingDays, 0);
});

test('the year 2026: 22 June a transferred day off paired with the working Saturday 27 June, which is shortened', async () => {
  const res = await get('/api/v1/calendar/2026');
  assert.equal(res.status, 200, res.body);
  const y = res.json;
  assert.equal(y.confirmed, true);
  assert.deepEqual(y.daysOff.find((d: { date: string }) => d.date === '2026-06-22'), {
    date: '2026-06-22',
    weekday: 1,
    working: false,
    reason: 'transferred_day_off',
    nameLv: null,
    nameEn: null,
    pairedWith: '2026-06-27',
    basis: null,
    shortened: false,
  });
  assert.deepEqual(y.workingSaturdays.map((d: { date: string }) => d.date), ['2026-01-17', '2026-06-27']);
  assert.ok(y.shortenedDays.some((d: { date: string }) => d.date === '2026-06-27'));
  const ligo = y.daysOff.find((d: { date: string }) => d.date === '2026-06-23');
  assert.deepEqual([ligo.nameLv, ligo.nameEn, ligo.reason], ['Līgo diena', 'Midsummer Eve (Līgo)', 'public_holiday']);
  const next = await get('/api/v1/calendar/2027');
  assert.equal(next.status, 200);
  assert.equal(next.json.confirmed, false, 'the year after the last confirmed one is shown, not confirmed');
});

test("the server's time zone changes no answer", async () => {
  const urls = ['/api/v1/calendar/deadline?from=2026-03-27&workingDays=10', '/api/v1/calendar/deadline?from=2026-10-24&months=1', '/api/v1/calendar/2026', '/api/v1/calendar/working-days?from=2026-03-27&to=2026-04-07'];
  const saved = process.env.TZ;
  const answers: string[] = [];
  try {
    for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/Adak', 'Europe/Riga']) {
      process.env.TZ = tz;
      const bodies = await Promise.all(urls.map(async (u) => (await get(u)).body));
      answers.push(bodies.join('\n'));
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
  assert.equal(new Set(answers).size, 1);
});

const badQuestions: [string, string, string, string][] = [
  ['/api/v1/calendar/deadline?from=2026-02-30&workingDays=3', '/from', 'field_format', 'query'],
  ['/api/v1/calendar/deadline?from=26.11.2026&workingDays=3', '/from', 'field_format', 'query'],
  ['/api/v1/calendar/deadline?workingDays=3', '/from', 'field_required', 'query'],
  ['/api/v1/calendar/deadline?from=2026-03-02', '/workingDays', 'calendar_unit_required', 'query'],
  ['/api/v1/calendar/deadline?from=2026-03-02&workingDays=3&months=1', '/months', 'calendar_unit_both', 'query'],
  ['/api/v1/calendar/deadline?from=2026-03-02&workingDays=0', '/workingDays', 'field_range', 'query'],
  ['/api/v1/calendar/deadline?from=2026-03-02&workingDays=-5', '/workingDays', 'field_range', 'query'],
  ['/api/v1/calendar/deadline?from=2026-03-02&workingDays=1001', '/workingDays', 'field_range', 'query'],
  ['/api/v1/calendar/deadline?from=2026-03-02&workingDays=2.5', '/workingDays', 'field_type', 'query'],
  ['/api/v1/calendar/deadline?from=2026-03-02&months=121', '/months', 'field_range', 'query'],
  ['/api/v1/calendar/deadline?from=2014-12-31&workingDays=3', '/from', 'calendar_year_out_of_range', 'query'],
  ['/api/v1/calendar/deadline?from=2028-01-03&workingDays=3', '/from', 'calendar_year_out_of_range', 'query'],
  ['/api/v1/calendar/deadline?from=2026-03-02&workingDays=3&organisation=balvi', '/organisation', 'field_format', 'query'],
  ['/api/v1/calendar/deadline?from=2026-03-02&workingDays=3&extra=1', '/extra', 'field_unknown', 'query'],
  ['/api/v1/calendar/working-days?from=2026-03-10&to=2026-03-02', '/to', 'field_date_order', 'query'],
  ['/api/v1/calendar/working-days?from=2026-03-10&to=2030-03-02', '/to', 'calendar_year_out_of_range', 'query'],
  ['/api/v1/calendar/2014', '/year', 'calendar_year_out_of_range', 'path'],
  ['/api/v1/calendar/2028', '/year', 'calendar_year_out_of_range', 'path'],
  ['/api/v1/calendar/twenty', '/year', 'field_type', 'path'],
];

test('bad questions answer 400 naming the field and where it is, and write nothing', async () => {
  const before = await calendarCounts(ctx.db);
  for (const [url, field, code, where] of badQuestions) {
    const res = await get(url, 'en');
    assert.equal(res.status, 400, `${url}: ${res.body}`);
    assert.match(String(res.headers['content-type']), /application\/problem\+json/);
    assert.equal(res.json.code, 'validation_failed');
    assert.deepEqual(res.json.errors.map((e: { field: string; code: string; in: string }) => [e.field, e.code, e.in]), [[field, code, where]], url);
  }
  const range = await get('/api/v1/calendar/2028', 'lv');
  assert.equal(range.json.errors[0].message, 'Kalendārs ir zināms no 2015. līdz 2027. gadam.');
  assert.deepEqual(await calendarCounts(ctx.db), before);
});

test('an unknown organisation is 404', async () => {
  const res = await get('/api/v1/calendar/deadline?from=2026-03-02&workingDays=3&organisation=00000000-0000-4000-8000-000000000000');
  assert.equal(res.status, 404);
  assert.equal((await get('/api/v1/calendar/2026?organisation=00000000-0000-4000-8000-000000000000')).status, 404);
});
