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

const get = (url: string, lang?: string) =>
  call(ctx.app, 'GET', url, undefined, lang ? { 'accept-language': lang } : {});

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
      {
        date: '2025-11-17',
        reason: 'transferred_day_off',
        text: '17.11.2025. — darba diena pārcelta uz 08.11.2025. ar Ministru kabineta rīkojumu',
      },
      {
        date: '2025-11-18',
        reason: 'public_holiday',
        text: '18.11.2025. — svētku diena (Latvijas Republikas proklamēšanas diena)',
      },
    ],
    workingSaturdays: [],
    provisional: false,
    provisionalReason: null,
    calendar: 'state',
  });
});

test('DR-20.2 the explanation comes in English when asked for', async () => {
  const res = await get('/api/v1/calendar/deadline?from=2025-11-14&workingDays=3', 'en');
  assert.deepEqual(
    res.json.skipped.map((s: { text: string }) => s.text),
    [
      '2025-11-17 — working day moved to 2025-11-08 by Cabinet order',
      '2025-11-18 — public holiday (Proclamation Day of the Republic of Latvia)',
    ],
  );
});

test('CR-15.1 one month after 2026-01-31: target 28 February (a Saturday), due Monday 2 March', async () => {
  const res = await get('/api/v1/calendar/deadline?from=2026-01-31&months=1', 'en');
  assert.equal(res.status, 200, res.body);
  assert.equal(res.json.target, '2026-02-28');
  assert.equal(res.json.due, '2026-03-02');
  assert.equal(res.json.unit, 'months');
  assert.deepEqual(
    res.json.skipped.map((s: { reason: string }) => s.reason),
    ['weekend', 'weekend'],
  );
});

test('CR-13.2 twenty working days from 2026-12-14 reach 2027, whose Cabinet order is not in yet: provisional', async () => {
  const res = await get('/api/v1/calendar/deadline?from=2026-12-14&workingDays=20');
  assert.equal(res.json.due, '2027-01-15');
  assert.equal(res.json.provisional, true);
  assert.equal(res.json.provisionalReason, '2027. gadā Ministru kabineta darba dienu pārcelšana vēl nav zināma');
});

test('Law on Holidays s.2 / DR-20.2: 1 working day after 2029-11-16 is 2029-11-20 — Sunday 18.11 gives Monday 19.11 off; provisional, and why', async () => {
  const res = await get('/api/v1/calendar/deadline?from=2029-11-16&workingDays=1', 'en');
  assert.equal(res.status, 200, res.body);
  assert.deepEqual(res.json, {
    due: '2029-11-20',
    from: '2029-11-16',
    amount: 1,
    unit: 'working_days',
    target: null,
    skipped: [
      {
        date: '2029-11-19',
        reason: 'substitute_day_off',
        text: '2029-11-19 — day off because 2029-11-18 fell on a weekend (Proclamation Day of the Republic of Latvia)',
      },
    ],
    workingSaturdays: [],
    provisional: true,
    provisionalReason: '2029: Cabinet transfers of working days not yet known',
    calendar: 'state',
  });
  const lv = (await get('/api/v1/calendar/deadline?from=2029-11-16&workingDays=1', 'lv')).json;
  assert.equal(
    lv.skipped[0].text,
    '19.11.2029. — brīvdiena, jo 18.11.2029. iekrita nedēļas nogalē (Latvijas Republikas proklamēšanas diena)',
  );
  assert.equal(lv.provisionalReason, '2029. gadā Ministru kabineta darba dienu pārcelšana vēl nav zināma');
});

test('CR-15.1 any year from 1990 to 2100 is answered: before 2015 provisional because the transfers are not recorded', async () => {
  const early = await get('/api/v1/calendar/deadline?from=1990-01-31&months=1', 'en');
  assert.equal(early.status, 200, early.body);
  assert.deepEqual([early.json.target, early.json.due, early.json.provisional], ['1990-02-28', '1990-02-28', true]);
  assert.equal(
    early.json.provisionalReason,
    '1990: Cabinet transfers of working days not known (the calendar holds them from 2015)',
  );
  const late = await get('/api/v1/calendar/deadline?from=2100-12-20&workingDays=4', 'en');
  assert.deepEqual(
    [late.status, late.json.due, late.json.skipped.map((s: { date: string }) => s.date)],
    [200, '2100-12-27', ['2100-12-24']],
  );
  const count = await get('/api/v1/calendar/working-days?from=2014-12-19&to=2015-01-12', 'lv');
  assert.deepEqual([count.json.workingDays, count.json.provisional], [11, true]);
  assert.equal(
    count.json.provisionalReason,
    '2014. gadā Ministru kabineta darba dienu pārcelšana nav zināma (kalendārā tā ir no 2015. gada)',
  );
});

test('the years 1990 and 2100 and those after the last confirmed one are shown, not confirmed, with the reason', async () => {
  const first = await get('/api/v1/calendar/1990', 'en');
  assert.equal(first.status, 200, first.body);
  assert.deepEqual([first.json.confirmed, first.json.daysOff.length], [false, 10]);
  assert.match(first.json.provisionalReason, /^1990: Cabinet transfers of working days not known/);
  const last = await get('/api/v1/calendar/2100', 'lv');
  assert.equal(last.status, 200, last.body);
  assert.equal(last.json.daysOff.at(-1).date, '2100-12-31');
  assert.equal(last.json.provisionalReason, '2100. gadā Ministru kabineta darba dienu pārcelšana vēl nav zināma');
  const y2028 = await get('/api/v1/calendar/2028', 'en');
  assert.deepEqual(
    [y2028.status, y2028.json.confirmed, y2028.json.provisionalReason],
    [200, false, '2028: Cabinet transfers of working days not yet known'],
  );
  assert.equal((await get('/api/v1/calendar/2026')).json.provisionalReason, null);
});

