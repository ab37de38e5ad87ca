// The counter uses the real scope (CR-7): a service outside the centre's scope on the contact's day is refused naming
// the rule and the field, nothing written; once the municipality's entry is in force it is registered; the counter's
// search lists only the scope and marks the basket's services (CR-7.1).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { buildCentre } from '../centres/test-fixtures.ts';
import { buildService, buildStaff } from '../contacts/test-fixtures.ts';
import { loadShippedCatalogue } from '../seed/index.ts';

let ctx: TestContext;
let centre: Awaited<ReturnType<typeof buildCentre>>;
let staff: Session;
let outside: { id: string; identifier: string };
let basket313: { id: string; identifier: string };

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T09:30:00Z'); // Monday 11:30 in Riga
  await loadShippedCatalogue(ctx.db, { demo: false }, ctx.clock.now());
  basket313 = await ctx.db
    .selectFrom('services')
    .select(['id', 'identifier'])
    .where('external_id', '=', 'grozs-3.13')
    .executeTakeFirstOrThrow();
  centre = await buildCentre(ctx.db, { hours: '08:00-17:00' });
  outside = await buildService(ctx.db, {
    holderId: await organisationId(ctx.db, 'VID'),
    name: 'Ārpusklāsta nodokļu izziņa',
    scope: false,
  });
  staff = await login(
    ctx.app,
    (await buildStaff(ctx.db, { municipalityId: centre.municipalityId, centreId: centre.centreId })).email,
  );
});
after(() => ctx.close());

const register = (serviceId: string) =>
  staff.request('POST', '/api/v1/contacts', {
    centreId: centre.centreId,
    servicePointId: centre.pointId,
    type: 'information',
    serviceIds: [serviceId],
  });
const search = async (q: string) => {
  const res = await staff.request(
    'GET',
    `/api/v1/centres/${centre.centreId}/counter-services?q=${encodeURIComponent(q)}`,
  );
  assert.equal(res.status, 200, res.body);
  return res.json.items as { id: string; minimalBasket: boolean }[];
};
const contactsOf = async (serviceId: string) =>
  (await ctx.db.selectFrom('contacts').select('service_ids').execute()).filter((c) => c.service_ids.includes(serviceId))
    .length;

test("CR-7 the counter refuses a service outside the centre's scope on the day, naming the rule and /serviceIds/0; nothing written; the search does not offer it", async () => {
  const refused = await register(outside.id);
  assert.equal(refused.status, 400, refused.body);
  assert.deepEqual(
    refused.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    [['/serviceIds/0', 'contact_service_outside_scope']],
  );
  assert.match(refused.json.errors[0].message, /23\.11\.2026/);
  assert.match(refused.json.errors[0].message, /7\. punkts/);
  assert.equal(await contactsOf(outside.id), 0);
  assert.deepEqual(await search('Ārpusklāsta'), []);
});

test('CR-7.3 once the municipality puts the service in the scope from today, the counter offers and registers it; a future entry does not count today', async () => {
  const admin = await login(ctx.app, (await buildUser(ctx, { role: 'maintainer' })).email);
  const future = await admin.request('POST', `/api/v1/centres/${centre.centreId}/scope`, {
    serviceId: outside.id,
    basis: 'CR-7.3',
    validFrom: '2026-11-24',
  });
  assert.equal(future.status, 201, future.body);
  assert.equal((await register(outside.id)).status, 400, 'from tomorrow: not yet');
  await ctx.db
    .updateTable('centre_scope_entries')
    .set({ valid_from: '2026-11-23' })
    .where('id', '=', future.json.id)
    .execute();
  assert.deepEqual(
    (await search('Ārpusklāsta')).map((s) => [s.id, s.minimalBasket]),
    [[outside.id, false]],
  );
  const ok = await register(outside.id);
  assert.equal(ok.status, 201, ok.body);
  assert.equal(await contactsOf(outside.id), 1);
});

test('CR-7.1 CR-8 a basket service is in every scope without an entry: the search marks it, the counter registers it', async () => {
  assert.deepEqual(
    (await search(basket313.identifier)).map((s) => [s.id, s.minimalBasket]),
    [[basket313.id, true]],
  );
  const ok = await register(basket313.id);
  assert.equal(ok.status, 201, ok.body);
});
