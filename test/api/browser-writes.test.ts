// Writes a foreign page could make a browser send (Origin, CSRF renewed at login), and answers no cache may keep.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../support/context.ts';
import { buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { call, csrf, login, tryLogin, withToken } from '../support/http.ts';
import { organisationId } from '../support/factories.ts';
import { addDays, rigaDate } from '../../src/platform/time.ts';
import { buildCentre } from '../../src/centres/test-fixtures.ts';
import { buildService, buildStaff, personalCode } from '../../src/contacts/test-fixtures.ts';

let ctx: TestContext;
before(async () => {
  ctx = await testContext({ PUBLIC_URL: 'https://vienuviet.example.lv' });
  ctx.clock.set('2026-11-23T10:00:00Z');
});
after(() => ctx.close());

function setCookies(res: { headers: Record<string, unknown> }): Record<string, string> {
  const list = [res.headers['set-cookie'] ?? []].flat().map(String);
  return Object.fromEntries(list.map((c) => c.split(';')[0]!.split('=') as [string, string]));
}

test('finding: the CSRF secret is renewed at login, so a token from before login does not work after it', async () => {
  const user = await buildUser(ctx);
  const early = await csrf(ctx.app);
  const res = await call(
    ctx.app,
    'POST',
    '/api/v1/auth/login',
    { email: user.email, password: TEST_PASSWORD },
    { cookie: early.cookie, 'x-csrf-token': early.token },
  );
  assert.equal(res.status, 200, res.body);
  const { _csrf: secret, vienuviet_session: session } = setCookies(res);
  assert.ok(secret && `_csrf=${secret}` !== early.cookie, 'a new secret cookie');
  const write = (cookie: string, token: string) =>
    call(
      ctx.app,
      'POST',
      '/api/v1/auth/password',
      { currentPassword: 'not-it-123456', newPassword: 'another-long-password' },
      { cookie: `${cookie}; vienuviet_session=${session}`, 'x-csrf-token': token },
    );
  const refused = await write(`_csrf=${secret}`, early.token);
  assert.deepEqual([refused.status, refused.json.code], [403, 'csrf_invalid'], 'the token known before login');
  const accepted = await write(`_csrf=${secret}`, res.json.csrfToken);
  assert.deepEqual(
    [accepted.status, accepted.json.errors?.[0]?.field],
    [400, '/currentPassword'],
    'past the CSRF check, to the password rule',
  );
});

test('finding: cookie-authenticated writes check Origin — another site is refused (403), PUBLIC_URL, the own address and no Origin pass', async () => {
  const user = await buildUser(ctx);
  const session = await login(ctx.app, user.email);
  const writeFrom = (origin?: string) =>
    call(
      ctx.app,
      'POST',
      '/api/v1/auth/password',
      { currentPassword: 'not-it-123456', newPassword: 'another-long-password' },
      {
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
        ...(origin === undefined ? {} : { origin }),
      },
    );
  for (const origin of [
    'https://evil.example',
    'null',
    'https://vienuviet.example.lv.evil.example',
    'http://vienuviet.example.lv',
    'not a url',
  ]) {
    const res = await writeFrom(origin);
    assert.deepEqual([res.status, res.json.code], [403, 'origin_not_allowed'], origin);
  }
  // app.inject sends Host: localhost:80, so the request's own origin is http://localhost.
  for (const origin of ['https://vienuviet.example.lv', 'http://localhost', undefined]) {
    const res = await writeFrom(origin);
    assert.equal(res.status, 400, `${origin}: refused only by the password rule, ${res.body}`);
  }
  const c = await csrf(ctx.app);
  const foreignLogin = await call(
    ctx.app,
    'POST',
    '/api/v1/auth/login',
    { email: user.email, password: TEST_PASSWORD },
    { cookie: c.cookie, 'x-csrf-token': c.token, origin: 'https://evil.example' },
  );
  assert.deepEqual(
    [foreignLogin.status, foreignLogin.json.code, setCookies(foreignLogin).vienuviet_session],
    [403, 'origin_not_allowed', undefined],
    'login CSRF too',
  );
});

test('finding: authenticated answers carry Cache-Control: no-store (a revealed personal code among them); public answers keep their caching', async () => {
  const centre = await buildCentre(ctx.db, { hours: '08:00-17:00' });
  const service = await buildService(ctx.db, {
    holderId: await organisationId(ctx.db, 'VID'),
    name: 'Deklarācijas iesniegšana',
  });
  const employee = await login(
    ctx.app,
    (await buildStaff(ctx.db, { municipalityId: centre.municipalityId, centreId: centre.centreId })).email,
  );
  const code = personalCode('120190', 1, '234');
  const contact = await employee.request('POST', '/api/v1/contacts', {
    centreId: centre.centreId,
    servicePointId: centre.pointId,
    type: 'information',
    serviceIds: [service.id],
    client: { personalCode: code },
  });
  assert.equal(contact.status, 201, contact.body);
  const revealed = await employee.request('GET', `/api/v1/contacts/${contact.json.id}/client-code`);
  assert.equal(revealed.status, 200, revealed.body);
  assert.equal(revealed.headers['cache-control'], 'no-store');

  const admin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin' })).email);
  const token = (
    await admin.request('POST', '/api/v1/api-tokens', {
      name: 'DVS',
      role: 'org_admin',
      organisationId: await organisationId(ctx.db, 'Balvu novads'),
      expiresOn: addDays(rigaDate(ctx.clock.now()), 5),
    })
  ).json.token;
  const user = await buildUser(ctx);
  const personal = [
    ['session', await employee.request('GET', '/api/v1/auth/session')],
    ['token', await withToken(ctx.app, token)('GET', '/api/v1/users')],
    ['login', await tryLogin(ctx.app, user.email)],
    ['csrf', await call(ctx.app, 'GET', '/api/v1/auth/csrf', undefined, { cookie: (await csrf(ctx.app)).cookie })],
    ['401 of a protected route', await call(ctx.app, 'GET', '/api/v1/users')],
    ['403 to a session', await employee.request('GET', '/api/v1/users')],
  ] as const;
  for (const [what, res] of personal) {
    assert.ok(res.status < 500, what);
    assert.equal(res.headers['cache-control'], 'no-store', what);
  }

  const catalogue = await call(ctx.app, 'GET', '/api/v1/public/services');
  assert.equal(catalogue.status, 200);
  assert.match(String(catalogue.headers['cache-control']), /public/);
  assert.ok(catalogue.headers.etag);
  const asEmployee = await employee.request('GET', '/api/v1/public/services');
  assert.equal(
    asEmployee.headers['cache-control'],
    catalogue.headers['cache-control'],
    'the same public answer, the same caching',
  );
  const centres = await call(ctx.app, 'GET', '/api/v1/public/centres');
  assert.equal(centres.status, 200, centres.body);
  assert.equal(centres.headers['cache-control'], undefined, 'an anonymous public answer is left as it was');
});
