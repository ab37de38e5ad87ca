// Each centre's scope (CR-7): the municipality's entries (CR-7.2, CR-7.3) with their periods, the public list on a
// day with the basket (CR-7.1), what changes between two days (a basket version included), the refusals (bad input,
// overlapping periods, others' centres) and the basket check of kind compliance (CR-4.2, CR-5.2).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { balviCentre, buildCentre } from '../centres/test-fixtures.ts';
import { buildReception, buildService } from '../contacts/test-fixtures.ts';
import { loadShippedCatalogue } from '../seed/index.ts';

let ctx: TestContext;
let balvi: Awaited<ReturnType<typeof balviCentre>>;
let admin: Session;
let pmlp: string;
/** The shipped basket services by annex item. */
const shipped = new Map<string, { id: string; identifier: string }>();
let own: { id: string; identifier: string };
let vid: { id: string; identifier: string };

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T09:30:00Z');
  await loadShippedCatalogue(ctx.db, { demo: false }, ctx.clock.now());
  pmlp = await organisationId(ctx.db, 'PMLP');
  const rows = await ctx.db
    .selectFrom('services')
    .select(['id', 'identifier', 'external_id'])
    .where('external_id', 'like', 'grozs-%')
    .execute();
  for (const r of rows) shipped.set(r.external_id!.slice('grozs-'.length), { id: r.id, identifier: r.identifier });
  balvi = await balviCentre(ctx.db);
  own = await buildService(ctx.db, { holderId: balvi.municipalityId, name: 'Balvu sociālais pabalsts', scope: false });
  vid = await buildService(ctx.db, {
    holderId: await organisationId(ctx.db, 'VID'),
    name: 'Deklarāciju konsultācija',
    scope: false,
  });
  admin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin', organisation: 'Balvu novads' })).email);
});
after(() => ctx.close());

