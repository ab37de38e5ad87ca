// The failed logins of addresses without an account are forgotten a day after the last one (and never while locked).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { tryLogin } from '../../test/support/http.ts';
import { loginFailuresCleanupJob } from './index.ts';

let ctx: TestContext;
before(async () => {
  ctx = await testContext();
});
after(() => ctx.close());

const rows = () => ctx.db.selectFrom('login_failures').select(['failed_logins', 'locked_until']).execute();

test('AM-1.11 an unknown address is forgotten a day after its last failure; a locked one only after its lock ends', async () => {
  ctx.clock.set('2026-11-23T10:00:00Z');
  await tryLogin(ctx.app, 'nobody-here@example.lv', 'wrong-password-123');
  for (let i = 0; i < ctx.config.lockoutThreshold; i++)
    await tryLogin(ctx.app, 'locked-one@example.lv', 'wrong-password-123');
  assert.equal((await rows()).length, 2);
  assert.equal((await rows()).filter((r) => r.locked_until !== null).length, 1, 'one address is locked');

  ctx.clock.set('2026-11-24T09:59:00Z');
  await loginFailuresCleanupJob.run(ctx.deps);
  assert.equal((await rows()).length, 2, 'within the day both are kept');

  ctx.clock.set('2026-11-24T10:01:00Z');
  await loginFailuresCleanupJob.run(ctx.deps);
  assert.equal((await rows()).length, 0, 'a day after, both are gone (the lock ended long before)');

  // A lock longer than the day (LOCKOUT_MINUTES up to 24 h, and a clock moved on): kept while it holds.
  await tryLogin(ctx.app, 'nobody-here@example.lv', 'wrong-password-123');
  await ctx.db
    .updateTable('login_failures')
    .set({ locked_until: new Date('2026-11-26T10:00:00Z') })
    .execute();
  ctx.clock.set('2026-11-25T12:00:00Z');
  await loginFailuresCleanupJob.run(ctx.deps);
  assert.equal((await rows()).length, 1, 'still locked: kept');
  ctx.clock.set('2026-11-26T10:01:00Z');
  await loginFailuresCleanupJob.run(ctx.deps);
  assert.equal((await rows()).length, 0);
});
