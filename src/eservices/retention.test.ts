// DR-27.3 on a real database: the client's personal data are kept three months after completion (Riga dates, month
// ends clamped) and then removed by the scheduled job, leaving an anonymous record; the removal is audited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser } from '../../test/support/factories.ts';
import { call, login } from '../../test/support/http.ts';
import { jobList } from '../jobs.ts';
import { auditEvents } from '../people/test-fixtures.ts';
import { previewDeadline } from '../obligations/lookups.ts';
import { keptUntil, removableFrom, removeExpiredPersonalData, RETENTION_RULE } from './retention.ts';
import { buildService, CLIENT, start, takeSteps } from './test-fixtures.ts';

let ctx: TestContext;
let email: string;
let centreId: string;
let serviceId: string;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  const employee = await buildUser(ctx, { role: 'centre_employee' });
  email = employee.email;
  centreId = employee.centreId!;
  serviceId = (await buildService(ctx)).id;
});
after(() => ctx.close());

/** Files one to completion on the Riga day of the instant; returns its id. */
async function completedAt(instant: string, until: 'completed' | 'delivery' = 'completed'): Promise<string> {
  ctx.clock.set(instant);
  const session = await login(ctx.app, email);
  const id = await start(session, centreId, serviceId);
  await takeSteps(session, id, until, instant.slice(0, 10));
  return id;
}

const runAt = async (instant: string) => {
  ctx.clock.set(instant);
  return removeExpiredPersonalData(ctx.deps);
};
const clientRow = (id: string) =>
  ctx.db.selectFrom('authorised_eservice_clients').selectAll().where('eservice_id', '=', id).executeTakeFirst();

test('DR-27.3 three months after the completion day, on calendar dates: the same day number, or the month’s last day; removed the day after', () => {
  const cases: [string, string, string][] = [
    ['2027-01-15', '2027-04-15', '2027-04-16'],
    ['2026-11-30', '2027-02-28', '2027-03-01'],
    ['2026-11-28', '2027-02-28', '2027-03-01'],
    ['2027-11-30', '2028-02-29', '2028-03-01'],
    ['2027-05-31', '2027-08-31', '2027-09-01'],
    ['2027-08-31', '2027-11-30', '2027-12-01'],
    ['2026-12-31', '2027-03-31', '2027-04-01'],
    ['2026-10-31', '2027-01-31', '2027-02-01'],
  ];
  for (const [completed, kept, removable] of cases) {
    assert.equal(keptUntil(completed), kept, completed);
    assert.equal(removableFrom(completed), removable, completed);
  }
});

test('DR-27.3 the retention job and the obligation agree on the last day: short months, leap years, and even on a day off', async () => {
  const { municipality_id: organisationId } = await ctx.db
    .selectFrom('centres')
    .select('municipality_id')
    .where('id', '=', centreId)
    .executeTakeFirstOrThrow();
  const cases: [string, string][] = [
    ['2026-11-30', '2027-02-28'], // no 30.02; 28.02.2027 is a Sunday and stays
    ['2025-11-30', '2026-02-28'], // a Saturday: not moved to Monday 02.03.2026
    ['2027-11-30', '2028-02-29'], // leap year
    ['2027-08-31', '2027-11-30'],
    ['2028-02-29', '2028-05-29'],
    ['2027-01-15', '2027-04-15'],
  ];
  for (const [completed, kept] of cases) {
    assert.equal(keptUntil(completed), kept, `job, ${completed}`);
    const obligation = await previewDeadline(ctx.deps, { ruleId: RETENTION_RULE, start: completed, organisationId });
    assert.equal(obligation?.due, kept, `obligation, ${completed}`);
  }
});

