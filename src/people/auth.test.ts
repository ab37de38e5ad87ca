import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, TEST_PASSWORD } from '../../test/support/factories.ts';
import { call, csrf, login, tryLogin } from '../../test/support/http.ts';
import { passwordResetsSettled } from './password-reset.ts';

let ctx: TestContext;
before(async () => {
  ctx = await testContext();
});
after(() => ctx.close());

test('logs in with the right password, returns live roles, and writes an audit event', async () => {
  const user = await buildUser(ctx, { role: 'centre_employee' });
  const session = await login(ctx.app, user.email);
  const me = await session.request('GET', '/api/v1/auth/session');
  assert.equal(me.status, 200);
  assert.equal(me.json.user.email, user.email);
  assert.deepEqual(
    me.json.grants.map((g: { role: string }) => g.role),
    ['centre_employee'],
  );
  const events = await ctx.db
    .selectFrom('audit_events')
    .selectAll()
    .where('action', '=', 'auth.login')
    .where('entity_id', '=', user.id)
    .execute();
  assert.equal(events.length, 1);
});

test('a wrong password answers 401 invalid_credentials in Latvian by default and English on request', async () => {
  const user = await buildUser(ctx);
  const lv = await tryLogin(ctx.app, user.email, 'wrong-password-123');
  assert.equal(lv.status, 401);
  assert.equal(lv.json.code, 'invalid_credentials');
  assert.match(lv.headers['content-type'] as string, /application\/problem\+json/);
  assert.equal(lv.json.title, 'Nepareizs e-pasts vai parole.');
  const en = await tryLogin(ctx.app, user.email, 'wrong-password-123', { 'accept-language': 'en-GB,en;q=0.9' });
  assert.equal(en.json.title, 'Wrong e-mail or password.');
  const failed = await ctx.db
    .selectFrom('audit_events')
    .select('action')
    .where('action', '=', 'auth.login_failed')
    .where('entity_id', '=', user.id)
    .execute();
  assert.equal(failed.length, 2);
});

test('an unknown e-mail gets the same answer as a wrong password', async () => {
  const res = await tryLogin(ctx.app, 'nobody@test.vienuviet.lv', 'whatever-123456');
  assert.equal(res.status, 401);
  assert.equal(res.json.code, 'invalid_credentials');
});

test('login without a CSRF token is refused', async () => {
  const user = await buildUser(ctx);
  const res = await call(ctx.app, 'POST', '/api/v1/auth/login', { email: user.email, password: TEST_PASSWORD });
  assert.equal(res.status, 403);
  assert.equal(res.json.code, 'csrf_invalid');
});

test('repeated failures lock the account for a while, then it opens again', async () => {
  const user = await buildUser(ctx);
  for (let i = 0; i < ctx.config.lockoutThreshold; i++) await tryLogin(ctx.app, user.email, 'wrong-password-123');
  const locked = await tryLogin(ctx.app, user.email, TEST_PASSWORD);
  assert.equal(locked.status, 429);
  assert.equal(locked.json.code, 'account_locked');
  ctx.clock.advance((ctx.config.lockoutMinutes + 1) * 60_000);
  const open = await tryLogin(ctx.app, user.email, TEST_PASSWORD);
  assert.equal(open.status, 200);
  ctx.clock.advance(-(ctx.config.lockoutMinutes + 1) * 60_000);
});

test('a session ends after the idle timeout and after the absolute timeout', async () => {
  const user = await buildUser(ctx);
  const idle = await login(ctx.app, user.email);
  ctx.clock.advance((ctx.config.sessionIdleMinutes + 1) * 60_000);
  assert.equal((await idle.request('GET', '/api/v1/auth/session')).status, 401);
  const busy = await login(ctx.app, user.email);
  // Active every 20 minutes, still cut off at the absolute limit.
  const steps = Math.ceil((ctx.config.sessionAbsoluteHours * 60) / 20);
  let last = 200;
  for (let i = 0; i < steps; i++) {
    ctx.clock.advance(20 * 60_000);
    last = (await busy.request('GET', '/api/v1/auth/session')).status;
  }
  assert.equal(last, 401);
});

test('logout ends the session', async () => {
  const user = await buildUser(ctx);
  const session = await login(ctx.app, user.email);
  assert.equal((await session.request('POST', '/api/v1/auth/logout')).status, 200);
  assert.equal((await session.request('GET', '/api/v1/auth/session')).status, 401);
});

test('a cookie-authenticated write without the CSRF header is refused', async () => {
  const user = await buildUser(ctx);
  const session = await login(ctx.app, user.email);
  const res = await call(ctx.app, 'POST', '/api/v1/auth/logout', undefined, { cookie: session.cookie });
  assert.equal(res.status, 403);
  assert.equal(res.json.code, 'csrf_invalid');
});

test('AM-1.11 a fixed-term grant stops working after its last day with nobody acting', async () => {
  const user = await buildUser(ctx, { role: 'centre_head', validUntil: '2026-06-30', validFrom: '2026-01-01' });
  ctx.clock.set('2026-06-30T20:59:00Z'); // 23:59 in Riga, still the last day
  let session = await login(ctx.app, user.email);
  let me = await session.request('GET', '/api/v1/auth/session');
  assert.deepEqual(
    me.json.grants.map((g: { role: string }) => g.role),
    ['centre_head'],
  );
  ctx.clock.set('2026-06-30T21:01:00Z'); // 00:01 on 1 July in Riga, although still 30 June in UTC
  session = await login(ctx.app, user.email);
  me = await session.request('GET', '/api/v1/auth/session');
  assert.deepEqual(me.json.grants, []);
  assert.equal((await session.request('GET', '/api/v1/organisations')).status, 200);
});

