// Cancelling an authorised e-service that will not be completed (AM-1.5), and DR-27.3's schedule for it: the
// client's personal data are removed three months after the cancellation day, and a workflow with no step for 30
// days is cancelled as abandoned by the retention job. Bad input: 400 naming /reason, nothing written.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { buildCentre } from '../centres/test-fixtures.ts';
import { auditEvents } from '../people/test-fixtures.ts';
import { ABANDONED_AFTER_DAYS, removeExpiredPersonalData } from './retention.ts';
import { buildService, CLIENT, countRows, forgetSessions, start, takeSteps } from './test-fixtures.ts';

let ctx: TestContext;
let employeeEmail: string;
let otherEmail: string;
let centreId: string;
let serviceId: string;
const BASE = '/api/v1/authorised-eservices';

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  const e = await buildUser(ctx, { role: 'centre_employee' });
  centreId = e.centreId!;
  employeeEmail = e.email;
  const other = await buildCentre(ctx.db);
  const elsewhere = await buildUser(ctx, { role: 'centre_employee' });
  await ctx.db
    .updateTable('role_grants')
    .set({ organisation_id: other.municipalityId, centre_id: other.centreId })
    .where('user_id', '=', elsewhere.id)
    .execute();
  await ctx.db
    .updateTable('users')
    .set({ organisation_id: other.municipalityId })
    .where('id', '=', elsewhere.id)
    .execute();
  otherEmail = elsewhere.email;
  serviceId = (await buildService(ctx)).id;
});
after(() => ctx.close());

/** A fresh session at the clock's instant (the test clock moves past session expiry). */
const employee = (): Promise<Session> => login(ctx.app, employeeEmail);
const written = async () => [
  await countRows(ctx.db, 'authorised_eservices'),
  await countRows(ctx.db, 'authorised_eservice_steps'),
  await countRows(ctx.db, 'authorised_eservice_clients'),
  await countRows(ctx.db, 'audit_events'),
];
const record = (id: string) =>
  ctx.db.selectFrom('authorised_eservices').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const clientRow = (id: string) =>
  ctx.db.selectFrom('authorised_eservice_clients').selectAll().where('eservice_id', '=', id).executeTakeFirst();
const runAt = async (instant: string) => {
  ctx.clock.set(instant);
  return removeExpiredPersonalData(ctx.deps);
};

/** Started and taken up to `until` on the instant's day; returns its id. */
async function openAt(instant: string, until: string): Promise<string> {
  ctx.clock.set(instant);
  forgetSessions();
  const session = await employee();
  const id = await start(session, centreId, serviceId);
  await takeSteps(session, id, until, instant.slice(0, 10));
  return id;
}

test('AM-1.5 DR-27.3 the centre’s employee cancels an open workflow with a reason: who, when and why recorded, audited without personal data; the steps and a second cancel are then refused (409)', async () => {
  const id = await openAt('2026-11-23T10:00:00Z', 'filed');
  const session = await employee();
  const res = await session.request('POST', `${BASE}/${id}/cancel`, {
    reason: '  Klients   aizgāja, portāls atteica  ',
  });
  assert.equal(res.status, 200, res.body);
  assert.equal(res.json.status, 'cancelled');
  assert.equal(res.json.nextStep, null);
  assert.equal(res.json.cancellation.cancelledOn, '2026-11-23');
  assert.equal(res.json.cancellation.cancelledAt, '2026-11-23T10:00:00.000Z');
  assert.equal(res.json.cancellation.cancelledBy.name, 'Test centre_employee');
  assert.equal(res.json.cancellation.automatic, false);
  assert.equal(res.json.cancellation.reason, 'Klients aizgāja, portāls atteica');
  assert.deepEqual(res.json.retention, {
    keptUntil: '2027-02-23',
    removableFrom: '2027-02-24',
    personalDataRemovedAt: null,
  });
  assert.equal(res.json.client.name, CLIENT.name, 'the personal data stay until the schedule removes them');

  const row = await record(id);
  assert.deepEqual(
    [row.status, row.cancelled_on, row.cancel_reason],
    ['cancelled', '2026-11-23', 'Klients aizgāja, portāls atteica'],
  );
  assert.ok(row.cancelled_by);
  const [event] = await auditEvents(ctx.db, 'authorised_eservice.cancelled', id);
  assert.ok(event, 'audited');
  assert.deepEqual(event.after, {
    rule: 'DR-27.3',
    stepsDone: 5,
    cancelledOn: '2026-11-23',
    keptUntil: '2027-02-23',
    removableFrom: '2027-02-24',
  });
  const trail = JSON.stringify(
    await ctx.db.selectFrom('audit_events').select(['before', 'after']).where('entity_id', '=', id).execute(),
  );
  for (const personal of ['Ķēniņš', '12019012342', 'LV1234567', 'aizgāja'])
    assert.ok(!trail.includes(personal), `the audit trail keeps no "${personal}"`);

  const before = await written();
  const step = await session.request('POST', `${BASE}/${id}/steps/completion_time_told`, { plannedCompletionOn: null });
  assert.equal(step.status, 409, step.body);
  assert.equal(step.json.code, 'eservice_cancelled');
  const again = await session.request('POST', `${BASE}/${id}/cancel`, { reason: 'vēlreiz' });
  assert.equal(again.status, 409);
  assert.equal(again.json.code, 'eservice_cancelled');
  assert.deepEqual(await written(), before, 'nothing written');
  const listed = await session.request('GET', `${BASE}?status=cancelled`);
  assert.ok(listed.json.items.some((i: { id: string; status: string }) => i.id === id && i.status === 'cancelled'));
});

