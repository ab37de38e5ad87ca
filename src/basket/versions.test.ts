// The ministry's basket (CR-8, AM-1.6 … AM-1.10, DR-16): recording a version over HTTP (same-day supersession, the
// audit event, refusals naming fields, 403 for others), the import as CSV or JSON with its dry run, what changed
// between versions, and the DR-16 review fulfilling the ministry's obligation of its year.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { loadShippedCatalogue } from '../seed/index.ts';

let ctx: TestContext;
let ministry: Session;
let pmlp: string;
let vsaa: string;
/** The shipped basket services by annex item (grozs-3.13 …): identifier PK-… */
const pk = new Map<string, string>();

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T09:30:00Z');
  await loadShippedCatalogue(ctx.db, { demo: false }, ctx.clock.now());
  pmlp = await organisationId(ctx.db, 'PMLP');
  vsaa = await organisationId(ctx.db, 'VSAA');
  const rows = await ctx.db
    .selectFrom('services')
    .select(['identifier', 'external_id'])
    .where('external_id', 'in', ['grozs-3.13', 'grozs-3.14', 'grozs-3.15', 'grozs-6.19'])
    .execute();
  for (const r of rows) pk.set(r.external_id!.slice('grozs-'.length), r.identifier);
  ministry = await login(ctx.app, (await buildUser(ctx, { role: 'ministry_supervisor' })).email);
});
after(() => ctx.close());