test('DR-27.3 completed on 30.11.2026: kept through 28.02.2027, removed by the job at 00:00 Riga on 1.3.2027, leaving an anonymous record; audited', async () => {
  const id = await completedAt('2026-11-30T10:00:00Z');
  const inProgress = await completedAt('2026-11-30T11:00:00Z', 'delivery');
  const later = await completedAt('2026-12-01T10:00:00Z');

  assert.equal((await runAt('2027-02-28T10:00:00Z')).removed, 0, 'kept on 28 February');
  // 21:59 UTC on 28 February is 23:59 in Riga: still the last day.
  assert.equal((await runAt('2027-02-28T21:59:00Z')).removed, 0);
  assert.ok(await clientRow(id));
  // 22:00 UTC is midnight in Riga: 1 March.
  const report = await runAt('2027-02-28T22:00:00Z');
  assert.deepEqual(report, { removed: 1, abandoned: 0, skipped: false });
  assert.equal(await clientRow(id), undefined, 'the personal data are gone');
  assert.ok(await clientRow(inProgress), 'an e-service not completed keeps its data');
  assert.ok(await clientRow(later), 'one completed a day later is kept until 1 March inclusive');

  const record = await ctx.db
    .selectFrom('authorised_eservices')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  assert.deepEqual(
    [record.centre_id, record.service_id, record.completed_on, record.filed_on, record.delivery_channel, record.status],
    [centreId, serviceId, '2026-11-30', '2026-11-30', 'post', 'completed'],
  );
  assert.ok(record.personal_data_removed_at, 'the anonymous record says when');
  const [event] = await auditEvents(ctx.db, 'authorised_eservice.personal_data_removed', id);
  assert.ok(event, 'the removal is audited');
  assert.equal(event.actor_label, 'eservice-retention');
  assert.deepEqual(event.after, {
    rule: 'DR-27.3',
    centreId,
    serviceId,
    completedOn: '2026-11-30',
    keptUntil: '2027-02-28',
    deliveryChannel: 'post',
  });

  // What the centre's staff see afterwards: the steps, dates and channel; no client; no PDF, no code.
  const session = await login(ctx.app, email);
  const detail = await session.request('GET', `/api/v1/authorised-eservices/${id}`);
  assert.equal(detail.json.client, null);
  assert.equal(detail.json.clientName, null);
  assert.equal(detail.json.personalCodeMasked, null);
  assert.equal(detail.json.retention.personalDataRemovedAt, '2027-02-28T22:00:00.000Z');
  assert.equal(detail.json.steps.filter((s: { done: boolean }) => s.done).length, 9);
  assert.ok(!detail.body.includes('Ķēniņš'));
  assert.equal(
    (await session.request('GET', `/api/v1/authorised-eservices/${id}/client-code`)).json.code,
    'eservice_personal_data_removed',
  );
  const pdf = await call(ctx.app, 'GET', `/api/v1/authorised-eservices/${id}/authorisation.pdf`, undefined, {
    cookie: session.cookie,
  });
  assert.equal(pdf.status, 410);
  const stats = await session.request('GET', '/api/v1/authorised-eservices/statistics?from=2026-11-30&to=2026-11-30');
  assert.equal(
    stats.json.items.find((i: { status: string }) => i.status === 'completed')?.count,
    1,
    'still counted for statistics',
  );

  // The removal is done once; the day-later one follows on 2 March.
  assert.equal((await runAt('2027-03-01T08:00:00Z')).removed, 0);
  assert.equal((await runAt('2027-03-01T22:00:00Z')).removed, 1);
  assert.equal(await clientRow(later), undefined);
  const everything = JSON.stringify(await ctx.db.selectFrom('audit_events').select(['before', 'after']).execute());
  assert.ok(
    !everything.includes(CLIENT.name) && !everything.includes('12019012342'),
    'the audit trail never held the personal data',
  );
});

test('DR-27.3 the retention job is registered, and two runs at once remove each record once', async () => {
  assert.ok(jobList(ctx.deps).some((job) => job.name === 'eservice-retention'));
  const a = await completedAt('2027-03-02T10:00:00Z');
  const b = await completedAt('2027-03-02T11:00:00Z');
  ctx.clock.set('2027-06-03T08:00:00Z');
  const reports = await Promise.all([removeExpiredPersonalData(ctx.deps), removeExpiredPersonalData(ctx.deps)]);
  // …and the one left at delivery on 30.11.2026: cancelled as abandoned on 28.2.2027, so removable from 29.5.2027.
  assert.equal(
    reports.reduce((n, r) => n + r.removed, 0),
    3,
  );
  for (const id of [a, b])
    assert.equal((await auditEvents(ctx.db, 'authorised_eservice.personal_data_removed', id)).length, 1);
});
