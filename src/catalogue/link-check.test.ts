// SR-13 Q07: the background link checker against a real local HTTP server answering 200, 404, a refused HEAD, a
// redirect and a hang; what it records, how often it asks again, and that it records nothing when offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { loadConfig } from '../platform/config.ts';
import { jobList } from '../jobs.ts';
import { askLink, checkLinks, linkCheckJob } from './link-check.ts';
import { serviceContent } from './test-fixtures.ts';

let ctx: TestContext;
let admin: Session;
let adminEmail: string;
let lad: string;
let server: http.Server;
let base: string;
const seen: string[] = [];

before(async () => {
  server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (req.url === '/hang') return; // never answers
    if (req.url === '/ok') return void res.writeHead(200).end('ok');
    if (req.url === '/head-refused') return void res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
    if (req.url === '/moved') return void res.writeHead(301, { location: '/ok' }).end();
    if (req.url === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
    if (req.url === '/to-mail') return void res.writeHead(302, { location: 'mailto:info@lad.gov.lv' }).end();
    res.writeHead(404).end('missing');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  lad = await organisationId(ctx.db, 'LAD');
  adminEmail = (await buildUser(ctx, { role: 'org_admin', organisation: 'LAD' })).email;
  admin = await login(ctx.app, adminEmail);
});
after(async () => {
  server.closeAllConnections();
  server.close();
  await ctx.close();
});

async function service(urls: string[], publish: boolean): Promise<string> {
  const documents = urls.map((url, i) => ({ title: { lv: `Dokuments ${i}` }, url }));
  const other = { contacts: { email: 'info@lad.gov.lv' }, legalBasis: [{ title: 'Likums' }] };
  const res = await admin.request('POST', '/api/v1/services', {
    holderId: lad,
    ...serviceContent({ documents, ...other }),
  });
  assert.equal(res.status, 201, res.body);
  if (publish)
    assert.equal(
      (await admin.request('POST', `/api/v1/services/${res.json.id}/transitions`, { to: 'published' })).status,
      200,
    );
  return res.json.id;
}

const stored = async () =>
  Object.fromEntries(
    (await ctx.db.selectFrom('service_link_checks').selectAll().execute()).map((r) => [
      r.url.replace(base, ''),
      [r.ok, r.http_status, r.error],
    ]),
  );

test('SR-13 Q07 the checker asks each published address once and records 200, 404, a refused HEAD, redirects and a hang', async () => {
  await service([`${base}/ok`, `${base}/missing`, `${base}/hang`], true);
  await service([`${base}/head-refused`, `${base}/moved`, `${base}/ok`, `${base}/loop`, `${base}/to-mail`], true);
  await service([`${base}/only-in-a-draft`], false);
  const report = await checkLinks(ctx.deps, { allowPrivateHosts: true, timeoutMs: 300 });
  assert.deepEqual(report, { checked: 7, failed: 4, offline: false });
  assert.deepEqual(await stored(), {
    '/ok': [true, 200, null],
    '/missing': [false, 404, null],
    '/hang': [false, null, 'timeout'],
    '/head-refused': [true, 200, null],
    '/moved': [true, 200, null],
    '/loop': [false, null, 'too many redirects'],
    '/to-mail': [false, 302, 'redirect to a non-web address'],
  });
  assert.ok(seen.includes('HEAD /head-refused') && seen.includes('GET /head-refused'), 'GET after a refused HEAD');
  assert.ok(!seen.includes('GET /hang'), 'no second wait for a site that hangs');
  assert.ok(!seen.some((s) => s.includes('only-in-a-draft')), 'drafts are not public: their links are not asked');
});

test('SR-13 Q07 an address is asked again only after a day; a run takes at most its limit', async () => {
  seen.length = 0;
  assert.deepEqual(await checkLinks(ctx.deps, { allowPrivateHosts: true, timeoutMs: 300 }), {
    checked: 0,
    failed: 0,
    offline: false,
  });
  assert.deepEqual(seen, []);
  ctx.clock.set('2026-11-24T10:00:01Z');
  assert.equal((await checkLinks(ctx.deps, { allowPrivateHosts: true, timeoutMs: 300, limit: 2 })).checked, 2);
  assert.equal(
    (await checkLinks(ctx.deps, { allowPrivateHosts: true, timeoutMs: 300 })).checked,
    5,
    'the rest next time',
  );
  const row = await ctx.db
    .selectFrom('service_link_checks')
    .selectAll()
    .where('url', '=', `${base}/ok`)
    .executeTakeFirstOrThrow();
  assert.equal(row.checked_at.toISOString(), '2026-11-24T10:00:01.000Z');
});

test('SR-13 the checker never asks IP-address or intranet hosts, nor names that resolve to the internal network', async () => {
  seen.length = 0;
  ctx.clock.set('2026-11-26T10:00:00Z');
  assert.equal((await checkLinks(ctx.deps, { timeoutMs: 300 })).checked, 0, '127.0.0.1 is refused by Q05');
  const viaName = await askLink(`${base.replace('127.0.0.1', 'localhost')}/ok`, 300);
  assert.equal(viaName.ok, false);
  assert.match(viaName.error ?? '', /EPRIVATE/);
  assert.deepEqual(seen, []);
});

test('SR-13 offline: when the first addresses all fail with DNS errors, the run is skipped, logged, and nothing recorded', async () => {
  ctx.clock.set('2026-11-26T10:00:00Z');
  admin = await login(ctx.app, adminEmail); // the clock moved past the session's idle limit
  await ctx.db.deleteFrom('service_link_checks').execute();
  await ctx.db
    .updateTable('service_versions')
    .set({ published_to: ctx.deps.now() })
    .where('published_to', 'is', null)
    .where('published_from', 'is not', null)
    .execute();
  await service(
    ['https://www.nav-tada-vietne-1.lv/a', 'https://www.nav-tada-vietne-2.lv/b', 'https://www.nav-tada-vietne-3.lv/c'],
    true,
  );
  const lines: string[] = [];
  const report = await checkLinks(ctx.deps, { timeoutMs: 2000, log: (line) => lines.push(line) });
  assert.deepEqual(report, { checked: 0, failed: 0, offline: true });
  assert.equal(lines.length, 1);
  assert.match(lines[0]!, /offline .*ENOTFOUND|offline .*EAI_AGAIN/);
  assert.deepEqual(await stored(), {});
});

test('SR-13 LINK_CHECK=on|off switches the job; off in tests unless asked for', () => {
  assert.equal(loadConfig({ NODE_ENV: 'test' }).linkCheck, false);
  assert.equal(loadConfig({}).linkCheck, true);
  assert.equal(loadConfig({ NODE_ENV: 'test', LINK_CHECK: 'on' }).linkCheck, true);
  assert.equal(loadConfig({ LINK_CHECK: 'OFF' }).linkCheck, false);
  assert.throws(() => loadConfig({ LINK_CHECK: 'sometimes' }), /LINK_CHECK/);
  const on = { ...ctx.deps, config: { ...ctx.deps.config, linkCheck: true } };
  assert.ok(jobList(on).includes(linkCheckJob));
  assert.ok(!jobList(ctx.deps).includes(linkCheckJob));
});
