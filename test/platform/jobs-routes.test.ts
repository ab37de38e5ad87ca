// The maintainer's view of the background jobs over HTTP: every job with its schedule, newest run, next run and
// recent failures; nobody else sees it; bad query parameters are named.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../support/context.ts';
import { buildUser } from '../support/factories.ts';
import { call, login, type Session } from '../support/http.ts';
import { jobList } from '../../src/jobs.ts';
import { runRecorded } from '../../src/platform/jobs/runs.ts';
import { FAILURES_KEPT } from '../../src/platform/jobs/runs-repository.ts';

let ctx: TestContext;
let maintainer: Session;
const URL_ = '/api/v1/jobs';

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:07:30Z');
  maintainer = await login(ctx.app, (await buildUser(ctx, { role: 'maintainer' })).email);
});
after(() => ctx.close());

const retention = () => jobList(ctx.deps).find((j) => j.name === 'eservice-retention')!;

test('a maintainer sees every job with its schedule and next run, runs and failures counted, failures newest first', async () => {
  const job = retention();
  await assert.rejects(
    runRecorded(
      ctx.deps,
      { ...job, run: async () => Promise.reject(new Error('disk full for jana@example.lv')) },
      1,
      'host-a:1:aaaaaa',
    ),
    /disk full/,
  );
  ctx.clock.advance(60_000);
  await assert.rejects(
    runRecorded(ctx.deps, { ...job, run: async () => Promise.reject(new Error('still full')) }, 2, 'host-b:2:bbbbbb'),
    /still full/,
  );
  ctx.clock.advance(60_000);
  await runRecorded(ctx.deps, job, 1, 'host-a:1:aaaaaa');

  const res = await maintainer.request('GET', URL_);
  assert.equal(res.status, 200, res.body);
  assert.deepEqual(
    res.json.items.map((j: { name: string }) => j.name),
    jobList(ctx.deps)
      .map((j) => j.name)
      .sort(),
  );
  assert.equal(res.json.runsHere, false, 'tests run without jobs');
  const shown = res.json.items.find((j: { name: string }) => j.name === 'eservice-retention');
  assert.equal(shown.schedule.kind, 'cron');
  assert.equal(shown.schedule.everySeconds, 3600);
  assert.deepEqual(shown.lastRun, {
    startedAt: '2026-11-23T10:09:30.000Z',
    finishedAt: '2026-11-23T10:09:30.000Z',
    state: 'completed',
    instance: 'host-a:1:aaaaaa',
  });
  assert.deepEqual([shown.runs, shown.failures], [3, 2]);
  assert.deepEqual(
    shown.recentFailures.map((f: { message: string; attempt: number }) => `${f.attempt} ${f.message}`),
    ['2 still full', '1 disk full for [e-mail]'],
  );
  const next = new Date(shown.nextRunAt).getTime();
  assert.ok(next > ctx.clock.now().getTime() && next <= ctx.clock.now().getTime() + 3600_000, shown.nextRunAt);

  const one = await maintainer.request('GET', `${URL_}?failures=1`);
  assert.equal(one.json.items.find((j: { name: string }) => j.name === 'eservice-retention').recentFailures.length, 1);
  const never = one.json.items.find((j: { name: string }) => j.name === 'contact-idempotency-cleanup');
  assert.deepEqual([never.lastRun, never.runs, never.recentFailures], [null, 0, []]);
});

test(`only the newest ${FAILURES_KEPT} failures of a job are kept`, async () => {
  const job = {
    ...jobList(ctx.deps).find((j) => j.name === 'contact-idempotency-cleanup')!,
    run: async () => Promise.reject(new Error('boom')),
  };
  for (let i = 0; i < FAILURES_KEPT + 3; i++) {
    ctx.clock.advance(1000);
    await runRecorded(ctx.deps, job, 1).catch(() => undefined);
  }
  const kept = await ctx.db.selectFrom('job_failures').select('failed_at').where('name', '=', job.name).execute();
  assert.equal(kept.length, FAILURES_KEPT);
  const status = await ctx.db
    .selectFrom('job_status')
    .selectAll()
    .where('name', '=', job.name)
    .executeTakeFirstOrThrow();
  assert.equal(status.failures, FAILURES_KEPT + 3, 'the count stays whole');
});

test('only maintainers see the jobs: other roles get 403, nobody logged in 401', async () => {
  for (const role of ['ministry_supervisor', 'auditor', 'org_admin', 'centre_employee'] as const) {
    const session = await login(ctx.app, (await buildUser(ctx, { role })).email);
    assert.equal((await session.request('GET', URL_)).status, 403, role);
  }
  assert.equal((await call(ctx.app, 'GET', URL_)).status, 401);
});

test('bad query parameters answer 400 naming each, never 500', async () => {
  const res = await maintainer.request('GET', `${URL_}?failures=0&colour=red`);
  assert.equal(res.status, 400);
  assert.deepEqual(res.json.errors.map((e: { in: string; field: string }) => `${e.in}:${e.field}`).sort(), [
    'query:/colour',
    'query:/failures',
  ]);
  assert.equal((await maintainer.request('GET', `${URL_}?failures=21`)).status, 400);
  assert.equal((await maintainer.request('GET', `${URL_}?failures=many`)).status, 400);
});
