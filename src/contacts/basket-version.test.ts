// A contact registered under a version of the minimal basket keeps it (CR-7.1, AM-1.6): the version in force when it
// was registered is stored with it and shown in its answer; a same-day correction of the basket, recorded later,
// supersedes that version for later registrations only, and a change of the contact on its day keeps its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { balviCentre } from '../centres/test-fixtures.ts';
import { recordBasketVersion } from '../basket/index.ts';
import { rigaDate } from '../platform/time.ts';
import { buildService, buildStaff } from './test-fixtures.ts';

let ctx: TestContext;
let balvi: Awaited<ReturnType<typeof balviCentre>>;
let employee: Session;
let vid: string;
let inBasket: string;
let addedByCorrection: string;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T08:00:00.000Z'); // Monday, 10:00 in Riga
  balvi = await balviCentre(ctx.db);
  vid = await organisationId(ctx.db, 'VID');
  inBasket = (await buildService(ctx.db, { holderId: vid, name: 'Deklarāciju pieņemšana', scope: false })).id;
  addedByCorrection = (await buildService(ctx.db, { holderId: vid, name: 'Nodokļu konta izdruka', scope: false })).id;
  const staff = await buildStaff(ctx.db, { municipalityId: balvi.municipalityId, centreId: balvi.centreId });
  employee = await login(ctx.app, staff.email);
});
after(() => ctx.close());

/** A version of the basket taking effect today (Riga) with one VID item per service. */
const recordToday = (serviceIds: string[]) =>
  recordBasketVersion(ctx.db, {
    effectiveFrom: rigaDate(ctx.clock.now()),
    note: 'Testa versija',
    items: serviceIds.map((id, i) => ({
      annexItem: `5.${i + 1}`,
      nameLv: `Pozīcija ${i + 1}`,
      nameEn: `Item ${i + 1}`,
      institutionId: vid,
      serviceIds: [id],
    })),
  });

const register = (serviceId: string) =>
  employee.request(
    'POST',
    '/api/v1/contacts',
    { centreId: balvi.centreId, servicePointId: balvi.pointId, type: 'information', serviceIds: [serviceId] },
    { 'idempotency-key': `basket-${serviceId}-${ctx.clock.now().toISOString()}` },
  );

const stored = async (id: string) =>
  (await ctx.db.selectFrom('contacts').select('basket_version_id').where('id', '=', id).executeTakeFirstOrThrow())
    .basket_version_id;

test('CR-7.1 AM-1.6 a contact registered before a same-day correction of the basket keeps the earlier version; one registered after it gets the new version', async () => {
  const first = await recordToday([inBasket]);
  const early = await register(inBasket);
  assert.equal(early.status, 201, early.body);
  assert.equal(early.json.basketVersionId, first.id, 'the answer names the version in force');
  assert.equal(await stored(early.json.id), first.id);
  const event = await ctx.db
    .selectFrom('audit_events')
    .select('after')
    .where('entity_id', '=', early.json.id)
    .where('action', '=', 'contact.create')
    .executeTakeFirstOrThrow();
  assert.equal((event.after as { basketVersionId: string }).basketVersionId, first.id, 'the trail keeps it too');
  // The service the correction adds is outside the scope until then (CR-7: in neither the basket nor the centre's entries).
  const count = async () =>
    Number(
      (
        await ctx.db
          .selectFrom('contacts')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const before = await count();
  const refused = await register(addedByCorrection);
  assert.equal(refused.status, 400, refused.body);
  assert.match(refused.body, /\/serviceIds\/0/);
  assert.equal(await count(), before, 'nothing written');

  ctx.clock.set('2026-11-23T08:20:00.000Z');
  const correction = await recordToday([inBasket, addedByCorrection]);
  assert.notEqual(correction.id, first.id);
  const late = await register(addedByCorrection);
  assert.equal(late.status, 201, late.body);
  assert.equal(late.json.basketVersionId, correction.id, 'a later registration is checked against the correction');
  assert.equal(await stored(late.json.id), correction.id);

  const read = await employee.request('GET', `/api/v1/contacts/${early.json.id}`);
  assert.equal(read.status, 200, read.body);
  assert.equal(
    read.json.basketVersionId,
    first.id,
    'the earlier contact still names the version it was registered under',
  );

  // A change on the same day is checked against today's basket but stays registered under its own version.
  const changed = await employee.request(
    'PATCH',
    `/api/v1/contacts/${early.json.id}`,
    { note: 'Precizēts' },
    { 'if-match': `"${early.json.version}"` },
  );
  assert.equal(changed.status, 200, changed.body);
  assert.equal(changed.json.basketVersionId, first.id);
  assert.equal(await stored(early.json.id), first.id);

  const list = await employee.request('GET', `/api/v1/contacts?centreId=${balvi.centreId}&date=2026-11-23`);
  assert.equal(list.status, 200, list.body);
  const byId = new Map(
    (list.json.items as { id: string; basketVersionId: string | null }[]).map((c) => [c.id, c.basketVersionId]),
  );
  assert.deepEqual([byId.get(early.json.id), byId.get(late.json.id)], [first.id, correction.id]);
});
