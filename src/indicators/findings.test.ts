// The holder's checks before publishing (SR-22) that need the counter's other contacts: I05, a minimal-basket service
// about which a centre registered contacts in the year but no application. Contacts go in through the real API.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { balviCentre } from '../centres/test-fixtures.ts';
import { buildService, buildStaff } from '../contacts/test-fixtures.ts';
import { basketFindingsOf } from './figures.ts';

let ctx: TestContext;
let balvi: Awaited<ReturnType<typeof balviCentre>>;
let staffEmail: string;
let coordinator: Session;
let vid: string;
let consulted: { id: string; identifier: string };
let applied: { id: string; identifier: string };
let notInBasket: { id: string; identifier: string };

async function register(at: string, type: string, serviceId: string) {
  ctx.clock.set(at);
  const employee = await login(ctx.app, staffEmail);
  const res = await employee.request('POST', '/api/v1/contacts', {
    centreId: balvi.centreId,
    servicePointId: balvi.pointId,
    type,
    ...(type === 'application_accepted' ? { outcome: 'application_forwarded' } : {}),
    serviceIds: [serviceId],
  });
  assert.equal(res.status, 201, res.body);
}

const findings = async (year: number) => {
  const res = await coordinator.request('GET', `/api/v1/indicators/figures?holderId=${vid}&year=${year}`);
  assert.equal(res.status, 200, res.body);
  return res.json.findings as { code: string; severity: string; identifier: string; message: { lv: string } }[];
};

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-03-02T07:00:00Z');
  balvi = await balviCentre(ctx.db);
  vid = await organisationId(ctx.db, 'VID');
  consulted = await buildService(ctx.db, { holderId: vid, name: 'Izziņa par deklarācijām', basket: true });
  applied = await buildService(ctx.db, { holderId: vid, name: 'Nodokļu atvieglojumu pieteikums', basket: true });
  notInBasket = await buildService(ctx.db, { holderId: vid, name: 'Konsultācija par nodokļiem' });
  staffEmail = (await buildStaff(ctx.db, { municipalityId: balvi.municipalityId, centreId: balvi.centreId })).email;
  // 2026 at Balvi: two information contacts and an e-service consultation about one basket service, none an
  // application; the other basket service is applied for; the service outside the basket is only asked about.
  await register('2026-03-02T07:10:00Z', 'information', consulted.id);
  await register('2026-03-03T07:10:00Z', 'information', consulted.id);
  await register('2026-03-04T07:10:00Z', 'eservice_consultation', consulted.id);
  await register('2026-03-04T07:20:00Z', 'information', applied.id);
  await register('2026-03-04T07:30:00Z', 'application_accepted', applied.id);
  await register('2026-03-05T07:10:00Z', 'information', notInBasket.id);
  ctx.clock.set('2027-02-10T09:00:00Z');
  coordinator = await login(ctx.app, (await buildUser(ctx, { role: 'institution_coordinator' })).email);
});
after(() => ctx.close());

test('SR-22 I05 a basket service with contacts but no application at the centre is a warning naming the centre', async () => {
  const i05 = (await findings(2026)).filter((f) => f.code === 'I05');
  assert.deepEqual(
    i05.map((f) => [f.identifier, f.severity]),
    [[consulted.identifier, 'warning']],
    'not the applied one, nor the service outside the basket',
  );
  assert.match(i05[0]!.message.lv, /Balvu novada .* reģistrēja kontaktus par šo minimālā groza pakalpojumu \(3\)/);
  assert.deepEqual(
    (await findings(2025)).filter((f) => f.code === 'I05'),
    [],
    'another year holds no contacts',
  );
});

test('SR-22 I05 is a warning, so the year publishes with it; it goes once the centre registers an application', async () => {
  const published = await coordinator.request('POST', '/api/v1/indicators/publications', { holderId: vid, year: 2026 });
  assert.equal(published.status, 201, published.body);
  await register('2026-06-01T07:00:00Z', 'eservice_filed_on_behalf', consulted.id);
  ctx.clock.set('2027-02-10T09:00:00Z');
  coordinator = await login(ctx.app, (await buildUser(ctx, { role: 'institution_coordinator' })).email);
  assert.deepEqual(
    (await findings(2026)).filter((f) => f.code === 'I05'),
    [],
  );
});

test('SR-22 I05 reads in Latvian and English with the number of contacts', () => {
  const [f] = basketFindingsOf([{ serviceId: 'x', identifier: 'PK-000001', centre: 'Cēsu VPVKAC', contacts: 4 }]);
  assert.equal(f!.code, 'I05');
  assert.equal(f!.channel, null);
  assert.match(f!.message.lv, /^PK-000001: Cēsu VPVKAC reģistrēja kontaktus .* \(4\), bet nevienu pieteikumu/);
  assert.match(f!.message.en, /^PK-000001: Cēsu VPVKAC registered contacts .* \(4\) but no application/);
});
