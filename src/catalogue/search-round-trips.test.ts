// SR-12: a public search's round trips to the database, counted by the proxy of scripts/pg-message-counter.ts (it
// reads PostgreSQL's wire protocol, so these run on a PostgreSQL server only). One look at the catalogue serves the
// ETag and the index's freshness; the misspelt pass matches again over that look; the page's municipalities come
// with its rows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createApp, type App } from '../app.ts';
import type { Deps } from '../db.ts';
import { openDatabase } from '../platform/db/database.ts';
import { countingProxy, type CountingProxy } from '../../scripts/pg-message-counter.ts';
import { engine, testContext, type TestContext } from '../../test/support/context.ts';
import { loadDemoDirectory, loadShippedCatalogue } from '../seed/index.ts';

const onServer = engine === 'postgres';
let ctx: TestContext;
let proxy: CountingProxy;
let through: Awaited<ReturnType<typeof openDatabase>>;
let app: App;

before(async () => {
  if (!onServer) return;
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  await loadDemoDirectory(ctx.db, ctx.clock.now());
  await loadShippedCatalogue(ctx.db, { demo: true }, ctx.clock.now());
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(ctx.db);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${rows[0]!.name}`;
  proxy = await countingProxy(url.toString());
  through = await openDatabase({ databaseUrl: proxy.url, poolSize: 2 });
  const deps = { ...ctx.deps, db: through.db } as Deps;
  app = await createApp(deps, { serveWeb: false });
  await app.ready();
});
after(async () => {
  if (!onServer) return;
  await app.close();
  await through.close();
  await proxy.close();
  await ctx.close();
});

/** The request's round trips and its answer's total, after a first run (the index built). */
async function counted(query: string, headers: Record<string, string> = {}) {
  const url = `/api/v1/public/services?${query}`;
  await app.inject({ method: 'GET', url });
  const start = { roundTrips: proxy.counts.roundTrips, statements: proxy.counts.statements };
  const res = await app.inject({ method: 'GET', url, headers });
  return {
    status: res.statusCode,
    total: res.statusCode === 200 ? (JSON.parse(res.body) as { total: number }).total : undefined,
    roundTrips: proxy.counts.roundTrips - start.roundTrips,
    statements: proxy.counts.statements - start.statements,
    etag: String(res.headers.etag),
  };
}

test('SR-12 a public search looks at the catalogue once: the look, the holders the words name, the page', {
  skip: !onServer && 'PostgreSQL only',
}, async () => {
  const found = await counted(`q=${encodeURIComponent('deklaret dzivesvietu')}`);
  assert.ok(found.total! > 0);
  assert.equal(found.roundTrips, 3);
  assert.equal(found.statements, 3);
});

test('SR-12 a misspelt search retries in the same step: no second look, no second listing', {
  skip: !onServer && 'PostgreSQL only',
}, async () => {
  const misspelt = await counted('q=dzivesvita');
  assert.ok(misspelt.total! > 0, 'the misspelt pass finds the service');
  assert.equal(misspelt.roundTrips, 3);
  const nothing = await counted('q=qqqqqqqqq');
  assert.equal(nothing.total, 0);
  assert.equal(nothing.roundTrips, 2, 'the look and the holders: no page to read');
});

test('SR-12 a list without words, its page naming municipalities, takes two round trips; a revalidation one', {
  skip: !onServer && 'PostgreSQL only',
}, async () => {
  const list = await counted('limit=50');
  assert.ok(list.total! > 0);
  assert.equal(list.roundTrips, 2);
  const again = await counted('limit=50', { 'if-none-match': list.etag });
  assert.equal(again.status, 304);
  assert.equal(again.roundTrips, 1);
});
