// The public finder as people use it: a centre past its closing deadline shows as closed without hours (DR-12.3),
// "open now" follows the calendar on Riga's clock (CR-17.8), every card carries a phone and an e-mail and the points'
// coordinates (for "nearest to me" in the browser), and the map's tile server is a setting that the CSP follows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { organisationId } from '../../test/support/factories.ts';
import { call } from '../../test/support/http.ts';
import { rigaDate } from '../platform/time.ts';
import { buildCentre } from './test-fixtures.ts';

let ctx: TestContext;
let regular: Awaited<ReturnType<typeof buildCentre>>;
let closing: Awaited<ReturnType<typeof buildCentre>>;

before(async () => {
  ctx = await testContext();
  // One point each, open Monday–Friday 08:00–17:00; the second centre's liquidation ends by 30.11.2026 (DR-12.3).
  regular = await buildCentre(ctx.db, { name: 'Meklētāja parastais centrs', hours: '08:00-17:00' });
  closing = await buildCentre(ctx.db, {
    name: 'Meklētāja slēdzamais centrs',
    hours: '08:00-17:00',
    status: 'liquidation_decided',
  });
  await ctx.db
    .updateTable('centres')
    .set({ phone: '+371 60000001', email: null })
    .where('id', '=', regular.centreId)
    .execute();
  await ctx.db
    .updateTable('organisations')
    .set({ email: 'novads@example.lv', phone: '+371 60000009' })
    .where('id', '=', regular.municipalityId)
    .execute();
  await ctx.db
    .updateTable('service_points')
    .set({ latitude: 56.9496, longitude: 24.1052 })
    .where('id', '=', regular.pointId!)
    .execute();
});
after(() => ctx.close());

type Card = { name: string; status: string; openNow: boolean; closingDeadline: string | null };
const finder = async (query = '') => {
  const res = await call(ctx.app, 'GET', `/api/v1/public/centres?q=${encodeURIComponent('Meklētāja')}${query}`);
  assert.equal(res.status, 200, res.body);
  return res.json.items as Card[];
};
const card = (items: Card[], name: string) => items.find((c) => c.name === name);

test('DR-12.3 on its closing deadline (30.11.2026) a centre being liquidated still shows its hours and "closes by"', async () => {
  ctx.clock.set('2026-11-30T10:00:00Z'); // Monday 12:00 in Riga
  assert.equal(rigaDate(ctx.clock.now()), '2026-11-30');
  const found = card(await finder(), 'Meklētāja slēdzamais centrs')!;
  assert.deepEqual([found.status, found.closingDeadline, found.openNow], ['liquidation_decided', '2026-11-30', true]);
  const page = await call(ctx.app, 'GET', `/api/v1/public/centres/${closing.centreId}`);
  assert.deepEqual(page.json.points[0].today.intervals, [{ opens: '08:00', closes: '17:00' }]);
  // The days of that week after the deadline are already closed, with the reason.
  assert.deepEqual(
    page.json.points[0].week.map((d: { reason: string }) => d.reason),
    ['regular', ...Array(6).fill('centre_closed')],
  );
});

test('DR-12.3 after its closing deadline (02.12.2026) the centre shows as closed, without hours or reception, and is never "open now"', async () => {
  ctx.clock.set('2026-12-02T10:00:00Z'); // Wednesday 12:00 in Riga, a working day
  const items = await finder();
  assert.deepEqual(card(items, 'Meklētāja slēdzamais centrs'), {
    ...card(items, 'Meklētāja slēdzamais centrs'),
    status: 'closed',
    closingDeadline: '2026-11-30',
    openNow: false,
  });
  assert.equal(card(items, 'Meklētāja parastais centrs')!.openNow, true);
  assert.deepEqual(
    (await finder('&openNow=true')).map((c) => c.name),
    ['Meklētāja parastais centrs'],
  );

  await ctx.db
    .insertInto('reception_schedules')
    .values({
      centre_id: closing.centreId,
      institution_id: await organisationId(ctx.db, 'VID'),
      valid_from: '2026-01-01',
      valid_until: null,
    })
    .execute();
  const page = await call(ctx.app, 'GET', `/api/v1/public/centres/${closing.centreId}`);
  assert.equal(page.status, 200, page.body);
  assert.equal(page.json.status, 'closed');
  const today = page.json.points[0].today;
  assert.deepEqual([today.date, today.open, today.intervals, today.reason], ['2026-12-02', false, [], 'centre_closed']);
  assert.deepEqual(page.json.reception, []);
  // A day before the deadline, asked for on purpose, keeps its real hours: the rule is about the day, not the request.
  const before = await call(ctx.app, 'GET', `/api/v1/public/centres/${closing.centreId}?date=2026-11-27`);
  assert.deepEqual(
    [before.json.status, before.json.points[0].today.reason, before.json.reception.length],
    ['closed', 'regular', 1],
  );
});

