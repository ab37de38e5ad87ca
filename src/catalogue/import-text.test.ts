// SR-12.2: the dry run refuses exactly what the real import would fail on. Text the database cannot store (a NUL)
// used to pass the check and stop the background import at its chunk; now the shared text rule refuses it first,
// per record, for a JSON push and a JSON-LD push alike.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { call, login, type Session } from '../../test/support/http.ts';
import { serviceContent } from './test-fixtures.ts';
import { toCpsv } from './jsonld.ts';

let ctx: TestContext;
let ur: string;
let admin: Session;
const URL_ = '/api/v1/catalogue/imports';

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  ur = await organisationId(ctx.db, 'UR');
  admin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin', organisation: 'UR' })).email);
});
after(() => ctx.close());

const record = (externalId: string, name = `Pakalpojums ${externalId}`) => ({
  externalId,
  ...serviceContent({ name: { lv: name, en: `Service ${externalId}` } }),
});

async function written() {
  const n = async (table: 'services' | 'service_versions' | 'catalogue_imports' | 'audit_events') =>
    (await ctx.db.selectFrom(table).select('id').execute()).length;
  return [await n('services'), await n('service_versions'), await n('catalogue_imports'), await n('audit_events')];
}

type Refused = { index: number; errors: { field: string; code: string }[] };
const refusals = (json: { records?: Refused[] }) =>
  (json.records ?? []).map((r) => [r.index, ...r.errors.map((e) => `${e.field} ${e.code}`)]);

test('SR-12.2 a dry run refuses a NUL in a service name with the record index and field, as the real push does; nothing written', async () => {
  const before = await written();
  // As the JSON text a system sends: the NUL as its \u0000 escape.
  const push = JSON.stringify({
    holderId: ur,
    services: [record('T-1'), record('T-2', 'Pakalpojums NUL'), record('T-3')],
  }).replace('NUL', '\\u0000');
  for (const url of [`${URL_}?dryRun=true`, URL_]) {
    const res = await admin.request('POST', url, push);
    assert.equal(res.status, 400, `${url}: ${res.body}`);
    assert.equal(res.json.code, 'import_records_invalid');
    assert.deepEqual(refusals(res.json), [[1, '/name/lv text_control_character']], url);
    assert.deepEqual(
      res.json.errors.map((e: { field: string }) => e.field),
      ['/services/1/name/lv'],
    );
  }
  assert.deepEqual(await written(), before);
});

test('SR-12.2 a dry run refuses a whitespace-only external id and name (field_required), like the real push', async () => {
  const push = { holderId: ur, services: [record('   '), record('T-5', '   ')] };
  for (const url of [`${URL_}?dryRun=true`, URL_]) {
    const res = await admin.request('POST', url, push);
    assert.equal(res.status, 400, res.body);
    assert.deepEqual(
      refusals(res.json),
      [
        [0, '/externalId field_required'],
        [1, '/name/lv field_required'],
      ],
      url,
    );
  }
});

test('SR-12.2 a JSON-LD push is held to the same rule: a NUL in dct:identifier or in a title is refused at the dry run', async () => {
  const before = await written();
  const services = ['LD-1', 'LD-2'].map((id) => ({
    identifier: id,
    status: 'published' as const,
    holderId: ur,
    content: record(id) as never,
    updatedAt: ctx.clock.now().toISOString(),
  }));
  const text = JSON.stringify(
    toCpsv(services, new Map([[ur, { name: 'Uzņēmumu reģistrs', kind: 'institution' }]]), 'https://vienuviet.example'),
  )
    .replace('"dct:identifier":"LD-1"', '"dct:identifier":"LD\\u0000-1"')
    .replace('"Pakalpojums LD-2"', '"Pakalpojums\\u0007LD-2"');
  const headers = { 'content-type': 'application/ld+json', cookie: admin.cookie, 'x-csrf-token': admin.csrf };
  for (const url of [`${URL_}?dryRun=true&holderId=${ur}`, `${URL_}?holderId=${ur}`]) {
    const res = await call(ctx.app, 'POST', url, text, headers);
    assert.equal(res.status, 400, `${url}: ${res.body}`);
    assert.deepEqual(
      refusals(res.json),
      [
        [0, '/externalId text_control_character'],
        [1, '/name/lv text_control_character'],
      ],
      url,
    );
  }
  assert.deepEqual(await written(), before);
});
