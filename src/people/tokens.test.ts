// API tokens through HTTP on a real database: shown once, stored hashed, scoped like a grant, ending on time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, firstCentreId, organisationId } from '../../test/support/factories.ts';
import { login, withToken, type Session } from '../../test/support/http.ts';
import { sha256 } from '../platform/secrets.ts';
import { addDays, rigaDate } from '../platform/time.ts';
import { endOfRigaDay } from '../platform/time.ts';
import { auditEvents, buildMunicipality, counts } from './test-fixtures.ts';

let ctx: TestContext;
let maintainer: Session;
let balviAdmin: Session;
let balvi: string;
let varam: string;
let other: Awaited<ReturnType<typeof buildMunicipality>>;

before(async () => {
  ctx = await testContext();
  balvi = await organisationId(ctx.db, 'Balvu novads');
  varam = await organisationId(ctx.db, 'VARAM');
  other = await buildMunicipality(ctx.db);
  maintainer = await login(ctx.app, (await buildUser(ctx, { role: 'maintainer' })).email);
  balviAdmin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin' })).email);
});
after(() => ctx.close());

const inDays = (days: number) => addDays(rigaDate(ctx.deps.now()), days);
const fieldsOf = (res: { json: { errors?: { field: string; code: string }[] } }) =>
  (res.json.errors ?? []).map((e) => `${e.field} ${e.code}`);

test('an API token is shown once: stored as a hash with its prefix, never listed, never in the audit trail', async () => {
  const res = await balviAdmin.request('POST', '/api/v1/api-tokens', {
    name: 'Pašvaldības DVS',
    role: 'org_admin',
    organisationId: balvi,
    expiresOn: inDays(30),
  });
  assert.equal(res.status, 201, res.body);
  const { token, item } = res.json;
  assert.match(token, /^vv_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}$/);
  assert.equal(token.slice(3, 11), item.prefix);
  assert.equal(item.organisationName, 'Balvu novada pašvaldība');
  assert.equal(item.createdByName, 'Test org_admin');
  assert.equal(item.expiresAt, endOfRigaDay(inDays(30)).toISOString(), 'works until the end of its last day in Riga');
  const row = await ctx.db.selectFrom('api_tokens').selectAll().where('id', '=', item.id).executeTakeFirstOrThrow();
  assert.equal(row.token_hash, sha256(token));
  assert.equal(JSON.stringify(row).includes(token), false);
  const list = await balviAdmin.request('GET', '/api/v1/api-tokens');
  assert.ok(list.json.items.some((t: { id: string }) => t.id === item.id));
  assert.equal(list.body.includes(token.slice(12)), false, 'the secret is never listed');
  const [event] = await auditEvents(ctx.db, 'token.create', item.id);
  assert.equal((event!.after as { prefix: string }).prefix, item.prefix);
  assert.equal(JSON.stringify(event).includes(token.slice(12)), false);
});

test('DR-19.4 a token works as Bearer within its role and scope, like a grant', async () => {
  const stranger = await buildUser(ctx, { organisation: other.shortName });
  const own = await buildUser(ctx);
  const adminToken = (
    await balviAdmin.request('POST', '/api/v1/api-tokens', {
      name: 'DVS',
      role: 'org_admin',
      organisationId: balvi,
      expiresOn: inDays(5),
    })
  ).json.token;
  const asAdmin = withToken(ctx.app, adminToken);
  const users = await asAdmin('GET', '/api/v1/users?limit=200');
  assert.equal(users.status, 200);
  assert.ok(users.json.items.some((u: { id: string }) => u.id === own.id));
  assert.ok(users.json.items.every((u: { organisationId: string }) => u.organisationId === balvi));
  assert.equal((await asAdmin('GET', `/api/v1/users/${stranger.id}`)).status, 404);

  const auditorToken = (
    await maintainer.request('POST', '/api/v1/api-tokens', {
      name: 'Audits',
      role: 'auditor',
      organisationId: varam,
      expiresOn: inDays(5),
    })
  ).json.token;
  assert.equal((await withToken(ctx.app, auditorToken)('GET', `/api/v1/users/${stranger.id}`)).status, 200);

  const centre = await firstCentreId(ctx.db, balvi);
  const employeeToken = (
    await balviAdmin.request('POST', '/api/v1/api-tokens', {
      name: 'Rinda',
      role: 'centre_employee',
      organisationId: balvi,
      centreId: centre,
      expiresOn: inDays(5),
    })
  ).json;
  assert.equal(employeeToken.item.centreId, centre);
  assert.equal((await withToken(ctx.app, employeeToken.token)('GET', '/api/v1/users')).status, 403);
  assert.equal((await withToken(ctx.app, `${adminToken}x`)('GET', '/api/v1/users')).status, 401);
});