const versionCount = async () =>
  Number(
    (
      await ctx.db
        .selectFrom('basket_versions')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const item = (annexItem: string, nameLv: string, institutionId = pmlp, services = [pk.get('3.13')!]) => ({
  annexItem,
  nameLv,
  nameEn: `${nameLv} (en)`,
  institutionId,
  serviceIds: services,
});

test('AM-1.6 … AM-1.10 the public list of versions and the changes from the shipped v1 to v2: 2.3 removed, 3.15 added, 3.13, 3.14, 6.19 renamed', async () => {
  const list = await ctx.app.inject({ method: 'GET', url: '/api/v1/public/basket/versions' });
  assert.equal(list.statusCode, 200, list.body);
  const versions = list.json().items as { number: number; effectiveFrom: string; superseded: boolean }[];
  assert.deepEqual(
    versions.map((v) => [v.number, v.effectiveFrom, v.superseded]),
    [
      [2, '2019-03-01', false],
      [1, '2017-07-01', false],
    ],
  );
  const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/public/basket/changes?from=1&to=2' });
  assert.equal(res.statusCode, 200, res.body);
  const c = res.json();
  assert.deepEqual([c.from.number, c.to.number], [1, 2]);
  assert.deepEqual(
    c.removed.map((i: { annexItem: string }) => i.annexItem),
    ['2.3'],
  );
  assert.deepEqual(
    c.added.map((i: { annexItem: string }) => i.annexItem),
    ['3.15'],
  );
  assert.deepEqual(
    c.changed.map((x: { annexItem: string; renamed: boolean }) => [x.annexItem, x.renamed]),
    [
      ['3.13', true],
      ['3.14', true],
      ['6.19', true],
    ],
  );
  assert.equal(c.changed[0].before.name.lv, 'Šengenas vīzas pieteikums');
  assert.equal(c.changed[0].after.name.lv, 'Ziņas par personas rīcībspēju');
  const byDate = await ctx.app.inject({
    method: 'GET',
    url: '/api/v1/public/basket/changes?fromDate=2019-02-28&toDate=2019-03-01',
  });
  assert.deepEqual(byDate.json(), c, 'the same changes named by the days the versions were in force');
  const bad = await ctx.app.inject({ method: 'GET', url: '/api/v1/public/basket/changes?from=99&to=2' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /\/from/);
});

test('CR-8 AM-1.6 … AM-1.10 the ministry records a version: 201 with its changes, audited basket.version.record; a correction on the same day supersedes it', async () => {
  const first = await ministry.request('POST', '/api/v1/basket/versions', {
    effectiveFrom: '2027-01-01',
    note: 'Grozījumi MK noteikumos Nr. 401',
    items: [item('3.13', 'Ziņas par personas rīcībspēju'), item('3.16', 'Jauna pozīcija')],
  });
  assert.equal(first.status, 201, first.body);
  assert.equal(first.json.dryRun, false);
  assert.equal(first.json.version.number, 3);
  assert.deepEqual(
    first.json.changes.added.map((i: { annexItem: string }) => i.annexItem),
    ['3.16'],
  );
  assert.deepEqual(
    first.json.changes.removed.map((i: { annexItem: string }) => i.annexItem),
    ['3.14', '3.15', '6.19'],
  );
  const audit = await ctx.db
    .selectFrom('audit_events')
    .select(['action', 'after'])
    .where('entity_id', '=', first.json.version.id)
    .execute();
  assert.equal(audit.length, 1);
  assert.equal(audit[0]!.action, 'basket.version.record');
  assert.equal((audit[0]!.after as { effectiveFrom: string }).effectiveFrom, '2027-01-01');

  const fix = await ministry.request('POST', '/api/v1/basket/versions', {
    effectiveFrom: '2027-01-01',
    items: [item('3.13', 'Ziņas par personas rīcībspēju'), item('3.16', 'Labota pozīcija')],
  });
  assert.equal(fix.status, 201, fix.body);
  assert.equal(fix.json.supersedes, 3);
  assert.deepEqual(
    fix.json.changes.changed.map((x: { annexItem: string }) => x.annexItem),
    ['3.16'],
  );
  const versions = (await ctx.app.inject({ method: 'GET', url: '/api/v1/public/basket/versions' })).json().items;
  assert.deepEqual(
    versions
      .slice(0, 2)
      .map((v: { number: number; superseded: boolean; supersededBy: number | null }) => [
        v.number,
        v.superseded,
        v.supersededBy,
      ]),
    [
      [4, false, null],
      [3, true, 4],
    ],
  );
  const on = (await ctx.app.inject({ method: 'GET', url: '/api/v1/public/basket?date=2027-01-01' })).json();
  assert.equal(on.number, 4);
  assert.equal(on.items[1].name.lv, 'Labota pozīcija');
});

test('CR-8 a bad version is refused naming each field, nothing written: a past day, an institution outside CR-8, an unknown service, an Annex 1 number twice', async () => {
  const count = await versionCount();
  const balvi = await organisationId(ctx.db, 'Balvu novads');
  const res = await ministry.request('POST', '/api/v1/basket/versions', {
    effectiveFrom: '2026-11-22',
    items: [item('3.13', 'A', balvi), item('3.13', 'B', pmlp, ['PK-999999'])],
  });
  assert.equal(res.status, 400, res.body);
  const fields = res.json.errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`);
  assert.deepEqual(fields.sort(), [
    '/effectiveFrom basket_effective_past',
    '/items/0/institutionId basket_institution_not_cr8',
    '/items/1/annexItem basket_annex_item_twice',
    '/items/1/serviceIds/0 basket_service_unknown',
  ]);
  const shape = await ministry.request('POST', '/api/v1/basket/versions', {
    effectiveFrom: '2027-02-30',
    items: [{ ...item('3', ''), extra: 1 }],
  });
  assert.equal(shape.status, 400);
  assert.match(shape.body, /\/effectiveFrom/);
  assert.equal(await versionCount(), count, 'nothing written');
});

test('CR-8 only the ministry and the maintainer change the basket: a centre employee, a holder and the public are refused', async () => {
  const count = await versionCount();
  const body = { effectiveFrom: '2027-03-01', items: [item('3.13', 'X')] };
  const employee = await login(ctx.app, (await buildUser(ctx, { role: 'centre_employee' })).email);
  assert.equal((await employee.request('POST', '/api/v1/basket/versions', body)).status, 403);
  assert.equal(
    (await employee.request('POST', '/api/v1/basket/versions/import?format=json&dryRun=true', body)).status,
    403,
  );
  assert.equal(
    (
      await employee.request('POST', '/api/v1/basket/reviews', {
        heldOn: '2026-11-20',
        participants: 'X',
        decision: 'Y',
      })
    ).status,
    403,
  );
  const holder = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin', organisation: 'PMLP' })).email);
  assert.equal((await holder.request('POST', '/api/v1/basket/versions', body)).status, 403);
  const anonymous = await ctx.app.inject({ method: 'POST', url: '/api/v1/basket/versions', payload: body });
  assert.equal(anonymous.statusCode, 401);
  const maintainer = await login(ctx.app, (await buildUser(ctx, { role: 'maintainer' })).email);
  const dry = await maintainer.request('POST', '/api/v1/basket/versions/import?format=json&dryRun=true', body);
  assert.equal(dry.status, 200, dry.body);
  assert.equal(await versionCount(), count);
});

test('AM-1.6 … AM-1.10 a CSV import: the dry run shows the changes and writes nothing; the import records the version', async () => {
  const count = await versionCount();
  const csv = [
    '\uFEFFannex_item;name_lv;name_en;institution;services',
    `3.13;Ziņas par personas rīcībspēju;Legal capacity;Pilsonības un migrācijas lietu pārvalde;${pk.get('3.13')}`,
    `3.14;"Personas kodu atbilstība; vienai personai";Personal codes;PMLP;${pk.get('3.14')}`,
    `6.19;pabalsts mirušā pensijas saņēmēja laulātajam;Allowance;${vsaa};${pk.get('6.19')}`,
  ].join('\r\n');
  const url = '/api/v1/basket/versions/import?format=csv&effectiveFrom=2027-06-01&note=CSV';
  const dry = await ministry.request('POST', `${url}&dryRun=true`, csv, { 'content-type': 'text/csv' });
  assert.equal(dry.status, 200, dry.body);
  assert.equal(dry.json.dryRun, true);
  assert.equal(dry.json.version.number, null);
  // Against the version in force on 2027-06-01 (number 4, of 2027-01-01: 3.13 and 3.16).
  const names = (list: { annexItem: string }[]) => list.map((i) => i.annexItem);
  assert.equal(dry.json.changes.from.number, 4);
  assert.deepEqual(names(dry.json.changes.added), ['3.14', '6.19']);
  assert.deepEqual(names(dry.json.changes.removed), ['3.16']);
  assert.deepEqual(names(dry.json.changes.changed), ['3.13'], 'its English wording changes');
  assert.equal(await versionCount(), count, 'the dry run wrote nothing');
  const done = await ministry.request('POST', url, csv, { 'content-type': 'text/csv' });
  assert.equal(done.status, 201, done.body);
  assert.equal(await versionCount(), count + 1);
  const on = (await ctx.app.inject({ method: 'GET', url: '/api/v1/public/basket?date=2027-06-01' })).json();
  assert.deepEqual(
    on.items.map((i: { annexItem: string; institution: { id: string } }) => [i.annexItem, i.institution.id]),
    [
      ['3.13', pmlp],
      ['3.14', pmlp],
      ['6.19', vsaa],
    ],
  );
  assert.equal(on.items[1].name.lv, 'Personas kodu atbilstība; vienai personai');
});

test('AM-1.6 … AM-1.10 a bad CSV is refused naming each line and column, nothing written; a comma-separated file reads too', async () => {
  const count = await versionCount();
  const csv = [
    'annex_item,name_lv,name_en,institution,services',
    `3.13,Ziņas,Capacity,PMLP,${pk.get('3.13')}`,
    '3.x,Vārds,Name,PMLP,',
    `3.20,,Name,Balvu novads,PK-999999`,
  ].join('\n');
  const res = await ministry.request(
    'POST',
    '/api/v1/basket/versions/import?format=csv&effectiveFrom=2027-07-01',
    csv,
    {
      'content-type': 'text/csv',
    },
  );
  assert.equal(res.status, 400, res.body);
  const fields = res.json.errors.map((e: { field: string }) => e.field).sort();
  assert.deepEqual(fields, ['/lines/4/institution', '/lines/4/name_lv']);
  const second = await ministry.request(
    'POST',
    '/api/v1/basket/versions/import?format=csv&effectiveFrom=2027-07-01',
    csv.replace('Balvu novads', 'PMLP').replace(',,Name', ',Nosaukums,Name'),
    { 'content-type': 'text/csv' },
  );
  assert.equal(second.status, 400, second.body);
  assert.deepEqual(second.json.errors.map((e: { field: string }) => e.field).sort(), [
    '/lines/3/annex_item',
    '/lines/4/services',
  ]);
  const header = await ministry.request(
    'POST',
    '/api/v1/basket/versions/import?format=csv&effectiveFrom=2027-07-01',
    'annex_item;name_lv;vards\n3.13;A;B',
    { 'content-type': 'text/csv' },
  );
  assert.equal(header.status, 400);
  assert.deepEqual(header.json.errors.map((e: { field: string }) => e.field).sort(), [
    '/lines/1/3',
    '/lines/1/institution',
    '/lines/1/name_en',
  ]);
  const noDay = await ministry.request('POST', '/api/v1/basket/versions/import?format=csv', csv, {
    'content-type': 'text/csv',
  });
  assert.equal(noDay.status, 400);
  assert.match(noDay.body, /\/effectiveFrom/);
  assert.equal(await versionCount(), count, 'nothing written');
});

test("DR-16 a review of the basket is recorded, audited and fulfils the ministry's DR-16 obligation of its year", async () => {
  const varam = await organisationId(ctx.db, 'VARAM');
  const versionId = (
    await ctx.db.selectFrom('basket_versions').select('id').where('number', '=', 2).executeTakeFirstOrThrow()
  ).id;
  const res = await ministry.request('POST', '/api/v1/basket/reviews', {
    heldOn: '2026-11-20',
    participants: 'VARAM, VRAA, PMLP, VSAA',
    decision: 'Grozs paliek nemainīts',
    newVersionId: versionId,
  });
  assert.equal(res.status, 201, res.body);
  assert.equal(res.json.newVersion.number, 2);
  assert.equal(res.json.organisation.id, varam);
  const duty = await ctx.db
    .selectFrom('obligations')
    .select(['status', 'fulfilled_on'])
    .where('rule_id', '=', 'DR-16')
    .where('organisation_id', '=', varam)
    .where('period', '=', '2026')
    .executeTakeFirstOrThrow();
  assert.deepEqual([duty.status, duty.fulfilled_on], ['fulfilled_on_time', '2026-11-20']);
  const audit = await ctx.db
    .selectFrom('audit_events')
    .select('action')
    .where('entity_id', '=', res.json.id)
    .executeTakeFirstOrThrow();
  assert.equal(audit.action, 'basket.review.record');
  const list = await ministry.request('GET', '/api/v1/basket/reviews');
  assert.equal(list.json.items[0].id, res.json.id);

  const future = await ministry.request('POST', '/api/v1/basket/reviews', {
    heldOn: '2026-11-24',
    participants: 'VARAM',
    decision: 'X',
  });
  assert.equal(future.status, 400);
  assert.equal(future.json.errors[0].field, '/heldOn');
  assert.equal((await ministry.request('GET', '/api/v1/basket/reviews')).json.items.length, 1, 'nothing written');
});

test('CR-8 the public service page says whether the service is in the basket on a day, with its Annex 1 items', async () => {
  const id = pk.get('3.15')!;
  const on = async (date: string) =>
    (await ctx.app.inject({ method: 'GET', url: `/api/v1/public/services/${id}?date=${date}` })).json();
  const before = await on('2019-02-28');
  assert.deepEqual([before.inBasket, before.basketItems, before.basketDate], [false, [], '2019-02-28']);
  const after = await on('2019-03-01');
  assert.deepEqual([after.inBasket, after.basketItems], [true, ['3.15']]);
  const today = await ctx.app.inject({ method: 'GET', url: `/api/v1/public/services/${id}` });
  assert.equal(today.json().basketDate, '2026-11-23', "default: today by the test's clock");
  const bad = await ctx.app.inject({ method: 'GET', url: `/api/v1/public/services/${id}?date=2019-02-30` });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /\/date/);
});
