// The demo's access applications: one waiting for the ministry's decision, one rejected, each labelled, with its
// DR-20.2 duty as filing and the decision leave it; loaded once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser } from '../../test/support/factories.ts';
import { login } from '../../test/support/http.ts';
import { loadAccessApplicationsDemo } from './index.ts';

let ctx: TestContext;
before(async () => {
  ctx = await testContext();
  // Wednesday 25.11.2026 in Riga.
  ctx.clock.set('2026-11-25T08:00:00Z');
});
after(() => ctx.close());

test('CR-22 DR-20.2 the demo holds a waiting and a rejected access application with their duties, added once', async () => {
  assert.equal(await loadAccessApplicationsDemo(ctx.deps), 2);
  assert.equal(await loadAccessApplicationsDemo(ctx.deps), 0, 'a second start adds nothing');
  const supervisor = await login(
    ctx.app,
    (await buildUser(ctx, { role: 'ministry_supervisor', validFrom: '2020-01-01' })).email,
  );
  const list = await supervisor.request('GET', '/api/v1/access-applications');
  assert.equal(list.status, 200, list.body);
  const [waiting, rejected] = list.json.items;
  assert.deepEqual(
    [waiting.status, waiting.organisation.name, waiting.receivedOn, waiting.decisionDue],
    // Three working days from Wednesday 25.11: Thursday, Friday, Monday 30.11.
    ['submitted', 'Balvu novada pašvaldība', '2026-11-25', '2026-11-30'],
  );
  assert.deepEqual(
    [rejected.status, rejected.organisation.name, rejected.receivedOn],
    ['rejected', 'Valsts sociālās apdrošināšanas aģentūra', '2026-11-18'],
  );
  const detail = await supervisor.request('GET', `/api/v1/access-applications/${waiting.id}`);
  assert.equal(detail.status, 200, detail.body);
  assert.match(detail.json.employees[0].name, /\(demonstrācija\)$/);
  assert.deepEqual(
    detail.json.signature.signers.map((s: { name: string }) => s.name),
    ['Sandis Kalniņš (demonstrācija)'],
  );
  const duties = await ctx.db
    .selectFrom('obligations')
    .select(['subject_id', 'status', 'due_date', 'fulfilled_on'])
    .where('rule_id', '=', 'DR-20.2')
    .execute();
  const of = (id: string) => duties.find((d) => d.subject_id === id);
  assert.deepEqual(of(waiting.id), {
    subject_id: waiting.id,
    status: 'open',
    due_date: '2026-11-30',
    fulfilled_on: null,
  });
  assert.equal(of(rejected.id)?.status, 'fulfilled_on_time');
  assert.equal(of(rejected.id)?.fulfilled_on, '2026-11-19');
});
