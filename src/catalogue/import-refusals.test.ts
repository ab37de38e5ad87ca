// The catalogue import (SR-12.2) checks everything first: a bad record, a duplicate external id, a holder outside
// the token's scope or a bad request refuses the push, naming the field, and nothing is written.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { buildUser } from '../../test/support/factories.ts';
import { call, login } from '../../test/support/http.ts';
import { asAdmin, counts, ctx, finished, record, setup, tokenFor, ur, urAdmin, URL_, vid } from './test-imports.ts';

before(setup);
after(() => ctx.close());

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
