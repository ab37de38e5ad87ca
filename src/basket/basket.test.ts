// The minimal basket, versioned (CR-8, AM-1.6 … AM-1.10): the shipped history answered by day through the public API,
// a same-day correction superseding the earlier version, the API's bad input, CR-16 (a holder cannot withdraw a
// basket service) and CR-20.8 on the real basket's services.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login } from '../../test/support/http.ts';
import { buildCentre } from '../centres/test-fixtures.ts';
import { buildReception, buildService, buildStaff } from '../contacts/test-fixtures.ts';
import { loadShippedCatalogue } from '../seed/index.ts';
import { recordBasketVersion } from './index.ts';

let ctx: TestContext;
let pmlp: string;
let vsaa: string;
/** The shipped basket services by annex item (grozs-3.13 …). */
const shipped = new Map<string, { id: string; identifier: string }>();

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T09:30:00Z');
  await loadShippedCatalogue(ctx.db, { demo: false }, ctx.clock.now());
  pmlp = await organisationId(ctx.db, 'PMLP');
  vsaa = await organisationId(ctx.db, 'VSAA');
  const rows = await ctx.db
    .selectFrom('services')
    .select(['id', 'identifier', 'external_id'])
    .where('external_id', 'in', ['grozs-3.13', 'grozs-3.14', 'grozs-3.15', 'grozs-6.19'])
    .execute();
  for (const r of rows) shipped.set(r.external_id!.slice('grozs-'.length), { id: r.id, identifier: r.identifier });
});
after(() => ctx.close());