test('working days after 2025-11-14 up to and including 2025-11-21 are 3', async () => {
  const res = await get('/api/v1/calendar/working-days?from=2025-11-14&to=2025-11-21');
  assert.equal(res.status, 200, res.body);
  assert.deepEqual(res.json, {
    from: '2025-11-14',
    to: '2025-11-21',
    workingDays: 3,
    provisional: false,
    provisionalReason: null,
    calendar: 'state',
  });
  assert.equal((await get('/api/v1/calendar/working-days?from=2026-06-19&to=2026-06-19')).json.workingDays, 0);
});

test('the year 2026: 22 June a transferred day off paired with the working Saturday 27 June, which is shortened', async () => {
  const res = await get('/api/v1/calendar/2026');
  assert.equal(res.status, 200, res.body);
  const y = res.json;
  assert.equal(y.confirmed, true);
  assert.deepEqual(
    y.daysOff.find((d: { date: string }) => d.date === '2026-06-22'),
    {
      date: '2026-06-22',
      weekday: 1,
      working: false,
      reason: 'transferred_day_off',
      nameLv: null,
      nameEn: null,
      pairedWith: '2026-06-27',
      basis: null,
      shortened: false,
    },
  );
  assert.deepEqual(
    y.workingSaturdays.map((d: { date: string }) => d.date),
    ['2026-01-17', '2026-06-27'],
  );
  assert.ok(y.shortenedDays.some((d: { date: string }) => d.date === '2026-06-27'));
  const ligo = y.daysOff.find((d: { date: string }) => d.date === '2026-06-23');
  assert.deepEqual([ligo.nameLv, ligo.nameEn, ligo.reason], ['Līgo diena', 'Midsummer Eve (Līgo)', 'public_holiday']);
  const next = await get('/api/v1/calendar/2027');
  assert.equal(next.status, 200);
  assert.equal(next.json.confirmed, false, 'the year after the last confirmed one is shown, not confirmed');
});

test("the server's time zone changes no answer", async () => {
  const urls = [
    '/api/v1/calendar/deadline?from=2026-03-27&workingDays=10',
    '/api/v1/calendar/deadline?from=2026-10-24&months=1',
    '/api/v1/calendar/2026',
    '/api/v1/calendar/working-days?from=2026-03-27&to=2026-04-07',
  ];
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
  ['/api/v1/calendar/deadline?from=1989-12-31&workingDays=3', '/from', 'calendar_year_out_of_range', 'query'],
  ['/api/v1/calendar/deadline?from=2101-01-03&workingDays=3', '/from', 'calendar_year_out_of_range', 'query'],
  ['/api/v1/calendar/deadline?from=2101-01-03&months=1', '/from', 'calendar_year_out_of_range', 'query'],
  ['/api/v1/calendar/deadline?from=2100-12-30&workingDays=1', '/workingDays', 'calendar_due_out_of_range', 'query'],
  ['/api/v1/calendar/deadline?from=2100-06-01&months=12', '/months', 'calendar_due_out_of_range', 'query'],
  [
    '/api/v1/calendar/deadline?from=2026-03-02&workingDays=3&organisation=balvi',
    '/organisation',
    'field_format',
    'query',
  ],
  ['/api/v1/calendar/deadline?from=2026-03-02&workingDays=3&extra=1', '/extra', 'field_unknown', 'query'],
  ['/api/v1/calendar/working-days?from=2026-03-10&to=2026-03-02', '/to', 'field_date_order', 'query'],
  ['/api/v1/calendar/working-days?from=2026-03-10&to=2101-03-02', '/to', 'calendar_year_out_of_range', 'query'],
  ['/api/v1/calendar/working-days?from=1989-03-10&to=2026-03-02', '/from', 'calendar_year_out_of_range', 'query'],
  ['/api/v1/calendar/2101', '/year', 'field_range', 'path'],
  ['/api/v1/calendar/1989', '/year', 'field_range', 'path'],
  ['/api/v1/calendar/twenty', '/year', 'field_type', 'path'],
];

test('bad questions answer 400 naming the field and where it is, and write nothing', async () => {
  const before = await calendarCounts(ctx.db);
  for (const [url, field, code, where] of badQuestions) {
    const res = await get(url, 'en');
    assert.equal(res.status, 400, `${url}: ${res.body}`);
    assert.match(String(res.headers['content-type']), /application\/problem\+json/);
    assert.equal(res.json.code, 'validation_failed');
    assert.deepEqual(
      res.json.errors.map((e: { field: string; code: string; in: string }) => [e.field, e.code, e.in]),
      [[field, code, where]],
      url,
    );
  }
  const range = await get('/api/v1/calendar/deadline?from=2101-01-03&workingDays=3', 'lv');
  assert.equal(range.json.errors[0].message, 'Kalendārs ir zināms no 1990. līdz 2100. gadam.');
  const beyond = await get('/api/v1/calendar/deadline?from=2100-12-30&workingDays=1', 'en');
  assert.equal(beyond.json.errors[0].message, 'The deadline would end after 2100, beyond the calendar.');
  assert.deepEqual(await calendarCounts(ctx.db), before);
});

test('an unknown organisation is 404', async () => {
  const res = await get(
    '/api/v1/calendar/deadline?from=2026-03-02&workingDays=3&organisation=00000000-0000-4000-8000-000000000000',
  );
  assert.equal(res.status, 404);
  assert.equal((await get('/api/v1/calendar/2026?organisation=00000000-0000-4000-8000-000000000000')).status, 404);
});
