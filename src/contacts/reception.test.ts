// CR-20.8, CR-20.9: at a regional or national centre, an application for (or information about) a minimal-basket
// service of an institution whose officer is receiving clients at the centre at that moment is refused, naming the
// institution and its reception hours that day. Reception hours are versioned by date and follow the calendar.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { organisationId } from '../../test/support/factories.ts';
import { login } from '../../test/support/http.ts';
import { buildCentre } from '../centres/test-fixtures.ts';
import { buildReception, buildService, buildStaff } from './test-fixtures.ts';

let ctx: TestContext;
let vid: string;
let vidBasket: string;
let vidOther: string;
let urBasket: string;
let regional: Awaited<ReturnType<typeof buildCentre>>;
let staffEmail: string;

before(async () => {
  ctx = await testContext();
  vid = await organisationId(ctx.db, 'VID');
  const ur = await organisationId(ctx.db, 'UR');
  vidBasket = (await buildService(ctx.db, { holderId: vid, name: 'Nodokļu maksātāja reģistrācija', basket: true })).id;
  vidOther = (await buildService(ctx.db, { holderId: vid, name: 'Akcīzes preču marķēšana' })).id;
  urBasket = (await buildService(ctx.db, { holderId: ur, name: 'Komersanta izziņa', basket: true })).id;
  regional = await buildCentre(ctx.db, { kind: 'regional', hours: '08:00-17:00' });
  await buildReception(ctx.db, {
    centreId: regional.centreId,
    institutionId: vid,
    validFrom: '2026-11-01',
    hours: ['09:00-12:00', '13:00-16:00'],
  });
  staffEmail = (await buildStaff(ctx.db, { municipalityId: regional.municipalityId, centreId: regional.centreId }))
    .email;
});
after(() => ctx.close());

async function registerAt(now: string, extra: Record<string, unknown>, centre = regional, email = staffEmail) {
  ctx.clock.set(now);
  const session = await login(ctx.app, email);
  return session.request(
    'POST',
    '/api/v1/contacts',
    {
      centreId: centre.centreId,
      servicePointId: centre.pointId,
      type: 'application_accepted',
      serviceIds: [vidBasket],
      ...extra,
    },
    { 'accept-language': 'en' },
  );
}

