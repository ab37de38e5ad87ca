// The catalogue import through HTTP (SR-12.2): an institution's system pushes with an API token, everything is
// checked first, upsert by the holder's external id, idempotent, dry run, progress, publish by the holder's admin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { call, login, withToken, type Response, type Session } from '../../test/support/http.ts';
import { addDays, rigaDate } from '../platform/time.ts';
import { serviceContent } from './test-fixtures.ts';
import { failInterruptedImports } from './import-service.ts';
import { insertImport, findImport } from './import-repository.ts';
import { toCpsv } from './jsonld.ts';
import { createApp } from '../app.ts';

let ctx: TestContext;
let ur: string;
let vid: string;
let urAdmin: Session;
let asAdmin: ReturnType<typeof withToken>;
let asCoordinator: ReturnType<typeof withToken>;
let adminAuthorization: string;

const URL_ = '/api/v1/catalogue/imports';

async function tokenFor(session: Session, role: string, organisation: string): Promise<string> {
  const res = await session.request('POST', '/api/v1/api-tokens', {
    name: `Sistēma ${role}`,
    role,
    organisationId: organisation,
    expiresOn: addDays(rigaDate(ctx.clock.now()), 30),
  });
  assert.equal(res.status, 201, res.body);
  return res.json.token;
}

before(async () => {
  ctx = await testContext();
  ur = await organisationId(ctx.db, 'UR');
  vid = await organisationId(ctx.db, 'VID');
  urAdmin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin', organisation: 'UR' })).email);
  const adminToken = await tokenFor(urAdmin, 'org_admin', ur);
  asAdmin = withToken(ctx.app, adminToken);
  adminAuthorization = `Bearer ${adminToken}`;
  asCoordinator = withToken(ctx.app, await tokenFor(urAdmin, 'institution_coordinator', ur));
});
after(() => ctx.close());

const record = (externalId: string, extra: Record<string, unknown> = {}) => ({
  externalId,
  ...serviceContent({ name: { lv: `Pakalpojums ${externalId}`, en: `Service ${externalId}` }, ...extra }),
});
const records = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => record(`${prefix}-${i + 1}`));

async function counts() {
  const n = async (table: 'services' | 'service_versions' | 'audit_events' | 'catalogue_imports') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    services: await n('services'),
    versions: await n('service_versions'),
    audit: await n('audit_events'),
    imports: await n('catalogue_imports'),
  };
}

/** Follows an import until it is no longer running. */
async function finished(started: Response, as: (method: string, url: string) => Promise<Response> = asAdmin) {
  assert.equal(started.status, 202, started.body);
  for (let i = 0; i < 1000; i++) {
    const res = await as('GET', `${URL_}/${started.json.id}`);
    assert.equal(res.status, 200, res.body);
    if (res.json.status !== 'running') return res.json;
    await delay(10);
  }
  throw new Error('the import did not finish');
}

const serviceOf = (externalId: string) =>
  ctx.db
    .selectFrom('services')
    .selectAll()
    .where('holder_id', '=', ur)
    .where('external_id', '=', externalId)
    .executeTakeFirstOrThrow();
const versionsOf = (serviceId: string) =>
  ctx.db.selectFrom('service_versions').selectAll().where('service_id', '=', serviceId).orderBy('number').execute();

test('SR-12 SR-9 a push with an API token registers new services as drafts with identifiers, search text and one audit event', async () => {
  const started = await asCoordinator('POST', URL_, { holderId: ur, services: records('A', 3) });
  assert.equal(started.status, 202, started.body);
  assert.deepEqual(
    [started.json.status, started.json.total, started.json.processed, started.json.holder.id],
    ['running', 3, 0, ur],
  );
  assert.equal(started.headers.location, `${URL_}/${started.json.id}`);
  const done = await finished(started, asCoordinator);
  assert.deepEqual(
    [done.status, done.processed, done.created, done.updated, done.unchanged, done.errors],
    ['done', 3, 3, 0, 0, []],
  );
  const service = await serviceOf('A-2');
  assert.match(service.identifier, /^PK-\d{6}$/);
  assert.deepEqual([service.status, service.name_lv], ['draft', 'Pakalpojums A-2']);
  const [version] = await versionsOf(service.id);
  assert.deepEqual(
    [version!.number, version!.published_from, (version!.content as { providerId: string }).providerId],
    [1, null, ur],
  );
  assert.equal(
    version!.search_text,
    `${service.identifier.toLowerCase()} pakalpojums a-2 service a-2 komersanta ierakstisana komercregistra. entering a company in the commercial register.`,
  );
  const events = await ctx.db
    .selectFrom('audit_events')
    .selectAll()
    .where('action', '=', 'service.import')
    .where('entity_id', '=', started.json.id)
    .execute();
  assert.equal(events.length, 1);
  assert.equal(events[0]!.organisation_id, ur);
  assert.ok(events[0]!.actor_token_id, 'the token is the actor');
  assert.deepEqual(
    (events[0]!.after as { created: { externalId: string }[] }).created.map((c) => c.externalId),
    ['A-1', 'A-2', 'A-3'],
  );
});

