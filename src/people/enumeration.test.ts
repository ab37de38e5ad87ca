// Who has an account is not for strangers to find out: the password-reset form and user creation answer without
// telling more than their procedure needs (DR-19.4). The login lock's answer is in lockout.test.ts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { call, csrf, login } from '../../test/support/http.ts';
import { anonymous } from '../platform/access/actor.ts';
import { passwordResetsSettled, pendingPasswordResets, requestPasswordReset } from './password-reset.ts';
import { buildMunicipality, counts } from './test-fixtures.ts';

let ctx: TestContext;
before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
});
after(() => ctx.close());

const outbox = (to: string) => ctx.db.selectFrom('mail_outbox').select('id').where('to_address', '=', to).execute();

test('finding: forgot-password does the same before answering for known and unknown addresses — it only queues the work', async () => {
  const user = await buildUser(ctx);
  const unknown = 'nav.tada.konta@test.vienuviet.lv';
  const context = { actor: anonymous, ip: null, requestId: null };
  const failures: unknown[] = [];
  for (const email of [user.email, unknown]) {
    const queued = pendingPasswordResets();
    // Returning synchronously, the call cannot have waited for anything that depends on the address.
    const returned: unknown = requestPasswordReset(ctx.deps, email, context, (error) => failures.push(error));
    assert.equal(returned, undefined, email);
    assert.equal(pendingPasswordResets(), queued + 1, `${email}: one job queued, as for any address`);
  }
  assert.equal((await outbox(user.email)).length, 0, 'nothing was done before the answer');
  await passwordResetsSettled();
  assert.deepEqual(failures, []);
  assert.equal((await outbox(user.email)).length, 1, 'the account gets its link after the answer');
  assert.equal((await outbox(unknown)).length, 0);
});

test('finding: over HTTP, forgot-password answers alike for known and unknown addresses and mails only the account', async () => {
  const user = await buildUser(ctx);
  const c = await csrf(ctx.app);
  const ask = (email: string) =>
    call(ctx.app, 'POST', '/api/v1/auth/password-reset', { email }, { cookie: c.cookie, 'x-csrf-token': c.token });
  const known = await ask(user.email);
  const unknown = await ask('ari.nav@test.vienuviet.lv');
  assert.deepEqual([known.status, known.body], [200, unknown.body]);
  await passwordResetsSettled();
  assert.equal((await outbox(user.email)).length, 1);
  const bad = await ask('nav-e-pasts');
  assert.equal(bad.status, 400);
  assert.deepEqual(
    bad.json.errors.map((e: { field: string }) => e.field),
    ['/email'],
  );
});

test('DR-19.4 finding: creating a user with an address taken in another organisation answers a generic conflict that names nothing, and writes nothing', async () => {
  const other = await buildMunicipality(ctx.db);
  const elsewhere = await buildUser(ctx, { organisation: other.shortName });
  const own = await buildUser(ctx);
  const admin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin' })).email);
  const balvi = await organisationId(ctx.db, 'Balvu novads');
  const create = (email: string) =>
    admin.request('POST', '/api/v1/users', { email, name: 'Jānis Bērziņš', organisationId: balvi });
  const before = await counts(ctx.db);

  const foreign = await create(elsewhere.email.toUpperCase());
  assert.equal(foreign.status, 409);
  assert.equal(foreign.json.code, 'email_unavailable');
  assert.deepEqual(
    foreign.json.errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`),
    ['/email email_unavailable'],
  );
  for (const secret of [elsewhere.id, other.organisationId, other.shortName, 'Test centre_employee']) {
    assert.equal(foreign.body.includes(secret), false, `the answer does not name ${secret}`);
  }
  // Within its own organisation the admin sees the user anyway: the answer may say so.
  const mine = await create(own.email);
  assert.deepEqual([mine.status, mine.json.code], [409, 'email_taken']);
  assert.deepEqual(await counts(ctx.db), before);
  // A maintainer sees everybody, so it is told plainly.
  const maintainer = await login(ctx.app, (await buildUser(ctx, { role: 'maintainer' })).email);
  const plain = await maintainer.request('POST', '/api/v1/users', {
    email: elsewhere.email,
    name: 'Jānis Bērziņš',
    organisationId: balvi,
  });
  assert.deepEqual([plain.status, plain.json.code], [409, 'email_taken']);
});
