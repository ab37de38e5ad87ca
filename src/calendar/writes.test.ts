// The ministry's additions to the calendar and a municipality's opt-out, through HTTP on a real database: each
// change audited in its transaction and seen at once by the next deadline; bad input refused naming the field.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { call, login, type Session } from '../../test/support/http.ts';
import { currentVersion } from '../../test/support/versions.ts';
import { buildMunicipality } from '../people/test-fixtures.ts';
import { auditEvents, calendarCounts } from './test-fixtures.ts';

let ctx: TestContext;
let ministry: Session;
let maintainer: Session;
let employee: Session;
let balviAdmin: Session;
let balvi: string;

before(async () => {
  ctx = await testContext();
  balvi = await organisationId(ctx.db, 'Balvu novads');
  ministry = await login(ctx.app, (await buildUser(ctx, { role: 'ministry_supervisor' })).email);
  maintainer = await login(ctx.app, (await buildUser(ctx, { role: 'maintainer' })).email);
  employee = await login(ctx.app, (await buildUser(ctx, { role: 'centre_employee' })).email);
  balviAdmin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin' })).email);
});
after(() => ctx.close());

const get = (url: string) => call(ctx.app, 'GET', url, undefined, { 'accept-language': 'en' });
const due = async (query: string) => (await get(`/api/v1/calendar/deadline?${query}`)).json.due as string;
const basis = 'MK rīkojums Nr. 999 (01.12.2026.)';

test('Labour Law s.133(4) the ministry enters a 2027 transfer: audited, listed, in the 2027 view and in the next deadline', async () => {
  assert.equal(await due('from=2027-04-30&workingDays=1'), '2027-05-03');
  const res = await ministry.request('POST', '/api/v1/calendar/transfers', {
    dayOff: '2027-05-03',
    workingSaturday: '2027-05-08',
    basis,
  });
  assert.equal(res.status, 201, res.body);
  assert.equal(res.json.dayOff, '2027-05-03');
  assert.equal(res.json.createdByName, 'Test ministry_supervisor');
  const events = await auditEvents(ctx.db, 'calendar.transfer_create', res.json.id);
  assert.equal(events.length, 1);
  assert.deepEqual((events[0]!.after as { workingSaturday: string }).workingSaturday, '2027-05-08');

  const d = (await get('/api/v1/calendar/deadline?from=2027-04-30&workingDays=1')).json;
  assert.equal(d.due, '2027-05-05', '3 May moved, 4 May a holiday');
  assert.equal(d.skipped[0].text, `2027-05-03 — working day moved to 2027-05-08 by Cabinet order: ${basis}`);
  const year = (await get('/api/v1/calendar/2027')).json;
  assert.deepEqual(
    year.workingSaturdays.map((x: { date: string }) => x.date),
    ['2027-05-08'],
  );
  assert.equal(year.daysOff.find((x: { date: string }) => x.date === '2027-05-03').basis, basis);
  const additions = await employee.request('GET', '/api/v1/calendar/additions');
  assert.equal(additions.status, 200);
  assert.deepEqual(
    additions.json.transfers.map((t: { id: string }) => t.id),
    [res.json.id],
  );
  assert.equal(additions.json.lastConfirmedYear, 2026);

  const removed = await maintainer.request('DELETE', `/api/v1/calendar/transfers/${res.json.id}`);
  assert.equal(removed.status, 200, removed.body);
  assert.equal((await auditEvents(ctx.db, 'calendar.transfer_delete', res.json.id)).length, 1);
  assert.equal(await due('from=2027-04-30&workingDays=1'), '2027-05-03', 'gone at once');
  assert.equal((await maintainer.request('DELETE', `/api/v1/calendar/transfers/${res.json.id}`)).status, 404);
});