test('SR-12 the same push twice writes nothing the second time: no versions, no audit events', async () => {
  const body = { holderId: ur, services: records('B', 2) };
  await finished(await asAdmin('POST', URL_, body));
  const before = await counts();
  const again = await finished(await asAdmin('POST', URL_, body));
  assert.deepEqual([again.status, again.created, again.updated, again.unchanged], ['done', 0, 0, 2]);
  const after = await counts();
  assert.deepEqual(after, { ...before, imports: before.imports + 1 });
});

test('SR-8 a changed record replaces the draft; after publication it starts a new draft version', async () => {
  await finished(await asAdmin('POST', URL_, { holderId: ur, services: [record('C-1')] }));
  const service = await serviceOf('C-1');
  const changed = await finished(
    await asAdmin('POST', URL_, { holderId: ur, services: [record('C-1', { name: { lv: 'Jauns nosaukums' } })] }),
  );
  assert.deepEqual([changed.created, changed.updated, changed.unchanged], [0, 1, 0]);
  let versions = await versionsOf(service.id);
  assert.deepEqual(
    versions.map((v) => [v.number, (v.content as { name: { lv: string } }).name.lv]),
    [[1, 'Jauns nosaukums']],
    'the draft is replaced, not multiplied',
  );
  assert.equal((await serviceOf('C-1')).name_lv, 'Jauns nosaukums');
  assert.equal(versions[0]!.search_text.includes('jauns nosaukums'), true);
  await urAdmin.request('POST', `/api/v1/services/${service.id}/transitions`, { to: 'published' });
  await finished(await asAdmin('POST', URL_, { holderId: ur, services: [record('C-1', { name: { lv: 'Trešais' } })] }));
  versions = await versionsOf(service.id);
  assert.deepEqual(
    versions.map((v) => [v.number, v.published_from === null]),
    [
      [1, false],
      [2, true],
    ],
  );
  assert.equal((await serviceOf('C-1')).status, 'published', 'the version in force stays until the draft is published');
});

test('SR-5 publish=true publishes new and changed descriptions; only the holder admin may (403, nothing written)', async () => {
  await finished(await asAdmin('POST', URL_, { holderId: ur, services: [record('D-1')] }));
  const before = await counts();
  const refused = await asCoordinator('POST', `${URL_}?publish=true`, {
    holderId: ur,
    services: [record('D-1'), record('D-2')],
  });
  assert.equal(refused.status, 403, refused.body);
  assert.deepEqual([refused.json.code, refused.json.errors[0].field], ['import_publish_not_allowed', '/publish']);
  assert.deepEqual(await counts(), before);
  const done = await finished(
    await asAdmin('POST', `${URL_}?publish=true`, { holderId: ur, services: [record('D-1'), record('D-2')] }),
  );
  assert.deepEqual([done.created, done.updated, done.unchanged, done.publish], [1, 1, 0, true]);
  for (const id of ['D-1', 'D-2']) {
    const service = await serviceOf(id);
    assert.equal(service.status, 'published');
    const versions = await versionsOf(service.id);
    assert.deepEqual(
      versions.map((v) => [v.number, v.published_from !== null, v.published_to]),
      [[1, true, null]],
    );
  }
  const changed = await finished(
    await asAdmin('POST', `${URL_}?publish=true`, {
      holderId: ur,
      services: [record('D-1', { maxTermWorkingDays: 10 })],
    }),
  );
  assert.equal(changed.updated, 1);
  const versions = await versionsOf((await serviceOf('D-1')).id);
  assert.deepEqual(
    versions.map((v) => [v.number, v.published_to === null]),
    [
      [1, false],
      [2, true],
    ],
    'the version in force ended, the new one began',
  );
  const again = await finished(
    await asAdmin('POST', `${URL_}?publish=true`, {
      holderId: ur,
      services: [record('D-1', { maxTermWorkingDays: 10 })],
    }),
  );
  assert.equal(again.unchanged, 1, 'already in force: nothing to do');
});

