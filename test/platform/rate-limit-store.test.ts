// The login rate limit kept in the database: two instances on one database count one address together, the window
// ends on the clock, and the table holds no client address.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../support/context.ts';
import { tryLogin } from '../support/http.ts';
import { createApp, type App } from '../../src/app.ts';
import { openDatabase } from '../../src/platform/db/database.ts';
import type { Database } from '../../src/db.ts';
import { rateLimitCleanupJob } from '../../src/platform/http/rate-limit-store.ts';

let ctx: TestContext;
let other: Database | undefined;
let second: App;

before(async () => {
  ctx = await testContext({ LOGIN_RATE_PER_MINUTE: '3' });
  ctx.clock.set('2026-11-23T10:00:00Z');
  // The second instance: on PostgreSQL with a connection pool of its own, as another process has.
  let deps = ctx.deps;
  if (process.env.TEST_DATABASE_URL) {
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = new URL(ctx.database.location).pathname;
    other = await openDatabase({ databaseUrl: url.toString(), poolSize: 2 });
    deps = { ...ctx.deps, db: other.db };
  }
  second = await createApp(deps, { serveWeb: false });
  await second.ready();
});
after(async () => {
  await second.close();
  await other?.close();
  await ctx.close();
});

const attempt = (app: App) => tryLogin(app, 'nobody@test.vienuviet.lv', 'wrong-password-123');

test('two instances on one database share the per-address login limit, and it ends with its window', async () => {
  const statuses = [];
  for (const app of [ctx.app, second, ctx.app, second, ctx.app]) statuses.push((await attempt(app)).status);
  // Counted per instance, each would still let this address in: 401 (wrong password) five times.
  assert.deepEqual(statuses, [401, 401, 401, 429, 429]);
  const refused = await attempt(second);
  assert.equal(refused.json.code, 'rate_limited');
  assert.ok(
    Number(refused.headers['retry-after']) > 0 && Number(refused.headers['retry-after']) <= 60,
    String(refused.headers['retry-after']),
  );

  ctx.clock.advance(61_000);
  assert.deepEqual([(await attempt(second)).status, (await attempt(ctx.app)).status], [401, 401], 'a new window');
});

test('the table keeps a hash of route and address, never the address, and the cleanup job removes ended windows', async () => {
  const rows = await ctx.db.selectFrom('rate_limit_hits').selectAll().execute();
  assert.ok(rows.length >= 1);
  for (const row of rows) assert.match(row.key_hash, /^[0-9a-f]{64}$/);
  assert.ok(!JSON.stringify(rows).includes('127.0.0.1'));
  ctx.clock.advance(61_000);
  await rateLimitCleanupJob.run(ctx.deps);
  assert.equal((await ctx.db.selectFrom('rate_limit_hits').selectAll().execute()).length, 0);
});