test('a revoked token stops at once (401); token.revoke keeps before and after; revoking twice is 409', async () => {
  const { token, item } = (
    await balviAdmin.request('POST', '/api/v1/api-tokens', {
      name: 'Vecā sistēma',
      role: 'org_admin',
      organisationId: balvi,
      expiresOn: inDays(5),
    })
  ).json;
  const asToken = withToken(ctx.app, token);
  assert.equal((await asToken('GET', '/api/v1/users')).status, 200);
  const res = await balviAdmin.request('POST', `/api/v1/api-tokens/${item.id}/revoke`);
  assert.equal(res.status, 200);
  assert.ok(res.json.revokedAt);
  assert.ok(res.json.lastUsedAt, 'the use before was recorded');
  assert.equal((await asToken('GET', '/api/v1/users')).status, 401);
  const [event] = await auditEvents(ctx.db, 'token.revoke', item.id);
  assert.equal((event!.before as { revokedAt: null }).revokedAt, null);
  assert.equal((event!.after as { revokedAt: string }).revokedAt, res.json.revokedAt);
  assert.equal((await balviAdmin.request('POST', `/api/v1/api-tokens/${item.id}/revoke`)).status, 409);
});

test('AM-1.11 tokens are scoped like grants: an organisation admin sees and manages only its own, and no network roles', async () => {
  const foreign = (
    await maintainer.request('POST', '/api/v1/api-tokens', {
      name: 'Cits',
      role: 'org_admin',
      organisationId: other.organisationId,
      expiresOn: inDays(5),
    })
  ).json.item;
  const list = await balviAdmin.request('GET', '/api/v1/api-tokens');
  assert.ok(list.json.items.every((t: { organisationId: string }) => t.organisationId === balvi));
  assert.ok(
    (await maintainer.request('GET', '/api/v1/api-tokens')).json.items.some((t: { id: string }) => t.id === foreign.id),
  );
  assert.equal((await balviAdmin.request('POST', `/api/v1/api-tokens/${foreign.id}/revoke`)).status, 404);
  const before = await counts(ctx.db);
  const network = await balviAdmin.request('POST', '/api/v1/api-tokens', {
    name: 'X',
    role: 'auditor',
    organisationId: balvi,
    expiresOn: inDays(5),
  });
  assert.deepEqual(fieldsOf(network), ['/role role_not_grantable']);
  const elsewhere = await balviAdmin.request('POST', '/api/v1/api-tokens', {
    name: 'X',
    role: 'org_admin',
    organisationId: other.organisationId,
    expiresOn: inDays(5),
  });
  assert.deepEqual(fieldsOf(elsewhere), ['/organisationId scope_not_allowed']);
  const mismatch = await maintainer.request('POST', '/api/v1/api-tokens', {
    name: 'X',
    role: 'centre_employee',
    organisationId: balvi,
    expiresOn: inDays(5),
  });
  assert.deepEqual(fieldsOf(mismatch), ['/centreId centre_required']);
  assert.deepEqual(await counts(ctx.db), before);
  const employee = await login(ctx.app, (await buildUser(ctx)).email);
  assert.equal((await employee.request('GET', '/api/v1/api-tokens')).status, 403);
});

test('bad token requests answer 400 naming the field and write nothing', async () => {
  const before = await counts(ctx.db);
  const good = { name: 'Sistēma', role: 'org_admin', organisationId: balvi, expiresOn: inDays(5) };
  const cases: [Record<string, unknown>, string][] = [
    [{ ...good, expiresOn: inDays(0) }, '/expiresOn field_date_not_future'],
    [{ ...good, expiresOn: inDays(-3) }, '/expiresOn field_date_not_future'],
    [{ ...good, expiresOn: inDays(2 * 366 + 1) }, '/expiresOn token_term_too_long'],
    [{ ...good, expiresOn: '2027-13-01' }, '/expiresOn field_format'],
    [{ ...good, name: 'x'.repeat(201) }, '/name field_too_long'],
    [{ ...good, name: ' ' }, '/name field_required'],
    [{ ...good, secret: 'mine' }, '/secret field_unknown'],
    [{ role: 'org_admin', organisationId: balvi, expiresOn: inDays(5) }, '/name field_required'],
  ];
  for (const [body, expected] of cases) {
    const res = await balviAdmin.request('POST', '/api/v1/api-tokens', body);
    assert.equal(res.status, 400, JSON.stringify(body));
    assert.deepEqual(fieldsOf(res), [expected], JSON.stringify(body));
  }
  assert.deepEqual(await counts(ctx.db), before);
});

// Moves the clock: keep last in the file.
test('a token works through its last day in Riga and answers 401 from the next midnight in Riga', async () => {
  const { token } = (
    await balviAdmin.request('POST', '/api/v1/api-tokens', {
      name: 'Īss',
      role: 'org_admin',
      organisationId: balvi,
      expiresOn: inDays(1),
    })
  ).json;
  const end = endOfRigaDay(inDays(1));
  ctx.clock.set(new Date(end.getTime() - 60_000));
  assert.equal((await withToken(ctx.app, token)('GET', '/api/v1/users')).status, 200);
  ctx.clock.set(new Date(end.getTime() + 60_000));
  const res = await withToken(ctx.app, token)('GET', '/api/v1/users');
  assert.equal(res.status, 401);
  assert.equal(res.json.code, 'unauthenticated');
});