test('password change needs the current password, keeps this session and ends the others', async () => {
  const user = await buildUser(ctx);
  const other = await login(ctx.app, user.email);
  const session = await login(ctx.app, user.email);
  const wrong = await session.request('POST', '/api/v1/auth/password', {
    currentPassword: 'not-it-123456',
    newPassword: 'a-new-long-password',
  });
  assert.equal(wrong.status, 400);
  assert.equal(wrong.json.errors[0].field, '/currentPassword');
  const weak = await session.request('POST', '/api/v1/auth/password', {
    currentPassword: TEST_PASSWORD,
    newPassword: 'short',
  });
  assert.equal(weak.status, 400);
  assert.equal(weak.json.errors[0].field, '/newPassword');
  const okRes = await session.request('POST', '/api/v1/auth/password', {
    currentPassword: TEST_PASSWORD,
    newPassword: 'a-new-long-password',
  });
  assert.equal(okRes.status, 200);
  assert.equal((await session.request('GET', '/api/v1/auth/session')).status, 200);
  assert.equal((await other.request('GET', '/api/v1/auth/session')).status, 401);
  assert.equal((await tryLogin(ctx.app, user.email, 'a-new-long-password')).status, 200);
});

test('validation errors name each bad field and unknown properties are rejected', async () => {
  const res = await tryLogin(ctx.app, 'not-an-email', '');
  assert.equal(res.status, 400);
  const fields = res.json.errors.map((e: { field: string }) => e.field).sort();
  assert.deepEqual(fields, ['/email', '/password']);
  const c = await call(ctx.app, 'GET', '/api/v1/auth/csrf');
  assert.equal(c.status, 200);
});

test('login attempts from one address are rate limited with a problem answer', async () => {
  const limited = await testContext({ LOGIN_RATE_PER_MINUTE: '3' });
  try {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof tryLogin>> | undefined;
    for (let i = 0; i < 5; i++) {
      last = await tryLogin(limited.app, 'someone@test.vienuviet.lv', 'wrong-password-123');
      statuses.push(last.status);
    }
    assert.deepEqual(statuses, [401, 401, 401, 429, 429]);
    assert.equal(last!.json.code, 'rate_limited');
  } finally {
    await limited.close();
  }
});

test('forgot password: a reset link is mailed to an existing account, and unknown addresses get the same answer', async () => {
  const user = await buildUser(ctx);
  const mails = async (to: string) =>
    ctx.db.selectFrom('mail_outbox').select(['body_text']).where('to_address', '=', to).execute();
  const c = await csrf(ctx.app);
  const ask = (email: string) =>
    call(ctx.app, 'POST', '/api/v1/auth/password-reset', { email }, { cookie: c.cookie, 'x-csrf-token': c.token });
  const known = await ask(user.email.toUpperCase());
  const unknown = await ask('nobody.at.all@test.vienuviet.lv');
  assert.equal(known.status, 200);
  assert.deepEqual(unknown.json, known.json);
  await passwordResetsSettled(); // the link is issued after the answer (password-reset.ts)
  const sent = await mails(user.email);
  assert.equal(sent.length, 1);
  assert.equal((await mails('nobody.at.all@test.vienuviet.lv')).length, 0);
  const token = decodeURIComponent(/set-password\?token=([^\s]+)/.exec(sent[0]!.body_text)![1]!);
  const set = await call(ctx.app, 'POST', '/api/v1/auth/set-password', { token, password: 'a-fresh-password-1' });
  assert.equal(set.status, 200);
  assert.equal((await tryLogin(ctx.app, user.email, 'a-fresh-password-1')).status, 200);
  assert.equal(
    (await call(ctx.app, 'POST', '/api/v1/auth/set-password', { token, password: 'another-password-2' })).status,
    400,
    'the link works once',
  );
});

test('demo accounts are refused when NODE_ENV=production, even if their rows exist', async () => {
  const production = await testContext({
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://configured-elsewhere/vienuviet',
    DEMO: 'false',
    AUDIT_KEY: 'test-production-audit-key-0123456789abcdef',
    AUDIT_SIGNING_KEY: 'FwMY95Ab92REYq8capFko0+DMIM9j+0vvZsFc0qs5y0=',
  });
  try {
    const demo = await buildUser(production, { email: 'vaditajs@demo.vienuviet.lv', role: 'centre_head' });
    const real = await buildUser(production, { role: 'centre_head' });
    const refused = await tryLogin(production.app, demo.email);
    assert.equal(refused.status, 401);
    assert.equal(refused.json.code, 'invalid_credentials');
    const accepted = await tryLogin(production.app, real.email);
    assert.equal(accepted.status, 200);
    assert.match(String(accepted.headers['set-cookie']), /Secure/, 'production session cookies are Secure');
    assert.match(String(accepted.headers['set-cookie']), /HttpOnly/);
    assert.match(String(accepted.headers['set-cookie']), /SameSite=Strict/);
  } finally {
    await production.close();
  }
});