test('SR-12 a dry run counts what would change and writes nothing', async () => {
  await finished(await asAdmin('POST', URL_, { holderId: ur, services: [record('E-1'), record('E-2')] }));
  const before = await counts();
  const res = await asAdmin('POST', `${URL_}?dryRun=true`, {
    holderId: ur,
    services: [record('E-1'), record('E-2', { cofog: ['10.4'] }), record('E-3')],
  });
  assert.equal(res.status, 200, res.body);
  assert.deepEqual(res.json, { dryRun: true, total: 3, created: 1, updated: 1, unchanged: 1 });
  assert.deepEqual(await counts(), before);
});

test('SR-12 SR-10 one bad record refuses the push: per-record errors naming the field, nothing written', async () => {
  const before = await counts();
  const services = [
    record('F-1'),
    record('F-2', { cofog: ['99.9'] }),
    record('F-3'),
    { ...record('F-4'), clientType: 'robot', name: {} },
    { ...record('F-5'), externalId: '' },
  ];
  const res = await asAdmin('POST', URL_, { holderId: ur, services });
  assert.equal(res.status, 400, res.body);
  assert.equal(res.json.code, 'import_records_invalid');
  const byIndex = Object.fromEntries(
    res.json.records.map((r: { index: number; errors: { field: string; code: string }[] }) => [
      r.index,
      r.errors.map((e) => `${e.field} ${e.code}`),
    ]),
  );
  assert.deepEqual(Object.keys(byIndex), ['1', '3', '4']);
  assert.deepEqual(byIndex[1], ['/cofog/0 cofog_unknown']);
  assert.deepEqual(byIndex[3].sort(), ['/clientType field_enum', '/name/lv field_required']);
  assert.deepEqual(byIndex[4], ['/externalId field_required']);
  assert.equal(res.json.records[0].externalId, 'F-2');
  assert.ok(res.json.records[0].errors[0].message, 'each error has a message');
  assert.ok(
    res.json.errors.some((e: { field: string }) => e.field === '/services/1/cofog/0'),
    'errors point into the push',
  );
  assert.deepEqual(await counts(), before);
  const dry = await asAdmin('POST', `${URL_}?dryRun=true`, { holderId: ur, services });
  assert.equal(dry.status, 400, 'a dry run refuses the same way');
});

test('SR-12 duplicate external ids within one push are refused, naming the first', async () => {
  const before = await counts();
  const res = await asAdmin('POST', URL_, { holderId: ur, services: [record('G-1'), record('G-2'), record('G-1')] });
  assert.equal(res.status, 400, res.body);
  assert.deepEqual(res.json.records, [
    {
      index: 2,
      externalId: 'G-1',
      errors: [
        { field: '/externalId', code: 'import_external_id_duplicate', message: res.json.records[0].errors[0].message },
      ],
    },
  ]);
  assert.match(res.json.records[0].errors[0].message, /0/);
  assert.deepEqual(await counts(), before);
});

test("SR-8 a holder outside the token's scope is refused naming holderId; others' imports answer 404", async () => {
  const before = await counts();
  const foreign = await asAdmin('POST', URL_, { holderId: vid, services: [record('H-1')] });
  assert.deepEqual(
    [foreign.status, foreign.json.errors[0].field, foreign.json.errors[0].code],
    [400, '/holderId', 'service_holder_not_yours'],
  );
  const unknown = await asAdmin('POST', URL_, {
    holderId: '00000000-0000-4000-8000-000000000000',
    services: [record('H-1')],
  });
  assert.equal(unknown.json.errors[0].code, 'organisation_unknown');
  assert.deepEqual(await counts(), before);
  const mine = await finished(await asAdmin('POST', URL_, { holderId: ur, services: [record('H-1')] }));
  const vidAdmin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin', organisation: 'VID' })).email);
  assert.equal((await vidAdmin.request('GET', `${URL_}/${mine.id}`)).status, 404);
  const theirs = await vidAdmin.request('GET', URL_);
  assert.equal(theirs.status, 200);
  assert.deepEqual(theirs.json.items, []);
  const list = await urAdmin.request('GET', `${URL_}?holderId=${ur}&limit=5`);
  assert.equal(list.json.items[0].id, mine.id, 'newest first');
  const employee = await login(ctx.app, (await buildUser(ctx, { role: 'centre_employee' })).email);
  assert.equal((await employee.request('GET', URL_)).status, 403);
});

