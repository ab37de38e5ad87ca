// The job engine on the real database (PGlite, or PostgreSQL with TEST_DATABASE_URL): pg-boss with its schema, two
// instances sharing the work, a failure recorded without personal data and retried after a restart. These tests run
// on the machine's clock: pg-boss decides "due" with the database's now().
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { sql, type Kysely } from 'kysely';
import { testContext, type TestContext } from '../../../test/support/context.ts';
import { openDatabase, type Database as AnyDatabase } from '../db/database.ts';
import type { Deps as AnyDeps } from '../deps.ts';
import type { Job as AnyJob } from './job.ts';
import { startJobs } from './jobs.ts';

// The test context's deps hold every table, as the composition root's do.
type Tables = TestContext['db'] extends Kysely<infer D> ? D : never;
type Database = AnyDatabase<Tables>;
type Deps = AnyDeps<Tables>;
type Job = AnyJob<Tables>;
import { scheduleOf } from './schedule.ts';

let ctx: TestContext;
let other: Database | undefined;
/** A second instance's dependencies: on PostgreSQL a pool of its own, as another process has; PGlite has one. */
let second: Deps;

before(async () => {
  ctx = await testContext();
  second = ctx.deps;
  if (process.env.TEST_DATABASE_URL) {
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = new URL(ctx.database.location).pathname;
    other = await openDatabase({ databaseUrl: url.toString(), poolSize: 3 });
    second = { ...ctx.deps, db: other.db };
  }
});
after(async () => {
  await other?.close();
  await ctx.close();
});

async function until(what: string, check: () => Promise<boolean> | boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await delay(50);
  }
}

const status = (name: string) =>
  ctx.db.selectFrom('job_status').selectAll().where('name', '=', name).executeTakeFirst();

test('a job runs once per period however many instances run jobs, and never twice at the same time', async () => {
  const starts: number[] = [];
  let running = 0;
  let most = 0;
  const job: Job = {
    name: 'test-once-per-period',
    everyMs: 1000,
    run: async () => {
      starts.push(Date.now());
      most = Math.max(most, ++running);
      await delay(300);
      running--;
    },
  };
  const a = await startJobs(ctx.deps, ctx.app.log, [job], { pollingSeconds: 0.5 });
  const b = await startJobs(second, ctx.app.log, [job], { pollingSeconds: 0.5 });
  await delay(4_200);
  await Promise.all([a.stop(), b.stop()]);
  assert.equal(most, 1, 'never two runs at a time');
  // Two instances asking every second, unthrottled, would run it about eight times.
  assert.ok(starts.length >= 3 && starts.length <= 6, `one run per 1 s slot: ${starts.length} runs`);
  const slots = await sql<{
    n: number;
    slots: number;
  }>`select count(*)::int as n, count(distinct singleton_on)::int as slots from pgboss.job where name = ${job.name}`.execute(
    ctx.db,
  );
  assert.equal(slots.rows[0]!.n, slots.rows[0]!.slots, 'one job per slot in pg-boss');
  const row = await status(job.name);
  assert.equal(row?.runs, starts.length);
});

test('a failed run is recorded without personal data and retried with back-off, also after its instance restarts', async () => {
  let calls = 0;
  const job: Job = {
    name: 'test-retry',
    everyMs: 60 * 60_000,
    run: async () => {
      calls++;
      if (calls === 1)
        throw new Error(
          'SMTP 550 <jana.berzina@example.lv> refused; client 010190-12345; smtp://user:secret@mail.example.lv',
        );
    },
  };
  const first = await startJobs(ctx.deps, ctx.app.log, [job], { retryDelaySeconds: 1, pollingSeconds: 0.5 });
  assert.equal(await first.trigger(job.name), true);
  await until('the first run failed', async () => (await status(job.name))?.last_state === 'failed');
  await first.stop();

  const restarted = await startJobs(second, ctx.app.log, [job], { retryDelaySeconds: 1, pollingSeconds: 0.5 });
  await until('the retry completed', async () => (await status(job.name))?.last_state === 'completed');
  await restarted.stop();

  assert.equal(calls, 2);
  const row = (await status(job.name))!;
  assert.deepEqual([row.runs, row.failures], [2, 1]);
  const [failure, ...more] = await ctx.db.selectFrom('job_failures').selectAll().where('name', '=', job.name).execute();
  assert.equal(more.length, 0);
  assert.equal(failure!.attempt, 1);
  assert.equal(failure!.message, 'SMTP 550 <[e-mail]> refused; client [personal code]; smtp://***@mail.example.lv');
  const queue = await sql<{
    policy: string;
    retry_limit: number;
    retry_backoff: boolean;
  }>`select policy, retry_limit, retry_backoff from pgboss.queue where name = ${job.name}`.execute(ctx.db);
  assert.deepEqual(queue.rows[0], { policy: 'stately', retry_limit: 3, retry_backoff: true });
  const stored = await sql<{ output: unknown }>`select output from pgboss.job where name = ${job.name}`.execute(ctx.db);
  assert.ok(!JSON.stringify(stored.rows).includes('jana'), 'pg-boss keeps only the cleaned message');
});

test('a job due every hour is a cron schedule kept in the database, once however many instances start', async () => {
  const job: Job = { name: 'test-hourly', everyMs: 60 * 60_000, run: async () => undefined };
  const engines = [await startJobs(ctx.deps, ctx.app.log, [job]), await startJobs(second, ctx.app.log, [job])];
  await Promise.all(engines.map((e) => e.stop()));
  const schedules = await sql<{ cron: string }>`select cron from pgboss.schedule where name = ${job.name}`.execute(
    ctx.db,
  );
  assert.deepEqual(
    schedules.rows,
    [{ cron: (scheduleOf(job) as { cron: string }).cron }],
    'kept after every instance stopped',
  );
  assert.match(schedules.rows[0]!.cron, /^\d{1,2} \* \* \* \*$/);
});