const basketOn = (date?: string) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1/public/basket${date ? `?date=${date}` : ''}` });

test('AM-1.6 … AM-1.10 the shipped history: on 2019-02-28 the version of 2017-07-01 with 2.3 and the old wordings; from 2019-03-01 2.3 gone, 3.13, 3.14, 6.19 reworded and 3.15 added', async () => {
  assert.equal(shipped.size, 4);
  const before = await basketOn('2019-02-28');
  assert.equal(before.statusCode, 200, before.body);
  const old = before.json();
  assert.deepEqual([old.number, old.effectiveFrom], [1, '2017-07-01']);
  assert.deepEqual(
    old.items.map((i: { annexItem: string; name: { lv: string } }) => [i.annexItem, i.name.lv]),
    [
      ['2.3', old.items[0].name.lv],
      ['3.13', 'Šengenas vīzas pieteikums'],
      ['3.14', 'Latvijas pilsonības iegūšanas ceļvedis – konsultants'],
      ['6.19', 'vienreizējs pabalsts mirušā pensionāra laulātajam (pensionāram)'],
    ],
  );
  assert.match(old.items[0].name.lv, /nav dots/, 'item 2.3: the sources do not give its wording, and it says so');
  assert.equal(old.items[0].institution, null);
  assert.deepEqual(old.items[1].institution, { id: pmlp, name: 'Pilsonības un migrācijas lietu pārvalde' });

  const after = (await basketOn('2019-03-01')).json();
  assert.deepEqual([after.number, after.effectiveFrom], [2, '2019-03-01']);
  assert.deepEqual(
    after.items.map((i: { annexItem: string; name: { lv: string }; institution: { id: string } }) => [
      i.annexItem,
      i.name.lv,
      i.institution.id,
    ]),
    [
      ['3.13', 'Ziņas par personas rīcībspēju', pmlp],
      ['3.14', 'Personas kodu atbilstība vienai personai', pmlp],
      ['3.15', 'aktuālais un iepriekšējais personas kods', pmlp],
      ['6.19', 'pabalsts mirušā pensijas saņēmēja laulātajam', vsaa],
    ],
  );
  for (const item of after.items)
    assert.deepEqual(item.services, [shipped.get(item.annexItem)!.identifier], `${item.annexItem} links its service`);
  assert.match(after.items[0].services[0], /^PK-/);

  const today = await basketOn();
  assert.equal(today.json().number, 2, 'default: today in Riga (the test clock)');
  const none = await basketOn('2017-06-30');
  assert.equal(none.statusCode, 404);
  assert.equal(none.json().code, 'basket_not_in_force');
});

test('AM-1.6 … AM-1.10 a correction recorded for the same day supersedes the earlier version, never two in force; CR-8 refuses an item of another organisation', async () => {
  const item = (nameLv: string) => ({
    annexItem: '3.13',
    nameLv,
    nameEn: 'Correction test',
    institutionId: pmlp,
    serviceIds: [shipped.get('3.13')!.id],
  });
  const first = await recordBasketVersion(ctx.db, { effectiveFrom: '2026-12-01', items: [item('Pirmā redakcija')] });
  const fixed = await recordBasketVersion(ctx.db, { effectiveFrom: '2026-12-01', items: [item('Labotā redakcija')] });
  assert.equal(fixed.number, first.number + 1);
  const answer = (await basketOn('2026-12-01')).json();
  assert.deepEqual([answer.number, answer.items[0].name.lv], [fixed.number, 'Labotā redakcija']);
  const rows = await ctx.db
    .selectFrom('basket_versions')
    .select(['id', 'superseded_by'])
    .where('effective_from', '=', '2026-12-01')
    .orderBy('number')
    .execute();
  assert.deepEqual(
    rows.map((r) => r.superseded_by),
    [fixed.id, null],
    'the earlier one kept, marked superseded',
  );
  assert.equal((await basketOn('2026-11-30')).json().number, 2, 'the day before keeps the version of 2019-03-01');

  const balvi = await organisationId(ctx.db, 'Balvu novads');
  await assert.rejects(
    recordBasketVersion(ctx.db, { effectiveFrom: '2026-12-02', items: [{ ...item('X'), institutionId: balvi }] }),
    (e: { fields: { field: string; code: string }[] }) =>
      e.fields[0]?.field === '/items/0/institutionId' && e.fields[0]?.code === 'basket_institution_not_cr8',
  );
  assert.equal((await basketOn('2026-12-02')).json().number, fixed.number, 'nothing recorded');
});

test('CR-8 the public basket refuses a bad date with 400 naming /date', async () => {
  for (const bad of ['2019-02-30', '28.02.2019', 'today']) {
    const res = await basketOn(bad);
    assert.equal(res.statusCode, 400, `${bad}: ${res.body}`);
    assert.match(res.body, /\/date/, bad);
  }
});

test('CR-16 the holder cannot withdraw a minimal-basket service: refused naming the rule; its other services it can', async () => {
  const admin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin', organisation: 'PMLP' })).email);
  const id = shipped.get('3.15')!.id;
  const res = await admin.request('POST', `/api/v1/services/${id}/transitions`, { to: 'withdrawn' });
  assert.equal(res.status, 422, res.body);
  assert.equal(res.json.code, 'service_in_minimal_basket');
  assert.match(res.json.title, /CR-16/);
  const detail = await admin.request('GET', `/api/v1/services/${id}`);
  assert.deepEqual(detail.json.transitions, [], 'withdrawing is not offered');
  const status = await ctx.db.selectFrom('services').select('status').where('id', '=', id).executeTakeFirstOrThrow();
  assert.equal(status.status, 'published', 'nothing changed');
  const own = await buildService(ctx.db, { holderId: pmlp, name: 'Cits PMLP pakalpojums' });
  const ok = await admin.request('POST', `/api/v1/services/${own.id}/transitions`, { to: 'withdrawn' });
  assert.equal(ok.status, 200, ok.body);
});

test('CR-20.8 on the real basket: an application for a shipped basket service is refused while PMLP receives clients at the regional centre; a PMLP service outside the basket is registered', async () => {
  const regional = await buildCentre(ctx.db, { kind: 'regional', hours: '08:00-17:00' });
  await buildReception(ctx.db, {
    centreId: regional.centreId,
    institutionId: pmlp,
    validFrom: '2026-11-01',
    hours: ['09:00-12:00', '13:00-16:00'],
  });
  const email = (await buildStaff(ctx.db, { municipalityId: regional.municipalityId, centreId: regional.centreId }))
    .email;
  const other = await buildService(ctx.db, { holderId: pmlp, name: 'Ārpus groza' });
  ctx.clock.set('2026-11-23T09:30:00Z'); // Monday 11:30 in Riga
  const session = await login(ctx.app, email);
  const register = (serviceId: string) =>
    session.request('POST', '/api/v1/contacts', {
      centreId: regional.centreId,
      servicePointId: regional.pointId,
      type: 'application_accepted',
      serviceIds: [serviceId],
    });
  const refused = await register(shipped.get('3.13')!.id);
  assert.equal(refused.status, 409, refused.body);
  assert.equal(refused.json.code, 'contact_institution_receiving');
  const okRes = await register(other.id);
  assert.equal(okRes.status, 201, okRes.body);
});
