import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { testContext, testDatabase, type TestContext } from '../support/context.ts';
import { buildUser } from '../support/factories.ts';
import { call, login, tryLogin } from '../support/http.ts';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { publicRoute } from '../../src/platform/access/route-policy.ts';

let ctx: TestContext;
before(async () => {
  ctx = await testContext({ BODY_LIMIT_BYTES: '4096' });
});
after(() => ctx.close());

test('GET /api/health answers while the process lives, /api/ready when the database is migrated', async () => {
  assert.deepEqual((await call(ctx.app, 'GET', '/api/health')).json, { status: 'ok' });
  const ready = await call(ctx.app, 'GET', '/api/ready');
  assert.equal(ready.status, 200);
  assert.equal(ready.json.status, 'ready');
});

test('an unknown API path is a 404 problem, in Latvian by default and English on request', async () => {
  const lv = await call(ctx.app, 'GET', '/api/v1/nothing-here');
  assert.equal(lv.status, 404);
  assert.equal(lv.json.code, 'route_not_found');
  assert.equal(lv.json.title, 'Šāda adrese nav zināma.');
  const en = await call(ctx.app, 'GET', '/api/v1/nothing-here', undefined, { 'accept-language': 'en' });
  assert.equal(en.json.title, 'No such address.');
});

test('a body over the limit is refused with 413 and nothing is written', async () => {
  const before = await ctx.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  const res = await tryLogin(ctx.app, 'a@b.lv', 'x'.repeat(10_000));
  assert.equal(res.status, 413);
  assert.equal(res.json.code, 'payload_too_large');
  const afterCount = await ctx.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  assert.equal(afterCount.n, before.n);
});

test('unknown properties, too long strings and wrong types are 400 with each field named', async () => {
  const user = await buildUser(ctx);
  const session = await login(ctx.app, user.email);
  const res = await session.request('POST', '/api/v1/auth/password', {
    currentPassword: 'x'.repeat(201),
    newPassword: 12,
    extra: true,
  });
  assert.equal(res.status, 400);
  assert.equal(res.json.code, 'validation_failed');
  const byField = Object.fromEntries(res.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]));
  assert.deepEqual(byField, {
    '/currentPassword': 'field_too_long',
    '/newPassword': 'field_type',
    '/extra': 'field_unknown',
  });
  assert.ok(res.json.errors.every((e: { message: string; in: string }) => e.message.length > 0 && e.in === 'body'));
});

test('malformed JSON is a 400 problem, not a 500', async () => {
  const user = await buildUser(ctx);
  const session = await login(ctx.app, user.email);
  const res = await session.request('POST', '/api/v1/auth/password', '{"currentPassword": ');
  assert.equal(res.status, 400);
  assert.equal(res.json.code, 'invalid_json');
});

test('a 5xx never shows internals, and every log line of the request carries its id; the probes log nothing while well', async () => {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const database = await testDatabase();
  try {
    const app = await createApp(
      { db: database.db, config: loadConfig({ NODE_ENV: 'test' }), now: () => new Date() },
      { serveWeb: false, logStream: stream },
    );
    app.get('/api/v1/test-explodes', { config: { policy: publicRoute } }, async () => {
      throw new Error('connection string postgres://secret@db/internal failed');
    });
    await app.ready();
    const res = await call(app, 'GET', '/api/v1/test-explodes', undefined, { 'x-request-id': 'req-12345678' });
    assert.equal(res.status, 500);
    assert.equal(res.json.code, 'internal_error');
    assert.doesNotMatch(res.body, /secret|postgres|stack|Error:/);
    assert.equal(res.json.requestId, 'req-12345678');
    assert.equal(res.headers['x-request-id'], 'req-12345678');
    const ours = lines.map((l) => JSON.parse(l)).filter((l) => l.reqId === 'req-12345678');
    assert.ok(ours.length >= 3, 'incoming, error and completion lines');
    assert.ok(
      ours.some((l) => l.level === 50 && /secret/.test(JSON.stringify(l.err))),
      'the details go to the log only',
    );
    // A load balancer asks every few seconds: /api/health and /api/ready log only their warnings.
    for (const path of ['/api/health', '/api/ready']) {
      const probe = await call(app, 'GET', path, undefined, { 'x-request-id': 'probe-12345678' });
      assert.equal(probe.status, 200, probe.body);
    }
    await call(app, 'GET', '/api/v1/public/holders', undefined, { 'x-request-id': 'other-12345678' });
    assert.deepEqual(
      lines.filter((l) => JSON.parse(l).reqId === 'probe-12345678'),
      [],
    );
    assert.ok(
      lines.some((l) => JSON.parse(l).reqId === 'other-12345678'),
      'other requests are logged',
    );
    await app.close();
  } finally {
    await database.close();
  }
});

test('security headers are set on API answers', async () => {
  const res = await call(ctx.app, 'GET', '/api/health');
  assert.match(String(res.headers['content-security-policy']), /default-src 'self'/);
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
});

test('an invalid bearer token is refused even on a public route', async () => {
  const res = await call(ctx.app, 'GET', '/api/health', undefined, { authorization: 'Bearer vv_nope_nope' });
  assert.equal(res.status, 401);
});
