// The catalogue import through HTTP (SR-12.2): an institution's system pushes with an API token, upsert by the
// holder's external id, idempotent, dry run, publish by the holder's admin, JSON or CPSV-AP JSON-LD.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { call } from '../../test/support/http.ts';
import { toCpsv } from './jsonld.ts';
import {
  adminAuthorization,
  asAdmin,
  asCoordinator,
  counts,
  ctx,
  finished,
  record,
  records,
  serviceOf,
  setup,
  ur,
  urAdmin,
  URL_,
  versionsOf,
} from './test-imports.ts';

before(setup);
after(() => ctx.close());

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