test('a transfer must give off a weekday that is not a holiday, for a Saturday, both unused — else 400/409 naming the field, nothing written', async () => {
  const cases: [Record<string, string>, number, [string, string][]][] = [
    [{ dayOff: '2027-05-01', workingSaturday: '2027-05-08' }, 400, [['/dayOff', 'calendar_day_not_weekday']]],
    [{ dayOff: '2027-05-04', workingSaturday: '2027-05-08' }, 400, [['/dayOff', 'calendar_day_is_holiday']]],
    [{ dayOff: '2027-05-03', workingSaturday: '2027-05-07' }, 400, [['/workingSaturday', 'calendar_day_not_saturday']]],
    [{ dayOff: '2027-05-05', workingSaturday: '2027-12-25' }, 400, [['/workingSaturday', 'calendar_day_is_holiday']]],
    [
      { dayOff: '2027-05-01', workingSaturday: '2027-05-07' },
      400,
      [
        ['/dayOff', 'calendar_day_not_weekday'],
        ['/workingSaturday', 'calendar_day_not_saturday'],
      ],
    ],
    [{ dayOff: '2026-06-22', workingSaturday: '2026-07-04' }, 409, [['/dayOff', 'calendar_day_taken']]],
    [{ dayOff: '2026-06-26', workingSaturday: '2026-06-27' }, 409, [['/workingSaturday', 'calendar_day_taken']]],
    [{ dayOff: '2029-05-03', workingSaturday: '2029-05-12' }, 400, [['/dayOff', 'calendar_year_not_editable']]],
    [
      { dayOff: '2027-05-03', workingSaturday: '2010-05-08' },
      400,
      [['/workingSaturday', 'calendar_year_not_editable']],
    ],
    [{ dayOff: '2027-02-30', workingSaturday: '2027-05-08' }, 400, [['/dayOff', 'field_format']]],
  ];
  const before = await calendarCounts(ctx.db);
  for (const [body, status, fields] of cases) {
    const res = await ministry.request('POST', '/api/v1/calendar/transfers', { ...body, basis });
    assert.equal(res.status, status, `${JSON.stringify(body)}: ${res.body}`);
    assert.deepEqual(
      res.json.errors.map((e: { field: string; code: string; in: string }) => [e.field, e.code]),
      fields,
      JSON.stringify(body),
    );
    assert.ok(res.json.errors.every((e: { in: string }) => e.in === 'body'));
  }
  const blank = await ministry.request('POST', '/api/v1/calendar/transfers', {
    dayOff: '2027-05-03',
    workingSaturday: '2027-05-08',
    basis: '',
  });
  assert.deepEqual(
    blank.json.errors.map((e: { field: string }) => e.field),
    ['/basis'],
  );
  assert.deepEqual(await calendarCounts(ctx.db), before);
});

test('a one-off holiday entered by the ministry: a day off, the day before shortened; a day already special is refused', async () => {
  const res = await ministry.request('POST', '/api/v1/calendar/holidays', {
    date: '2027-09-01',
    nameLv: 'Vienreizēja svētku diena',
    nameEn: 'One-off holiday',
    basis: 'Likums (2027)',
  });
  assert.equal(res.status, 201, res.body);
  assert.equal((await auditEvents(ctx.db, 'calendar.holiday_create', res.json.id)).length, 1);
  const year = (await get('/api/v1/calendar/2027')).json;
  assert.equal(year.daysOff.find((x: { date: string }) => x.date === '2027-09-01').reason, 'one_off_holiday');
  assert.ok(year.shortenedDays.some((x: { date: string }) => x.date === '2027-08-31'));
  assert.equal(await due('from=2027-08-31&workingDays=1'), '2027-09-02');

  const before = await calendarCounts(ctx.db);
  const again = await ministry.request('POST', '/api/v1/calendar/holidays', {
    date: '2027-09-01',
    nameLv: 'x',
    nameEn: 'x',
    basis: 'x',
  });
  assert.equal(again.status, 409);
  assert.deepEqual(
    again.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    [['/date', 'calendar_day_is_holiday']],
  );
  assert.equal(
    (
      await ministry.request('POST', '/api/v1/calendar/holidays', {
        date: '2026-12-25',
        nameLv: 'x',
        nameEn: 'x',
        basis: 'x',
      })
    ).status,
    409,
  );
  assert.equal(
    (
      await ministry.request('POST', '/api/v1/calendar/holidays', {
        date: '2026-06-27',
        nameLv: 'x',
        nameEn: 'x',
        basis: 'x',
      })
    ).json.errors[0].code,
    'calendar_day_taken',
  );
  assert.deepEqual(
    (
      await ministry.request('POST', '/api/v1/calendar/holidays', {
        date: '2027-09-02',
        nameLv: '  ',
        nameEn: 'x',
        basis: 'x',
      })
    ).json.errors.map((e: { field: string }) => e.field),
    ['/nameLv'],
  );
  assert.deepEqual(await calendarCounts(ctx.db), before);

  assert.equal((await ministry.request('DELETE', `/api/v1/calendar/holidays/${res.json.id}`)).status, 200);
  assert.equal((await auditEvents(ctx.db, 'calendar.holiday_delete', res.json.id)).length, 1);
  assert.equal(await due('from=2027-08-31&workingDays=1'), '2027-09-01');
});

test('AM-1.11 writes are for the ministry and the maintainer: a centre employee and an org admin get 403, nobody anonymous', async () => {
  const before = await calendarCounts(ctx.db);
  const writes: [string, string, unknown][] = [
    ['POST', '/api/v1/calendar/transfers', { dayOff: '2027-05-03', workingSaturday: '2027-05-08', basis }],
    ['POST', '/api/v1/calendar/holidays', { date: '2027-09-01', nameLv: 'x', nameEn: 'x', basis }],
    ['POST', '/api/v1/calendar/years/2027/confirm', { basis }],
    ['DELETE', '/api/v1/calendar/transfers/00000000-0000-4000-8000-000000000000', undefined],
  ];
  for (const [method, url, body] of writes) {
    assert.equal((await employee.request(method, url, body)).status, 403, url);
    assert.equal((await balviAdmin.request(method, url, body)).status, 403, url);
    assert.equal((await call(ctx.app, method, url, body)).status, 401, url);
  }
  assert.deepEqual(await calendarCounts(ctx.db), before);
});