test('AM-1.5 cancelling a completed e-service is 409 and writes nothing; a workflow not yet identified can be cancelled', async () => {
  const done = await openAt('2026-11-23T10:00:00Z', 'completed');
  const session = await employee();
  const before = await written();
  const res = await session.request('POST', `${BASE}/${done}/cancel`, { reason: 'kļūda' });
  assert.equal(res.status, 409, res.body);
  assert.equal(res.json.code, 'eservice_completed');
  assert.deepEqual(await written(), before, 'nothing written');
  assert.equal((await record(done)).status, 'completed');

  const fresh = await start(session, centreId, serviceId);
  const cancelled = await session.request('POST', `${BASE}/${fresh}/cancel`, { reason: 'kļūda' });
  assert.equal(cancelled.status, 200, cancelled.body);
  assert.equal(cancelled.json.client, null);
});

test('AM-1.5 bad cancel input: 400 naming /reason, never 500, nothing written', async () => {
  const id = await openAt('2026-11-23T10:00:00Z', 'identity');
  const session = await employee();
  const before = await written();
  for (const body of [
    {},
    { reason: '' },
    { reason: '   ' },
    { reason: 'x'.repeat(501) },
    { reason: 42 },
    { reason: null },
  ]) {
    const res = await session.request('POST', `${BASE}/${id}/cancel`, body);
    assert.equal(res.status, 400, `${JSON.stringify(body)}: ${res.body}`);
    assert.ok(
      res.json.errors.some((e: { field: string }) => e.field === '/reason'),
      `${JSON.stringify(body)} names /reason: ${res.body}`,
    );
  }
  const extra = await session.request('POST', `${BASE}/${id}/cancel`, { reason: 'kļūda', by: 'someone' });
  assert.equal(extra.status, 400, extra.body);
  assert.deepEqual(await written(), before, 'nothing written');
  assert.equal((await record(id)).status, 'in_progress');
});

test('AM-1.5 another centre’s employee cancelling gets 404, a reader 403; nothing written', async () => {
  const id = await openAt('2026-11-23T10:00:00Z', 'identity');
  const before = await written();
  const other = await login(ctx.app, otherEmail);
  assert.equal((await other.request('POST', `${BASE}/${id}/cancel`, { reason: 'kļūda' })).status, 404);
  const supervisor = await login(ctx.app, (await buildUser(ctx, { role: 'ministry_supervisor' })).email);
  const after = await written();
  assert.equal((await supervisor.request('POST', `${BASE}/${id}/cancel`, { reason: 'kļūda' })).status, 403);
  assert.equal(
    (await other.request('POST', `${BASE}/00000000-0000-4000-8000-000000000000/cancel`, { reason: 'kļūda' })).status,
    404,
  );
  assert.deepEqual([before[0], before[1], before[2]], [after[0], after[1], after[2]]);
  assert.deepEqual(await written(), after, 'nothing written');
  assert.equal((await record(id)).status, 'in_progress');
});

