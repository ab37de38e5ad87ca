// What an API token may never do (manage access), and how long it lives: no longer than its creator's access (AM-1.11).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, withToken, type Session } from '../../test/support/http.ts';
import { addDays, rigaDate } from '../platform/time.ts';
import { counts } from './test-fixtures.ts';
import { currentVersion } from '../../test/support/versions.ts';

let ctx: TestContext;
let balvi: string;
let maintainer: Session;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  balvi = await organisationId(ctx.db, 'Balvu novads');
  maintainer = await login(ctx.app, (await buildUser(ctx, { role: 'maintainer' })).email);
});
after(() => ctx.close());

const inDays = (days: number) => addDays(rigaDate(ctx.clock.now()), days);

/** An organisation admin of Balvi (its own grant, so tests can end it) and an org_admin token it made. */
async function adminWithToken(grant: { validUntil?: string } = {}) {
  const admin = await buildUser(ctx, { role: 'org_admin', ...grant });
  const session = await login(ctx.app, admin.email);
  const res = await session.request('POST', '/api/v1/api-tokens', {
    name: 'Pašvaldības DVS',
    role: 'org_admin',
    organisationId: balvi,
    expiresOn: inDays(60),
  });
  assert.equal(res.status, 201, res.body);
  return { admin, session, token: res.json.token as string, tokenId: res.json.item.id as string };
}

test('AM-1.11 finding: a request with an API token can never manage people, grants or tokens (403 token_not_allowed), and writes nothing', async () => {
  const { admin, token, tokenId } = await adminWithToken();
  const maintainerToken = (
    await maintainer.request('POST', '/api/v1/api-tokens', {
      name: 'VRAA',
      role: 'maintainer',
      organisationId: await organisationId(ctx.db, 'VRAA'),
      expiresOn: inDays(5),
    })
  ).json.token;
  const employee = await buildUser(ctx);
  const [grant] = await ctx.db.selectFrom('role_grants').select('id').where('user_id', '=', employee.id).execute();
  const attempts: [string, string, unknown?][] = [
    [
      'POST',
      '/api/v1/users',
      {
        email: 'jauns.admins@test.vienuviet.lv',
        name: 'Jauns Admins',
        organisationId: balvi,
        grants: [{ role: 'org_admin', organisationId: balvi }],
      },
    ],
    ['PATCH', `/api/v1/users/${employee.id}`, { status: 'disabled' }],
    ['POST', `/api/v1/users/${employee.id}/invite`],
    ['POST', `/api/v1/users/${employee.id}/grants`, { role: 'org_admin', organisationId: balvi }],
    ['POST', `/api/v1/grants/${grant!.id}/revoke`],
    ['GET', '/api/v1/api-tokens'],
    [
      'POST',
      '/api/v1/api-tokens',
      { name: 'Vēl viena', role: 'org_admin', organisationId: balvi, expiresOn: inDays(5) },
    ],
    ['POST', `/api/v1/api-tokens/${tokenId}/revoke`],
  ];
  const before = await counts(ctx.db);
  for (const bearer of [token, maintainerToken]) {
    for (const [method, url, body] of attempts) {
      const res = await withToken(ctx.app, bearer)(method, url, body);
      assert.equal(res.status, 403, `${method} ${url}: ${res.body}`);
      assert.equal(res.json.code, 'token_not_allowed', `${method} ${url}`);
    }
  }
  assert.deepEqual(await counts(ctx.db), before);
  // Reading stays a system's business (DR-19.4 scope as for the creator's grant), and the admin in person still manages.
  assert.equal((await withToken(ctx.app, token)('GET', `/api/v1/users/${admin.id}`)).status, 200);
});

test('AM-1.11 finding: a token dies when its creator is disabled (401)', async () => {
  const { admin, token } = await adminWithToken();
  assert.equal((await withToken(ctx.app, token)('GET', '/api/v1/users')).status, 200);
  // How the account gets disabled is the users capability's concern (tested there); here only its effect on tokens.
  await ctx.db.updateTable('users').set({ status: 'disabled' }).where('id', '=', admin.id).execute();
  const res = await withToken(ctx.app, token)('GET', '/api/v1/users');
  assert.equal(res.status, 401);
  assert.equal(res.json.code, 'unauthenticated');
  await ctx.db.updateTable('users').set({ status: 'active' }).where('id', '=', admin.id).execute();
  assert.equal(
    (await withToken(ctx.app, token)('GET', '/api/v1/users')).status,
    200,
    'the creator back in office, the token works again',
  );
});