test('CR-17.8 "open now" on a public holiday (18.11.2026, 12:00 in Riga): nothing is open, and openNow=true finds nothing', async () => {
  ctx.clock.set('2026-11-18T10:00:00Z');
  const items = await finder();
  assert.ok(
    items.every((c) => !c.openNow),
    JSON.stringify(items),
  );
  assert.deepEqual(await finder('&openNow=true'), []);
  ctx.clock.set('2026-11-16T10:00:00Z'); // the Monday before: an ordinary day
  assert.equal(card(await finder('&openNow=true'), 'Meklētāja parastais centrs')?.openNow, true);
});

test('CR-17.8 "open now" on a shortened day (17.11.2026, 08:00–16:00): open at 15:59 Riga time, closed at 16:00; opens at 08:00, not 07:59', async () => {
  const openAt = async (instant: string) => {
    ctx.clock.set(instant);
    return card(await finder(), 'Meklētāja parastais centrs')!.openNow;
  };
  assert.equal(await openAt('2026-11-17T13:59:00Z'), true, '15:59 in Riga (UTC+2)');
  assert.equal(
    await openAt('2026-11-17T14:00:00Z'),
    false,
    '16:00 in Riga: the hour before the holiday is off (Labour Law s.135)',
  );
  assert.equal(await openAt('2026-11-17T05:59:00Z'), false, '07:59 in Riga');
  assert.equal(await openAt('2026-11-17T06:00:00Z'), true, '08:00 in Riga');
  ctx.clock.set('2026-11-17T14:30:00Z');
  assert.ok(!(await finder('&openNow=true')).some((c) => c.name === 'Meklētāja parastais centrs'));
});

test("'open now' reads Riga's wall clock on the day the clocks go forward (29.03.2026: 08:00 Riga is 05:00 UTC)", async () => {
  // A Sunday: moved to a working day by an exception, so the point has hours that day.
  await ctx.db
    .insertInto('service_point_exceptions')
    .values({
      service_point_id: regular.pointId!,
      starts_on: '2026-03-29',
      ends_on: '2026-03-29',
      closed: false,
      intervals: JSON.stringify([{ opens: 480, closes: 540 }]),
      reason: 'Atvērto durvju diena',
    })
    .execute();
  ctx.clock.set('2026-03-29T05:00:00Z');
  assert.equal(card(await finder(), 'Meklētāja parastais centrs')!.openNow, true);
  ctx.clock.set('2026-03-29T04:59:00Z');
  assert.equal(card(await finder(), 'Meklētāja parastais centrs')!.openNow, false);
});

test("DR-20.1 every card has a phone and an e-mail (the municipality's where the centre has none) and the points' coordinates", async () => {
  ctx.clock.set('2026-11-23T10:00:00Z');
  const res = await call(ctx.app, 'GET', `/api/v1/public/centres?q=${encodeURIComponent('Meklētāja parastais')}`);
  const [found] = res.json.items;
  assert.deepEqual([found.phone, found.email], ['+371 60000001', 'novads@example.lv']);
  assert.deepEqual(found.locations, [
    {
      pointId: regular.pointId,
      name: found.locations[0].name,
      address: found.addresses[0],
      latitude: 56.9496,
      longitude: 24.1052,
    },
  ]);
  assert.equal(res.json.map, null, 'no MAP_TILE_URL: no map');
});

test('a bad openNow is a 400 naming /openNow', async () => {
  const res = await call(ctx.app, 'GET', '/api/v1/public/centres?openNow=maybe');
  assert.equal(res.status, 400);
  assert.equal(res.json.errors[0].field, '/openNow');
});

test('with MAP_TILE_URL the finder names the tile server and the CSP lets the browser load its images, and only those', async () => {
  const withMap = await testContext({
    MAP_TILE_URL: 'https://{s}.tiles.example.lv/{z}/{x}/{y}.png',
    MAP_TILE_ATTRIBUTION: '© Kartes piemērs',
  });
  try {
    const res = await call(withMap.app, 'GET', '/api/v1/public/centres');
    assert.deepEqual(res.json.map, {
      tileUrl: 'https://{s}.tiles.example.lv/{z}/{x}/{y}.png',
      attribution: '© Kartes piemērs',
    });
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /img-src 'self' data: https:\/\/\*\.tiles\.example\.lv(;|$)/);
    assert.doesNotMatch(csp, /connect-src[^;]*tiles/, 'images only');
  } finally {
    await withMap.close();
  }
  const without = await call(ctx.app, 'GET', '/api/v1/public/centres');
  assert.match(String(without.headers['content-security-policy']), /img-src 'self' data:(;|$)/);
});