test('DR-27.3 a cancelled record’s personal data are removed three months after the cancellation day, the anonymous record kept; audited', async () => {
  const id = await openAt('2026-11-30T10:00:00Z', 'delivery');
  const cancelled = await (await employee()).request('POST', `${BASE}/${id}/cancel`, { reason: 'Klients aizgāja' });
  assert.equal(cancelled.status, 200, cancelled.body);
  assert.deepEqual(cancelled.json.retention, {
    keptUntil: '2027-02-28',
    removableFrom: '2027-03-01',
    personalDataRemovedAt: null,
  });

  await runAt('2027-02-28T21:59:00Z');
  assert.ok(await clientRow(id), 'kept through 28 February (Riga)');
  await runAt('2027-02-28T22:00:00Z');
  assert.equal(await clientRow(id), undefined, 'removed on 1 March');
  const row = await record(id);
  assert.deepEqual(
    [row.status, row.centre_id, row.service_id, row.cancelled_on, row.delivery_channel, row.cancel_reason],
    ['cancelled', centreId, serviceId, '2026-11-30', 'post', null],
    'anonymous; the free-text reason is cleared too',
  );
  assert.ok(row.personal_data_removed_at);
  const [event] = await auditEvents(ctx.db, 'authorised_eservice.personal_data_removed', id);
  assert.ok(event, 'audited');
  assert.equal(event.actor_label, 'eservice-retention');
  assert.deepEqual(event.after, {
    rule: 'DR-27.3',
    centreId,
    serviceId,
    cancelledOn: '2026-11-30',
    keptUntil: '2027-02-28',
    deliveryChannel: 'post',
  });
  const detail = await (await employee()).request('GET', `${BASE}/${id}`);
  assert.equal(detail.json.client, null);
  assert.equal(detail.json.cancellation.reason, null);
  assert.equal(detail.json.cancellation.automatic, false);
  assert.equal(detail.json.retention.personalDataRemovedAt, '2027-02-28T22:00:00.000Z');
});

test(`DR-27.3 AM-1.5 a workflow with no step for ${ABANDONED_AFTER_DAYS} days is cancelled as abandoned by the retention job (audited), and its data are removed three months later`, async () => {
  // Started on 1.6.2027., its last step on 3.6.2027. (Riga): abandoned from 3.7.2027.
  ctx.clock.set('2027-06-01T07:00:00Z');
  forgetSessions();
  const session = await employee();
  const id = await start(session, centreId, serviceId);
  ctx.clock.set('2027-06-03T07:00:00Z');
  await takeSteps(await employee(), id, 'portal_identification', '2027-06-03');
  assert.equal(ABANDONED_AFTER_DAYS, 30);

  // 2.7.2027. 23:59 Riga: 29 days only.
  const early = await runAt('2027-07-02T20:59:00Z');
  assert.equal((await record(id)).status, 'in_progress', 'not yet');
  assert.equal(early.skipped, false);
  const report = await runAt('2027-07-02T21:00:00Z');
  assert.ok(report.abandoned >= 1, JSON.stringify(report));
  const row = await record(id);
  assert.deepEqual(
    [row.status, row.cancelled_on, row.cancelled_by, row.cancel_reason],
    ['cancelled', '2027-07-03', null, 'abandoned'],
  );
  assert.ok(await clientRow(id), 'the data stay until the schedule');
  const [event] = await auditEvents(ctx.db, 'authorised_eservice.cancelled', id);
  assert.ok(event, 'audited');
  assert.equal(event.actor_label, 'eservice-retention');
  assert.deepEqual(event.after, {
    rule: 'DR-27.3',
    reason: 'abandoned',
    idleDays: 30,
    lastActivityOn: '2027-06-03',
    cancelledOn: '2027-07-03',
    keptUntil: '2027-10-03',
    removableFrom: '2027-10-04',
  });
  const detail = await (await employee()).request('GET', `${BASE}/${id}`);
  assert.equal(detail.json.cancellation.automatic, true);
  assert.equal(detail.json.cancellation.cancelledBy, null);
  assert.equal(
    (await (await employee()).request('POST', `${BASE}/${id}/steps/data_use_informed`, { confirmed: true })).status,
    409,
    'no step after it',
  );

  await runAt('2027-10-03T20:00:00Z');
  assert.ok(await clientRow(id), 'kept through 3 October');
  await runAt('2027-10-03T21:00:00Z');
  assert.equal(await clientRow(id), undefined, 'removed on 4 October (Riga)');
  assert.equal((await auditEvents(ctx.db, 'authorised_eservice.cancelled', id)).length, 1, 'cancelled once');
});