const contactCount = async () =>
  Number(
    (
      await ctx.db
        .selectFrom('contacts')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

test('CR-20.8 an application for a basket service while its institution receives clients at the regional centre is refused, naming it and its hours today', async () => {
  const before = await contactCount();
  const res = await registerAt('2026-11-23T09:30:00Z', { serviceIds: [urBasket, vidBasket] }); // Monday 11:30 in Riga
  assert.equal(res.status, 409, res.body);
  assert.equal(res.json.code, 'contact_institution_receiving');
  assert.match(
    res.json.title,
    /Valsts ieņēmumu dienests \(VID\) is receiving clients at this centre now \(today 09:00–12:00, 13:00–16:00\)/,
  );
  assert.equal(res.json.errors[0].field, '/serviceIds/1');
  assert.equal(await contactCount(), before, 'nothing written');
});

test('CR-20.9 information about it is refused likewise; an e-service consultation, another service of the institution and another institution are registered', async () => {
  const at = '2026-11-23T09:30:00Z';
  assert.equal((await registerAt(at, { type: 'information' })).status, 409);
  assert.equal(
    (await registerAt(at, { type: 'eservice_consultation' })).status,
    201,
    'CR-20.8/20.9 name applications and information only',
  );
  assert.equal((await registerAt(at, { serviceIds: [vidOther] })).status, 201, 'not in the minimal basket');
  assert.equal((await registerAt(at, { serviceIds: [urBasket] })).status, 201, 'UR does not receive clients here');
});

test("CR-20.8 the moment is the contact's time in Riga: before 09:00, at lunch and from 16:00 it is registered, at 09:00 it is not", async () => {
  const evening = '2026-11-23T15:00:00Z'; // 17:00 in Riga
  assert.equal((await registerAt(evening, { occurredAt: '2026-11-23T06:59:00Z' })).status, 201, '08:59');
  assert.equal((await registerAt(evening, { occurredAt: '2026-11-23T07:00:00Z' })).status, 409, '09:00');
  assert.equal((await registerAt(evening, { occurredAt: '2026-11-23T10:30:00Z' })).status, 201, '12:30');
  assert.equal((await registerAt(evening, { occurredAt: '2026-11-23T13:59:00Z' })).status, 409, '15:59');
  assert.equal((await registerAt(evening, { occurredAt: '2026-11-23T14:00:00Z' })).status, 201, '16:00');
});

test('CR-20.8 the calendar applies: nobody receives on the holiday of 18.11.2026, and the day before is an hour shorter', async () => {
  assert.equal((await registerAt('2026-11-18T09:30:00Z', {})).status, 201, 'public holiday');
  const shortened = await registerAt('2026-11-17T12:30:00Z', {}); // 14:30 in Riga
  assert.equal(shortened.status, 409);
  assert.match(shortened.json.title, /today 09:00–12:00, 13:00–15:00/);
  assert.equal((await registerAt('2026-11-17T13:30:00Z', {})).status, 201, '15:30: the shortened day has ended');
});

test('CR-20.8 reception hours are versioned by date: from the day a new version starts its hours decide', async () => {
  await buildReception(ctx.db, {
    centreId: regional.centreId,
    institutionId: vid,
    validFrom: '2026-11-25',
    hours: ['14:00-16:00'],
  });
  assert.equal((await registerAt('2026-11-24T09:30:00Z', {})).status, 409, 'the old version on Tuesday');
  assert.equal((await registerAt('2026-11-25T09:30:00Z', {})).status, 201, 'the new version has no morning hours');
  const afternoon = await registerAt('2026-11-25T12:30:00Z', {});
  assert.equal(afternoon.status, 409);
  assert.match(afternoon.json.title, /today 14:00–16:00/);
});

test('CR-20.8 applies to regional and national centres only: a county centre registers it; a national one refuses', async () => {
  for (const kind of ['county', 'national'] as const) {
    const centre = await buildCentre(ctx.db, { kind, hours: '08:00-17:00' });
    await buildReception(ctx.db, {
      centreId: centre.centreId,
      institutionId: vid,
      validFrom: '2026-11-01',
      hours: ['09:00-12:00'],
    });
    const email = (await buildStaff(ctx.db, { municipalityId: centre.municipalityId, centreId: centre.centreId }))
      .email;
    const res = await registerAt('2026-11-23T09:30:00Z', {}, centre, email);
    assert.equal(res.status, kind === 'county' ? 201 : 409, `${kind}: ${res.body}`);
  }
});

test("CR-20.8 the day is the centre's municipality's: on Monday 22.06.2026, moved by the Cabinet, nobody receives unless the municipality opted out of transfers", async () => {
  const at = '2026-06-22T07:30:00Z'; // Monday 10:30 in Riga
  for (const follows of [true, false]) {
    const centre = await buildCentre(ctx.db, { kind: 'regional', hours: '08:00-17:00' });
    await ctx.db
      .updateTable('organisations')
      .set({ follows_cabinet_transfers: follows })
      .where('id', '=', centre.municipalityId)
      .execute();
    await buildReception(ctx.db, {
      centreId: centre.centreId,
      institutionId: vid,
      validFrom: '2026-06-01',
      hours: ['09:00-12:00'],
    });
    const email = (await buildStaff(ctx.db, { municipalityId: centre.municipalityId, centreId: centre.centreId }))
      .email;
    const res = await registerAt(at, {}, centre, email);
    assert.equal(res.status, follows ? 201 : 409, `follows transfers: ${follows}: ${res.body}`);
  }
});