test('AM-1.11 finding: a token dies when its creator no longer holds a grant covering it (revoked) (401)', async () => {
  const { admin, token } = await adminWithToken();
  const [grant] = await ctx.db
    .selectFrom('role_grants')
    .select('id')
    .where('user_id', '=', admin.id)
    .where('role', '=', 'org_admin')
    .execute();
  assert.equal((await maintainer.request('POST', `/api/v1/grants/${grant!.id}/revoke`)).status, 200);
  assert.equal((await withToken(ctx.app, token)('GET', '/api/v1/users')).status, 401);
});

test("AM-1.11 finding: a token dies with the last day of its creator's fixed-term grant, in Riga time (401)", async () => {
  const lastDay = inDays(1);
  const { token } = await adminWithToken({ validUntil: lastDay });
  const riga = (time: string) => new Date(`${lastDay}T${time}+02:00`); // November–March: Riga is UTC+2
  ctx.clock.set(riga('23:59:00'));
  assert.equal((await withToken(ctx.app, token)('GET', '/api/v1/users')).status, 200, "the creator's last day");
  ctx.clock.set(riga('23:59:59'));
  ctx.clock.advance(60_000); // 00:00:59 on the next day in Riga, still the same day in UTC
  assert.equal(
    (await withToken(ctx.app, token)('GET', '/api/v1/users')).status,
    401,
    'the token itself runs for 60 days',
  );
  ctx.clock.set('2026-11-23T10:00:00Z');
});

test('AM-1.11 finding: disabling the creator through the API revokes their tokens for good, audited; enabling them again does not revive them', async () => {
  const { admin, token, tokenId } = await adminWithToken();
  const disabled = await maintainer.request(
    'PATCH',
    `/api/v1/users/${admin.id}`,
    { status: 'disabled' },
    await currentVersion(ctx.db, 'users', admin.id),
  );
  assert.equal(disabled.status, 200, disabled.body);
  const row = await ctx.db
    .selectFrom('api_tokens')
    .select(['revoked_at'])
    .where('id', '=', tokenId)
    .executeTakeFirstOrThrow();
  assert.notEqual(row.revoked_at, null, 'revoked in the transaction that disabled the account');
  const event = await ctx.db
    .selectFrom('audit_events')
    .select(['after'])
    .where('entity_id', '=', tokenId)
    .where('action', '=', 'token.revoke')
    .executeTakeFirstOrThrow();
  assert.equal((event.after as { reason: string }).reason, 'creator_access_ended');
  const enabled = await maintainer.request(
    'PATCH',
    `/api/v1/users/${admin.id}`,
    { status: 'active' },
    await currentVersion(ctx.db, 'users', admin.id),
  );
  assert.equal(enabled.status, 200, enabled.body);
  assert.equal(
    (await withToken(ctx.app, token)('GET', '/api/v1/users')).status,
    401,
    'the creator back in office, the old token stays dead',
  );
});

test('AM-1.11 finding: revoking the grant that covered a token revokes the token; a grant given again does not revive it', async () => {
  const { admin, token, tokenId } = await adminWithToken();
  const [grant] = await ctx.db
    .selectFrom('role_grants')
    .select('id')
    .where('user_id', '=', admin.id)
    .where('role', '=', 'org_admin')
    .execute();
  assert.equal((await maintainer.request('POST', `/api/v1/grants/${grant!.id}/revoke`)).status, 200);
  assert.notEqual(
    (await ctx.db.selectFrom('api_tokens').select('revoked_at').where('id', '=', tokenId).executeTakeFirstOrThrow())
      .revoked_at,
    null,
  );
  const again = await maintainer.request('POST', `/api/v1/users/${admin.id}/grants`, {
    role: 'org_admin',
    organisationId: balvi,
  });
  assert.equal(again.status, 201, again.body);
  assert.equal((await withToken(ctx.app, token)('GET', '/api/v1/users')).status, 401, 'a revoked token stays revoked');
});