const publicServices = (centreId: string, date: string) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1/public/centres/${centreId}/services?date=${date}` });
const entryCount = async () =>
  Number(
    (
      await ctx.db
        .selectFrom('centre_scope_entries')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
type Item = { service: { id: string; identifier: string }; basis: string; annexItem: string | null };

test('CR-7 CR-7.2 CR-7.3 the municipality adds entries (audited); the public list on a day holds the basket with its annex items and the entries with their basis and period', async () => {
  const designated = await admin.request('POST', `/api/v1/centres/${balvi.centreId}/scope`, {
    serviceId: own.id,
    basis: 'CR-7.2',
    validFrom: '2026-12-01',
    note: 'Domes lēmums Nr. 12',
  });
  assert.equal(designated.status, 201, designated.body);
  assert.deepEqual(
    [designated.json.basis, designated.json.validFrom, designated.json.validUntil, designated.json.service.identifier],
    ['CR-7.2', '2026-12-01', null, own.identifier],
  );
  const other = await admin.request('POST', `/api/v1/centres/${balvi.centreId}/scope`, {
    serviceId: vid.id,
    basis: 'CR-7.3',
    validFrom: '2026-11-01',
    validUntil: '2027-01-31',
  });
  assert.equal(other.status, 201, other.body);
  const audit = await ctx.db
    .selectFrom('audit_events')
    .select('entity_id')
    .where('action', '=', 'scope_entry.create')
    .execute();
  assert.deepEqual(audit.map((a) => a.entity_id).sort(), [designated.json.id, other.json.id].sort());

  const today = await publicServices(balvi.centreId, '2026-11-23');
  assert.equal(today.statusCode, 200, today.body);
  const items = today.json().items as Item[];
  assert.deepEqual(
    items.filter((i) => i.basis === 'basket').map((i) => [i.annexItem, i.service.identifier]),
    ['3.13', '3.14', '3.15', '6.19'].map((a) => [a, shipped.get(a)!.identifier]),
    'the basket in force, in annex order, with each item',
  );
  assert.deepEqual(
    items.filter((i) => i.basis !== 'basket').map((i) => [i.service.id, i.basis]),
    [[vid.id, 'CR-7.3']],
    'the designated service starts on 1 December',
  );
  const december = (await publicServices(balvi.centreId, '2026-12-01')).json().items as Item[];
  assert.ok(december.some((i) => i.service.id === own.id && i.basis === 'CR-7.2'));
  const february = (await publicServices(balvi.centreId, '2027-02-01')).json().items as Item[];
  assert.ok(!february.some((i) => i.service.id === vid.id), 'the CR-7.3 entry ended on 31 January');
  const list = await admin.request('GET', `/api/v1/centres/${balvi.centreId}/scope`);
  assert.equal(list.json.canManage, true);
  assert.equal(list.json.items.length, 2);
});

test('CR-7 CR-17.8 the public centre answer names the services offered there on the day: its scope’s published services', async () => {
  for (const day of ['2026-11-23', '2026-12-01', '2027-02-01']) {
    const centre = await ctx.app.inject({ method: 'GET', url: `/api/v1/public/centres/${balvi.centreId}?date=${day}` });
    assert.equal(centre.statusCode, 200, centre.body);
    const scope = (await publicServices(balvi.centreId, day)).json().items as Item[];
    const offered = centre.json().services as { id: string; name: string }[];
    assert.ok(offered.length >= 4, `${day}: the basket at least`);
    assert.deepEqual(offered.map((s) => s.id).sort(), [...new Set(scope.map((i) => i.service.id))].sort(), day);
  }
  const december = (
    await ctx.app.inject({ method: 'GET', url: `/api/v1/public/centres/${balvi.centreId}?date=2026-12-01` })
  ).json().services as { id: string }[];
  assert.ok(
    december.some((s) => s.id === own.id),
    'the CR-7.2 entry from 1 December',
  );
});

test('CR-7.1 CR-7.2 CR-7.3 bad entries are refused naming the field, nothing written', async () => {
  const draft = await buildService(ctx.db, { holderId: balvi.municipalityId, name: 'Melnraksts', status: 'draft' });
  const before = await entryCount();
  const base = { serviceId: own.id, basis: 'CR-7.3', validFrom: '2030-01-01' };
  const cases: [object, string, string][] = [
    [{ ...base, serviceId: shipped.get('3.13')!.id }, '/serviceId', 'scope_service_in_basket'],
    [{ ...base, serviceId: draft.id }, '/serviceId', 'scope_service_not_published'],
    [{ ...base, serviceId: '00000000-0000-4000-8000-000000000000' }, '/serviceId', 'scope_service_unknown'],
    [{ ...base, serviceId: vid.id, basis: 'CR-7.2' }, '/basis', 'scope_not_municipal'],
    [{ ...base, validUntil: '2029-12-31' }, '/validUntil', 'scope_dates_order'],
  ];
  for (const [body, field, code] of cases) {
    const res = await admin.request('POST', `/api/v1/centres/${balvi.centreId}/scope`, body);
    assert.equal(res.status, 400, `${code}: ${res.body}`);
    assert.deepEqual(
      res.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
      [[field, code]],
    );
  }
  for (const body of [
    { ...base, validFrom: '2030-02-30' },
    { ...base, basis: 'CR-7.1' },
  ]) {
    const res = await admin.request('POST', `/api/v1/centres/${balvi.centreId}/scope`, body);
    assert.equal(res.status, 400, res.body);
  }
  const bad = await admin.request('POST', `/api/v1/centres/${balvi.centreId}/scope`, { ...base, basis: 'CR-7.1' });
  assert.match(JSON.stringify(bad.json.errors), /\/basis/);
  assert.equal(await entryCount(), before, 'nothing written');
});

test('CR-7 two periods of one service at a centre never overlap: refused 409; the next period after the end is accepted; ending cannot reach it', async () => {
  const centre = await buildCentre(ctx.db, { municipalityId: balvi.municipalityId });
  const url = `/api/v1/centres/${centre.centreId}/scope`;
  const first = await admin.request('POST', url, { serviceId: vid.id, basis: 'CR-7.3', validFrom: '2026-01-01' });
  assert.equal(first.status, 201, first.body);
  const clash = await admin.request('POST', url, { serviceId: vid.id, basis: 'CR-7.3', validFrom: '2027-06-01' });
  assert.equal(clash.status, 409, clash.body);
  assert.equal(clash.json.code, 'scope_entry_overlaps');
  assert.match(clash.json.title, /01\.01\.2026/);
  const ended = await admin.request('POST', `${url}/${first.json.id}/end`, { validUntil: '2026-12-31' });
  assert.equal(ended.status, 200, ended.body);
  assert.equal(ended.json.validUntil, '2026-12-31');
  const next = await admin.request('POST', url, { serviceId: vid.id, basis: 'CR-7.3', validFrom: '2027-01-01' });
  assert.equal(next.status, 201, next.body);
  const reach = await admin.request('POST', `${url}/${first.json.id}/end`, { validUntil: '2027-01-01' });
  assert.equal(reach.status, 409, reach.body);
  const early = await admin.request('POST', `${url}/${first.json.id}/end`, { validUntil: '2025-12-31' });
  assert.equal(early.status, 400, early.body);
  assert.equal(early.json.errors[0].field, '/validUntil');
  const rows = await ctx.db
    .selectFrom('centre_scope_entries')
    .select(['valid_from', 'valid_until'])
    .where('centre_id', '=', centre.centreId)
    .where('service_id', '=', vid.id)
    .orderBy('valid_from')
    .execute();
  assert.deepEqual(
    rows.map((r) => [r.valid_from, r.valid_until]),
    [
      ['2026-01-01', '2026-12-31'],
      ['2027-01-01', null],
    ],
  );
});

test("CR-7 only the municipality's admin and the maintainer change a scope: another role 403, another municipality 404, no such centre 404", async () => {
  const body = { serviceId: vid.id, basis: 'CR-7.3', validFrom: '2031-01-01' };
  const employee = await login(ctx.app, (await buildUser(ctx, { role: 'centre_employee' })).email);
  assert.equal((await employee.request('POST', `/api/v1/centres/${balvi.centreId}/scope`, body)).status, 403);
  const elsewhere = await buildCentre(ctx.db);
  const foreign = await admin.request('POST', `/api/v1/centres/${elsewhere.centreId}/scope`, body);
  assert.equal(foreign.status, 404, foreign.body);
  const list = await admin.request('GET', `/api/v1/centres/${elsewhere.centreId}/scope`);
  assert.equal(list.json.canManage, false, 'another municipality reads, but may not change');
  const maintainer = await login(ctx.app, (await buildUser(ctx, { role: 'maintainer' })).email);
  const missing = '00000000-0000-4000-8000-000000000001';
  assert.equal((await maintainer.request('POST', `/api/v1/centres/${missing}/scope`, body)).status, 404);
  assert.equal((await publicServices(missing, '2026-11-23')).statusCode, 404);
  const ok = await maintainer.request('POST', `/api/v1/centres/${elsewhere.centreId}/scope`, body);
  assert.equal(ok.status, 201, ok.body);
});

test('CR-7 CR-7.1 what enters and leaves the scope between two days: the basket version of 2019-03-01 and the entries', async () => {
  const changes = (from: string, to: string) =>
    ctx.app.inject({ method: 'GET', url: `/api/v1/centres/${balvi.centreId}/scope/changes?from=${from}&to=${to}` });
  const basket = (await changes('2019-02-28', '2019-03-01')).json();
  // The version of 2017-07-01 links no catalogue service (the sources name none); the 2019 one links four.
  assert.deepEqual(
    basket.entering.map((i: Item) => [i.basis, i.annexItem, i.service.identifier]),
    ['3.13', '3.14', '3.15', '6.19'].map((a) => ['basket', a, shipped.get(a)!.identifier]),
  );
  assert.deepEqual(basket.leaving, []);
  const later = (await changes('2019-03-01', '2026-11-23')).json();
  assert.ok(!later.leaving.some((i: Item) => i.basis === 'basket'), 'the basket services stay');
  const entries = (await changes('2026-11-23', '2027-02-01')).json();
  assert.deepEqual(
    entries.entering.map((i: Item) => [i.service.id, i.basis]),
    [[own.id, 'CR-7.2']],
  );
  assert.deepEqual(
    entries.leaving.map((i: Item) => [i.service.id, i.basis]),
    [[vid.id, 'CR-7.3']],
  );
  const wrong = await changes('2027-02-01', '2026-11-23');
  assert.equal(wrong.statusCode, 400);
  assert.equal(wrong.json().errors[0].field, '/to');
});

test('CR-4.2 CR-5.2 kind compliance: the scope holds the basket in force; a basket item with no published service is named missing, unless (CR-5.2) its institution receives clients at a regional centre', async () => {
  const county = await buildCentre(ctx.db, { hours: '08:00-17:00' });
  const regional = await buildCentre(ctx.db, { kind: 'regional', hours: '08:00-17:00' });
  const basketCheck = async (centreId: string) => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/centres/${centreId}/compliance?date=2026-11-23`,
      headers: { cookie: admin.cookie },
    });
    assert.equal(res.statusCode, 200, res.body);
    return res.json().checks.find((c: { measure: string }) => c.measure === 'basket_items');
  };
  const whole = await basketCheck(county.centreId);
  assert.deepEqual([whole.rule, whole.passed, whole.expected, whole.actual], ['CR-4.2', true, 4, 4]);

  const withdrawn = shipped.get('3.15')!.id;
  await ctx.db.updateTable('services').set({ status: 'withdrawn' }).where('id', '=', withdrawn).execute();
  try {
    const lacking = await basketCheck(county.centreId);
    assert.deepEqual([lacking.passed, lacking.actual, lacking.missingItems], [false, 3, ['3.15']]);
    assert.match(lacking.explanation, /3\.15 aktuālais un iepriekšējais personas kods/);
    const regionalBefore = await basketCheck(regional.centreId);
    assert.deepEqual([regionalBefore.rule, regionalBefore.passed], ['CR-5.2', false]);
    await buildReception(ctx.db, {
      centreId: regional.centreId,
      institutionId: pmlp,
      validFrom: '2026-11-01',
      hours: ['09:00-12:00'],
    });
    const excused = await basketCheck(regional.centreId);
    assert.deepEqual(
      [excused.passed, excused.expected, excused.missingItems],
      [true, 1, []],
      "PMLP's items are PMLP's own at the regional centre",
    );
  } finally {
    await ctx.db.updateTable('services').set({ status: 'published' }).where('id', '=', withdrawn).execute();
  }
});
