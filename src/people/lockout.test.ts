// Lockout under load and without telling who has an account (AM-1.11: access is reached only by its holder).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, TEST_PASSWORD } from '../../test/support/factories.ts';
import { tryLogin } from '../../test/support/http.ts';

let ctx: TestContext;
before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
});
after(() => ctx.close());

test('finding: wrong passwords sent in parallel lock the account, and the right password is then refused while locked', async () => {
  const user = await buildUser(ctx);
  const attempts = await Promise.all(
    Array.from({ length: 16 }, () => tryLogin(ctx.app, user.email, 'wrong-password-123')),
  );
  assert.ok(
    attempts.every((r) => r.status === 401 || r.status === 429),
    attempts.map((r) => r.status).join(),
  );
  const row = await ctx.db
    .selectFrom('users')
    .select(['failed_logins', 'locked_until'])
    .where('id', '=', user.id)
    .executeTakeFirstOrThrow();
  assert.ok(row.locked_until && new Date(row.locked_until) > ctx.clock.now(), 'the account is locked');
  // Every failure answered 401 was counted once (the counter restarts at each lock): none lost to a race.
  const counted = attempts.filter((r) => r.status === 401).length;
  assert.equal(row.failed_logins, counted % ctx.config.lockoutThreshold, `${counted} failures counted`);
  const right = await tryLogin(ctx.app, user.email, TEST_PASSWORD);
  assert.equal(right.status, 429);
  assert.equal(right.json.code, 'account_locked');
});

test('finding: an address without an account locks after the same failures and gets exactly the locked answer of an account', async () => {
  ctx.clock.set('2026-11-23T10:00:00Z');
  const user = await buildUser(ctx);
  const unknown = 'neviens.nav@test.vienuviet.lv';
  type Answer = { status: number; code: string; title: string };
  const answers = { known: [] as Answer[], unknown: [] as Answer[] };
  for (const [who, email] of [
    ['known', user.email],
    ['unknown', unknown],
  ] as const) {
    for (let i = 0; i <= ctx.config.lockoutThreshold; i++) {
      const res = await tryLogin(ctx.app, email, 'wrong-password-123');
      answers[who].push({ status: res.status, code: res.json.code, title: res.json.title });
    }
  }
  assert.deepEqual(answers.unknown, answers.known);
  assert.deepEqual(answers.known.at(-1), {
    status: 429,
    code: 'account_locked',
    title: `Konts uz laiku bloķēts pēc vairākiem neveiksmīgiem mēģinājumiem. Mēģiniet pēc ${ctx.config.lockoutMinutes} min.`,
  });
  assert.equal((await tryLogin(ctx.app, user.email, TEST_PASSWORD)).status, 429, 'the right password waits too');
  ctx.clock.advance((ctx.config.lockoutMinutes + 1) * 60_000);
  assert.equal((await tryLogin(ctx.app, user.email, TEST_PASSWORD)).status, 200);
  assert.equal(
    (await tryLogin(ctx.app, unknown, 'wrong-password-123')).status,
    401,
    'the unknown address opens again like an account',
  );
  const stored = await ctx.db.selectFrom('login_failures').selectAll().execute();
  assert.ok(
    stored.every((r) => /^[0-9a-f]{64}$/.test(r.address_hash)),
    'addresses are kept only as hashes',
  );
  assert.equal(JSON.stringify(stored).includes('neviens'), false);
});