test('SR-12 a large push runs in chunks: progress reaches the total, one audit event per chunk', async () => {
  const started = await asAdmin('POST', URL_, { holderId: ur, services: records('L', 1100) });
  assert.equal(started.json.total, 1100);
  const seen = new Set<number>();
  let done;
  for (;;) {
    const res = await asAdmin('GET', `${URL_}/${started.json.id}`);
    seen.add(res.json.processed);
    if (res.json.status !== 'running') {
      done = res.json;
      break;
    }
    await delay(5);
  }
  assert.deepEqual([done.status, done.processed, done.created], ['done', 1100, 1100]);
  assert.ok(
    [...seen].every((p) => [0, 500, 1000, 1100].includes(p)),
    `progress moves by chunks: ${[...seen]}`,
  );
  const events = await ctx.db
    .selectFrom('audit_events')
    .select('after')
    .where('action', '=', 'service.import')
    .where('entity_id', '=', started.json.id)
    .execute();
  assert.deepEqual(
    events.map((e) => (e.after as { created: unknown[] }).created.length),
    [500, 500, 100],
  );
  const identifiers = (
    await ctx.db.selectFrom('services').select('identifier').where('external_id', 'like', 'L-%').execute()
  ).map((s) => s.identifier);
  assert.equal(new Set(identifiers).size, 1100, 'SR-9 each its own identifier');
});

test('a logged-in holder admin pushes with the session and its CSRF token', async () => {
  const done = await finished(await urAdmin.request('POST', URL_, { holderId: ur, services: [record('S-1')] }));
  assert.equal(done.created, 1);
  const noCsrf = await call(
    ctx.app,
    'POST',
    URL_,
    { holderId: ur, services: [record('S-2')] },
    { cookie: urAdmin.cookie },
  );
  assert.equal(noCsrf.status, 403);
});

test('bad requests answer 4xx naming the field, never 500, and write nothing', async () => {
  const authorization = `Bearer ${await tokenFor(urAdmin, 'org_admin', ur)}`;
  const before = await counts();
  const cases: [string, unknown, number, string][] = [
    [URL_, { holderId: ur, services: [] }, 400, '/services'],
    [URL_, { holderId: ur, services: [record('X-1')], extra: 1 }, 400, '/extra'],
    [URL_, { services: [record('X-1')] }, 400, '/holderId'],
    [URL_, { holderId: ur, services: 'all' }, 400, '/services'],
    [`${URL_}?dryRun=maybe`, { holderId: ur, services: [record('X-1')] }, 400, '/dryRun'],
    [`${URL_}?dryRun=maybe`, { holderId: ur, services: [{ ...record('X-1'), cofog: [] }] }, 400, '/dryRun'],
  ];
  for (const [url, body, status, field] of cases) {
    const res = await asAdmin('POST', url, body);
    assert.equal(res.status, status, `${field}: ${res.body}`);
    assert.ok(
      res.json.errors.some((e: { field: string }) => e.field === field),
      `${field}: ${res.body}`,
    );
  }
  const text = await call(ctx.app, 'POST', URL_, 'holderId', { 'content-type': 'text/plain', authorization });
  assert.equal(text.status, 415);
  assert.deepEqual(await counts(), before);
});

test('SR-12 imports a stopped process left running are marked failed (interrupted) at start-up', async () => {
  const id = await insertImport(
    ctx.db,
    { holder_id: ur, created_by: null, format: 'json', publish: false, total: 10 },
    new Date(),
  );
  assert.ok((await failInterruptedImports(ctx.deps)) >= 1);
  const row = (await findImport(ctx.db, id))!;
  assert.deepEqual([row.status, row.failed_count], ['failed', 10]);
  const res = await asAdmin('GET', `${URL_}/${id}`);
  assert.equal(res.json.errors[0].errors[0].code, 'import_interrupted');
  assert.ok(res.json.errors[0].errors[0].message);
});