test('Labour Law s.133(4) a municipality that opts out counts across 22 June 2026 without the transfer; others are unchanged', async () => {
  const other = await buildMunicipality(ctx.db);
  const query = 'from=2026-06-19&workingDays=3';
  assert.equal(await due(`${query}&organisation=${balvi}`), '2026-06-27');
  const read = await currentVersion(ctx.db, 'organisations', balvi);
  const res = await balviAdmin.request(
    'PUT',
    `/api/v1/organisations/${balvi}/calendar`,
    { followsCabinetTransfers: false },
    read,
  );
  assert.equal(res.status, 200, res.body);
  const version = Number(JSON.parse(read['if-match']!)) + 1;
  assert.deepEqual(res.json, {
    organisationId: balvi,
    name: res.json.name,
    kind: 'municipality',
    followsCabinetTransfers: false,
    calendar: 'without_transfers',
    version,
  });
  const events = await auditEvents(ctx.db, 'organisation.calendar_set', balvi);
  assert.equal(events.length, 1);
  assert.deepEqual(
    [
      (events[0]!.before as { followsCabinetTransfers: boolean }).followsCabinetTransfers,
      (events[0]!.after as { followsCabinetTransfers: boolean }).followsCabinetTransfers,
    ],
    [true, false],
  );

  const own = (await get(`/api/v1/calendar/deadline?${query}&organisation=${balvi}`)).json;
  assert.deepEqual([own.due, own.calendar], ['2026-06-26', 'without_transfers']);
  assert.equal(await due(`${query}&organisation=${other.organisationId}`), '2026-06-27');
  assert.equal(await due(query), '2026-06-27', 'the state calendar');
  const year = (await get(`/api/v1/calendar/2026?organisation=${balvi}`)).json;
  assert.equal(year.calendar, 'without_transfers');
  assert.equal(
    year.daysOff.some((d: { date: string }) => d.date === '2026-06-22'),
    false,
  );
  assert.equal(
    (await get(`/api/v1/calendar/working-days?from=2026-06-19&to=2026-06-27&organisation=${balvi}`)).json.workingDays,
    3,
  );

  // Another municipality is not Balvi's admin's to set; an institution cannot opt out; back to the state calendar.
  assert.equal(
    (
      await balviAdmin.request(
        'PUT',
        `/api/v1/organisations/${other.organisationId}/calendar`,
        { followsCabinetTransfers: false },
        await currentVersion(ctx.db, 'organisations', other.organisationId),
      )
    ).status,
    404,
  );
  const vid = await organisationId(ctx.db, 'VID');
  const refused = await maintainer.request(
    'PUT',
    `/api/v1/organisations/${vid}/calendar`,
    { followsCabinetTransfers: false },
    await currentVersion(ctx.db, 'organisations', vid),
  );
  assert.equal(refused.status, 400);
  assert.equal(refused.json.errors[0].field, '/followsCabinetTransfers');
  assert.equal(
    (
      await employee.request(
        'PUT',
        `/api/v1/organisations/${balvi}/calendar`,
        { followsCabinetTransfers: true },
        await currentVersion(ctx.db, 'organisations', balvi),
      )
    ).status,
    403,
  );
  assert.equal(
    (
      await maintainer.request(
        'PUT',
        `/api/v1/organisations/${balvi}/calendar`,
        { followsCabinetTransfers: true },
        await currentVersion(ctx.db, 'organisations', balvi),
      )
    ).json.calendar,
    'state',
  );
  assert.equal(await due(`${query}&organisation=${balvi}`), '2026-06-27');
  assert.equal((await auditEvents(ctx.db, 'organisation.calendar_set', balvi)).length, 2);
});

// Last: confirming 2027 widens the known range for everything after it.
test('confirming 2027 (the next year only) ends provisional deadlines in it and opens 2028', async () => {
  assert.equal((await get('/api/v1/calendar/deadline?from=2026-12-28&workingDays=5')).json.provisional, true);
  const early = await ministry.request('POST', '/api/v1/calendar/years/2028/confirm', { basis });
  assert.deepEqual([early.status, early.json.errors[0].field, early.json.errors[0].in], [400, '/year', 'path']);
  const old = await ministry.request('POST', '/api/v1/calendar/years/2026/confirm', { basis });
  assert.deepEqual([old.status, old.json.code], [409, 'calendar_year_confirmed']);

  const res = await ministry.request('POST', '/api/v1/calendar/years/2027/confirm', { basis });
  assert.equal(res.status, 200, res.body);
  assert.equal(res.json.year, 2027);
  assert.equal((await auditEvents(ctx.db, 'calendar.year_confirm', '2027')).length, 1);
  assert.equal((await get('/api/v1/calendar/deadline?from=2026-12-28&workingDays=5')).json.provisional, false);
  assert.equal((await get('/api/v1/calendar/2027')).json.confirmed, true);
  assert.equal((await get('/api/v1/calendar/2028')).status, 200);
  assert.equal((await ministry.request('POST', '/api/v1/calendar/years/2027/confirm', { basis })).status, 409);
});
