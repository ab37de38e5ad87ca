// The public centre finder without a login (CR-17.8, CR-17.9, DR-20.1): search ignoring case and diacritics,
// filters, only centres that serve clients, and a centre's hours of a day and its week in Riga time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { organisationId } from '../../test/support/factories.ts';
import { call } from '../../test/support/http.ts';
import { balviCentre, buildCentre } from './test-fixtures.ts';

let ctx: TestContext;
let balvi: Awaited<ReturnType<typeof balviCentre>>;
const BALVI = 'Balvu novada valsts un pašvaldības vienotais klientu apkalpošanas centrs';

before(async () => {
  ctx = await testContext();
  balvi = await balviCentre(ctx.db);
});
after(() => ctx.close());

const names = (res: { json: { items: { name: string }[] } }) => res.json.items.map((c) => c.name);

test('CR-17.9 anybody finds the Balvi centre by "balvu", "BALVU" or a point address without diacritics ("vilaka")', async () => {
  for (const q of ['balvu', 'BALVU', 'vilaka', 'Beņislava', 'benislava']) {
    const res = await call(ctx.app, 'GET', `/api/v1/public/centres?q=${encodeURIComponent(q)}`);
    assert.equal(res.status, 200, res.body);
    assert.deepEqual(names(res), [BALVI], q);
  }
  const res = await call(ctx.app, 'GET', '/api/v1/public/centres?q=balvu');
  assert.equal(res.json.items[0].addresses.length, 5);
  assert.equal(
    (await call(ctx.app, 'GET', '/api/v1/public/centres?q=nekas%25')).json.items.length,
    0,
    'a % is text, not a wildcard',
  );
});

test('only operating centres, and those being liquidated until they close, are public; filters by kind and municipality', async () => {
  const planned = await buildCentre(ctx.db, { name: 'Plānotais centrs', status: 'planned' });
  const closing = await buildCentre(ctx.db, {
    name: 'Likvidējamais centrs',
    status: 'liquidation_decided',
    kind: 'regional',
  });
  const closed = await buildCentre(ctx.db, { name: 'Slēgtais centrs', status: 'closed' });
  const all = names(await call(ctx.app, 'GET', '/api/v1/public/centres'));
  assert.ok(all.includes('Likvidējamais centrs') && all.includes(BALVI));
  assert.ok(!all.includes('Plānotais centrs') && !all.includes('Slēgtais centrs'));
  assert.equal((await call(ctx.app, 'GET', `/api/v1/public/centres/${planned.centreId}`)).status, 404);
  assert.equal((await call(ctx.app, 'GET', `/api/v1/public/centres/${closed.centreId}`)).status, 404);
  const page = await call(ctx.app, 'GET', `/api/v1/public/centres/${closing.centreId}`);
  assert.equal(page.json.closingDeadline, '2026-11-30');

  assert.deepEqual(names(await call(ctx.app, 'GET', '/api/v1/public/centres?kind=regional')), ['Likvidējamais centrs']);
  const byMunicipality = await call(ctx.app, 'GET', `/api/v1/public/centres?municipalityId=${balvi.municipalityId}`);
  assert.deepEqual(names(byMunicipality), [BALVI]);
  assert.ok(byMunicipality.json.municipalities.some((m: { name: string }) => m.name === 'Balvu novada pašvaldība'));
  assert.equal((await call(ctx.app, 'GET', '/api/v1/public/centres?kind=galaktikas')).status, 400);
});

test('a public holiday (18.11.2026) shows every point closed with the holiday named; the week shows 17.11. one hour shorter', async () => {
  const res = await call(ctx.app, 'GET', `/api/v1/public/centres/${balvi.centreId}?date=2026-11-18`);
  assert.equal(res.status, 200, res.body);
  assert.equal(res.json.date, '2026-11-18');
  const point = res.json.points.find((p: { address: string }) => p.address.startsWith('Partizānu'));
  assert.deepEqual(
    [point.today.open, point.today.reason, point.today.holidayLv],
    [false, 'public_holiday', 'Latvijas Republikas proklamēšanas diena'],
  );
  assert.ok(res.json.points.every((p: { today: { open: boolean } }) => !p.today.open));
  assert.deepEqual(
    point.week.map((d: { date: string }) => d.date),
    ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22'],
  );
  const tuesday = point.week[1];
  assert.equal(tuesday.shortened, true);
  assert.deepEqual(tuesday.intervals, [
    { opens: '08:00', closes: '12:00' },
    { opens: '12:30', closes: '16:00' },
  ]);
  assert.equal(point.today.scheduleLabel, null, 'closed for the holiday, not by the schedule');
  assert.equal(point.week[0].scheduleLabel, 'Ilustratīvs darba laiks (nav ņemts no oficiāla avota)');
  assert.ok(point.functions.some((f: { code: string }) => f.code === 'residence_declaration'));
  assert.deepEqual(res.json.services, [], 'no basket loaded and no scope entries: nothing offered');
  assert.equal('head' in res.json, false, 'no staff-only facts');
});

test('without a date the day is today in Riga, whatever the server zone (22:30 UTC on 17.11. is 18.11. in Riga)', async () => {
  ctx.clock.set('2026-11-17T22:30:00Z');
  const res = await call(ctx.app, 'GET', `/api/v1/public/centres/${balvi.centreId}`);
  assert.equal(res.json.date, '2026-11-18');
  assert.equal(res.json.points[0].today.reason, 'public_holiday');
  ctx.clock.set('2026-06-27T09:00:00Z');
  const saturday = await call(ctx.app, 'GET', `/api/v1/public/centres/${balvi.centreId}`);
  // BV-1.8 lists the Balvi point first; Beņislava (open Tuesday and Thursday) keeps its Monday: closed.
  const [first, ...rest] = saturday.json.points as { address: string; today: { reason: string; open: boolean } }[];
  assert.match(first!.address, /^Partizānu iela 14/);
  assert.deepEqual([first!.today.reason, first!.today.open], ['working_saturday', true]);
  assert.equal(rest.find((p) => p.address.startsWith('Bērzu iela 8'))!.today.open, false);
});

test("DR-20.1 reception hours in force on the day are public with the institution's channels; a bad date names /date", async () => {
  const vid = await organisationId(ctx.db, 'VID');
  await ctx.db
    .insertInto('reception_schedules')
    .values({ centre_id: balvi.centreId, institution_id: vid, valid_from: '2026-01-01', valid_until: '2026-06-30' })
    .execute();
  const current = await ctx.db
    .insertInto('reception_schedules')
    .values({ centre_id: balvi.centreId, institution_id: vid, valid_from: '2026-07-01', valid_until: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.db
    .insertInto('reception_intervals')
    .values({ schedule_id: current.id, weekday: 3, opens_min: 540, closes_min: 960 })
    .execute();
  const res = await call(ctx.app, 'GET', `/api/v1/public/centres/${balvi.centreId}?date=2026-11-23`);
  assert.equal(res.json.reception.length, 1);
  assert.equal(res.json.reception[0].institution.shortName, 'VID');
  assert.equal(res.json.reception[0].institution.website, 'https://www.vid.gov.lv');
  assert.deepEqual(res.json.reception[0].days[2], { weekday: 3, intervals: [{ opens: '09:00', closes: '16:00' }] });
  assert.equal(res.json.municipalityContacts.email !== undefined, true);
  const bad = await call(ctx.app, 'GET', `/api/v1/public/centres/${balvi.centreId}?date=2026-02-30`);
  assert.equal(bad.status, 400);
  assert.equal(bad.json.errors[0].field, '/date');
});