test('SR-12 a CPSV-AP JSON-LD push (?holderId=) upserts by dct:identifier like JSON, idempotent too', async () => {
  const services = ['LD-1', 'LD-2'].map((id) => ({
    identifier: id,
    status: 'published' as const,
    holderId: ur,
    content: record(id) as never,
    updatedAt: new Date().toISOString(),
  }));
  const doc = toCpsv(
    services,
    new Map([[ur, { name: 'Uzņēmumu reģistrs', kind: 'institution' }]]),
    'https://vienuviet.example',
  );
  const push = (url: string, body: unknown) =>
    call(ctx.app, 'POST', url, JSON.stringify(body), {
      'content-type': 'application/ld+json',
      authorization: adminAuthorization,
    });
  const done = await finished(await push(`${URL_}?holderId=${ur}`, doc));
  assert.deepEqual([done.format, done.created, done.status], ['jsonld', 2, 'done']);
  const service = await serviceOf('LD-2');
  const [version] = await versionsOf(service.id);
  assert.equal((version!.content as { name: { lv: string } }).name.lv, 'Pakalpojums LD-2');
  const again = await finished(await push(`${URL_}?holderId=${ur}`, doc));
  assert.deepEqual([again.created, again.updated, again.unchanged], [0, 0, 2]);
  const before = await counts();
  const noHolder = await push(URL_, doc);
  assert.deepEqual(
    [noHolder.status, noHolder.json.errors[0].field, noHolder.json.errors[0].in],
    [400, '/holderId', 'query'],
  );
  const empty = await push(`${URL_}?holderId=${ur}`, { '@context': {}, '@graph': [] });
  assert.equal(empty.status, 400, empty.body);
  assert.equal(empty.json.records.length, 1);
  const long = toCpsv(
    [{ ...services[0]!, content: record('LD-3', { name: { lv: 'x'.repeat(301) } }) as never }],
    new Map(),
    'https://vienuviet.example',
  );
  const tooLong = await push(`${URL_}?holderId=${ur}`, long);
  assert.equal(tooLong.status, 400, tooLong.body);
  assert.deepEqual(
    tooLong.json.records[0].errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`),
    ['/name/lv field_too_long'],
    'the same schema as JSON records',
  );
  const notJson = await call(ctx.app, 'POST', `${URL_}?holderId=${ur}`, '{"@graph": [', {
    'content-type': 'application/ld+json',
    authorization: adminAuthorization,
  });
  assert.equal(notJson.status, 400);
  assert.deepEqual(await counts(), before);
});

test('SR-12 a shutdown mid-import lets the current chunk finish and marks the import interrupted; a re-push completes it', async () => {
  const other = await testContext();
  try {
    const email = (await buildUser(other, { role: 'org_admin', organisation: 'UR' })).email;
    const admin = await login(other.app, email);
    const holder = await organisationId(other.db, 'UR');
    const body = { holderId: holder, services: records('Z', 3000) };
    const started = await admin.request('POST', URL_, body);
    assert.equal(started.status, 202, started.body);
    while ((await admin.request('GET', `${URL_}/${started.json.id}`)).json.processed === 0) await delay(5);
    await other.app.close();
    const row = (await findImport(other.db, started.json.id))!;
    assert.equal(row.status, 'failed');
    assert.ok(
      row.processed > 0 && row.processed < 3000 && row.processed % 500 === 0,
      `whole chunks only: ${row.processed}`,
    );
    assert.equal(row.failed_count, 3000 - row.processed);
    assert.equal((row.errors as { errors: { code: string }[] }[])[0]!.errors[0]!.code, 'import_interrupted');
    const written = await other.db
      .selectFrom('services')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('external_id', 'like', 'Z-%')
      .executeTakeFirstOrThrow();
    assert.equal(Number(written.n), row.processed, 'the chunks written stay written');
    // The next start: the same push again registers the rest and leaves the written ones alone.
    const restarted = await createApp(other.deps, { serveWeb: false });
    try {
      const again = await login(restarted, email);
      const done = await finished(await again.request('POST', URL_, body), (method, url) => again.request(method, url));
      assert.deepEqual([done.status, done.created, done.unchanged], ['done', 3000 - row.processed, row.processed]);
    } finally {
      await restarted.close();
    }
  } finally {
    await other.database.close();
  }
});
