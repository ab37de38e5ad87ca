// Handling a case through HTTP: routing to whoever must answer and back (CR-19.7, CR-20.7), escalation to level 2
// (SR-19.2), the answer with its day and channel (CR-17.13) fulfilling the DR-25.1.7.3 obligation, and overdue
// decided in Riga time. Every write audited; refused writes change nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { auditEvents } from '../people/test-fixtures.ts';
import { balviCentre } from '../centres/test-fixtures.ts';
import { buildService, feedbackCounts, registration } from './test-fixtures.ts';

let ctx: TestContext;
let centreId: string;
let balvi: string;
let vid: string;
let vidService: string;
let urService: string;
let employee: Session;
let head: Session;
let vidCoordinator: Session;
let urCoordinator: Session;
let supervisor: Session;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  ({ centreId } = await balviCentre(ctx.db));
  balvi = await organisationId(ctx.db, 'Balvu novads');
  vid = await organisationId(ctx.db, 'VID');
  vidService = await buildService(ctx.db, vid, { name: 'Deklarāciju iesniegšana' });
  urService = await buildService(ctx.db, await organisationId(ctx.db, 'UR'), { name: 'Uzņēmuma reģistrācija' });
  employee = await login(ctx.app, (await buildUser(ctx, { role: 'centre_employee' })).email);
  head = await login(ctx.app, (await buildUser(ctx, { role: 'centre_head' })).email);
  vidCoordinator = await login(
    ctx.app,
    (await buildUser(ctx, { role: 'institution_coordinator', organisation: 'VID' })).email,
  );
  urCoordinator = await login(
    ctx.app,
    (await buildUser(ctx, { role: 'institution_coordinator', organisation: 'UR' })).email,
  );
  supervisor = await login(ctx.app, (await buildUser(ctx, { role: 'ministry_supervisor' })).email);
});
after(() => ctx.close());

async function register(extra: Record<string, unknown> = {}) {
  const res = await employee.request('POST', '/api/v1/feedback-cases', registration(centreId, extra));
  assert.equal(res.status, 201, res.body);
  return res.json as { id: string; number: number };
}
const post = (session: Session, id: string, what: string, body: unknown) =>
  session.request('POST', `/api/v1/feedback-cases/${id}/${what}`, body);
const answer = { text: 'Izziņu var saņemt portālā latvija.gov.lv.', channel: 'email' };

test('CR-19.7 CR-20.7 the institution routes a case back to the centre with its reason; the history keeps each routing', async () => {
  const c = await register({ kind: 'complaint', serviceId: vidService });
  const back = await post(vidCoordinator, c.id, 'routing', {
    to: 'centre',
    reason: 'Sūdzība par centra darbinieka rīcību, ne VID pakalpojumu',
  });
  assert.equal(back.status, 200, back.body);
  assert.equal(back.json.addressee.kind, 'centre');
  assert.equal(back.json.addressee.organisationId, balvi);
  assert.equal(
    (await vidCoordinator.request('GET', `/api/v1/feedback-cases/${c.id}`)).status,
    404,
    'no longer routed to VID',
  );
  const again = await post(employee, c.id, 'routing', {
    to: 'holder',
    serviceId: urService,
    reason: 'Attiecas uz UR pakalpojumu',
  });
  assert.equal(again.status, 200, again.body);
  assert.equal(again.json.addressee.organisationId, again.json.service.holder.id);
  assert.equal(again.json.service.id, urService);
  assert.equal((await urCoordinator.request('GET', `/api/v1/feedback-cases/${c.id}`)).status, 200);
  assert.deepEqual(
    again.json.history.map((e: { type: string; reason: string | null }) => [e.type, e.reason]),
    [
      ['registered', null],
      ['routed', 'Sūdzība par centra darbinieka rīcību, ne VID pakalpojumu'],
      ['routed', 'Attiecas uz UR pakalpojumu'],
    ],
  );
  const events = await auditEvents(ctx.db, 'feedback.route', c.id);
  assert.equal(events.length, 2);
  assert.equal((events[0]!.before as { addresseeOrgId: string }).addresseeOrgId, vid);
  assert.equal((events[0]!.after as { addresseeOrgId: string }).addresseeOrgId, balvi);
});

test('routing refuses what makes no sense: no change, no service for the holder, a reason of spaces; outsiders 404', async () => {
  const c = await register();
  const before = await feedbackCounts(ctx.db);
  const cases: [unknown, string, string][] = [
    [{ to: 'centre', reason: 'Tas pats' }, '/to', 'feedback_route_unchanged'],
    [{ to: 'holder', reason: 'Nav pakalpojuma' }, '/to', 'feedback_route_needs_service'],
    [
      { to: 'holder', serviceId: '00000000-0000-4000-8000-000000000000', reason: 'x' },
      '/serviceId',
      'feedback_service_unknown',
    ],
    [{ to: 'holder', serviceId: vidService, reason: '  ' }, '/reason', 'field_required'],
    [{ to: 'nowhere', reason: 'x' }, '/to', 'field_enum'],
  ];
  for (const [body, field, code] of cases) {
    const res = await post(employee, c.id, 'routing', body);
    assert.equal(res.status, 400, res.body);
    assert.deepEqual([res.json.errors[0].field, res.json.errors[0].code], [field, code]);
  }
  assert.equal(
    (await post(vidCoordinator, c.id, 'routing', { to: 'holder', serviceId: vidService, reason: 'x' })).status,
    404,
  );
  assert.equal(
    (await post(supervisor, c.id, 'routing', { to: 'holder', serviceId: vidService, reason: 'x' })).status,
    403,
    'the ministry reads only',
  );
  assert.deepEqual(await feedbackCounts(ctx.db), before);
});

test("DR-25.1.7.3 an e-mail routed on to the institution cancels the centre's obligation and takes the month's term", async () => {
  const c = await register({ channel: 'email', receivedAt: '2026-11-20T08:00:00Z' });
  const res = await post(employee, c.id, 'routing', { to: 'holder', serviceId: vidService, reason: 'VID kompetence' });
  assert.equal(res.status, 200, res.body);
  assert.equal(res.json.due.ruleId, 'IL-5.1');
  assert.equal(res.json.dueDate, '2026-12-21', '20.12.2026. is a Sunday');
  const obligation = await ctx.db
    .selectFrom('obligations')
    .selectAll()
    .where('subject_id', '=', c.id)
    .executeTakeFirstOrThrow();
  assert.equal(obligation.status, 'cancelled');
});

test('SR-19.2 an employee escalates a non-standard question; then only the head of the centre answers it', async () => {
  const c = await register();
  const up = await post(employee, c.id, 'escalation', { reason: 'Jautājums par vairāku iestāžu pakalpojumiem' });
  assert.equal(up.status, 200, up.body);
  assert.equal(up.json.level, 2);
  assert.equal(up.json.history.at(-1).type, 'escalated');
  assert.equal(up.json.history.at(-1).reason, 'Jautājums par vairāku iestāžu pakalpojumiem');
  assert.ok(!up.json.rights.includes('answer'));
  assert.equal((await auditEvents(ctx.db, 'feedback.escalate', c.id)).length, 1);
  const twice = await post(employee, c.id, 'escalation', { reason: 'Vēlreiz' });
  assert.deepEqual([twice.status, twice.json.code], [409, 'feedback_already_level_2']);
  const refused = await post(employee, c.id, 'answer', answer);
  assert.deepEqual([refused.status, refused.json.code], [403, 'feedback_level_2_required']);
  const answered = await post(head, c.id, 'answer', answer);
  assert.equal(answered.status, 200, answered.body);
  assert.equal(answered.json.answer.level, 2);
});

test('CR-19.7 the institution answers a complaint routed to it; the centre reads the answer, its day, channel and who gave it', async () => {
  const c = await register({ kind: 'complaint', serviceId: vidService });
  const res = await post(vidCoordinator, c.id, 'answer', {
    text: 'Deklarācija pieņemta, kļūda labota.',
    channel: 'e_address',
    answeredOn: '2026-11-23',
  });
  assert.equal(res.status, 200, res.body);
  const seen = (await employee.request('GET', `/api/v1/feedback-cases/${c.id}`)).json;
  assert.equal(seen.status, 'answered');
  assert.equal(seen.answer.text, 'Deklarācija pieņemta, kļūda labota.');
  assert.equal(seen.answer.channel, 'e_address');
  assert.equal(seen.answer.answeredOn, '2026-11-23');
  assert.equal(seen.answer.answeredBy, 'Test institution_coordinator');
  assert.equal(seen.answer.late, false);
  assert.deepEqual(seen.rights, []);
  const [event] = await auditEvents(ctx.db, 'feedback.answer', c.id);
  assert.equal((event!.after as { status: string }).status, 'answered');
  const again = await post(vidCoordinator, c.id, 'answer', answer);
  assert.deepEqual([again.status, again.json.code], [409, 'feedback_already_answered']);
});

test('the answer is refused when dated in the future or before the case was received, or by a centre that does not answer it', async () => {
  const c = await register({ kind: 'complaint', serviceId: vidService, receivedAt: '2026-11-20T10:00:00Z' });
  const before = await feedbackCounts(ctx.db);
  const future = await post(vidCoordinator, c.id, 'answer', { ...answer, answeredOn: '2026-11-24' });
  assert.deepEqual(
    [future.status, future.json.errors[0].field, future.json.errors[0].code],
    [400, '/answeredOn', 'field_date_future'],
  );
  const early = await post(vidCoordinator, c.id, 'answer', { ...answer, answeredOn: '2026-11-19' });
  assert.deepEqual(
    [early.status, early.json.errors[0].field, early.json.errors[0].code],
    [400, '/answeredOn', 'feedback_answer_before_receipt'],
  );
  const badChannel = await post(vidCoordinator, c.id, 'answer', { ...answer, channel: 'pigeon' });
  assert.deepEqual([badChannel.status, badChannel.json.errors[0].field], [400, '/channel']);
  const empty = await post(vidCoordinator, c.id, 'answer', { ...answer, text: ' ' });
  assert.deepEqual([empty.status, empty.json.errors[0].field], [400, '/text']);
  assert.equal((await post(head, c.id, 'answer', answer)).status, 403, 'routed to VID: the centre does not answer it');
  assert.deepEqual(await feedbackCounts(ctx.db), before);
});

test('DR-25.1.7.3 answering an e-mail fulfils the obligation: late when after the due date', async () => {
  const c = await register({ channel: 'email', receivedAt: '2026-11-16T08:00:00Z' });
  const res = await post(employee, c.id, 'answer', { ...answer, answeredOn: '2026-11-23' });
  assert.equal(res.status, 200, res.body);
  assert.equal(res.json.answer.late, true, 'due 20.11.2026.');
  assert.equal(res.json.answeredLate, true);
  const obligation = await ctx.db
    .selectFrom('obligations')
    .selectAll()
    .where('subject_id', '=', c.id)
    .executeTakeFirstOrThrow();
  assert.equal(obligation.status, 'fulfilled_late');
  assert.equal(obligation.fulfilled_on, '2026-11-23');
});

test('overdue is decided in Riga time: due 20.11.2026. is not overdue at 23:59 Riga, overdue at 00:01 while UTC is still the 20th', async () => {
  const c = await register({ channel: 'email', receivedAt: '2026-11-16T08:00:00Z' });
  ctx.clock.set('2026-11-20T21:59:00Z'); // 23:59 in Riga (UTC+2)
  // A session of its own: the one made on the 23rd would not exist yet on the 20th.
  const viewer = await login(
    ctx.app,
    (await buildUser(ctx, { role: 'centre_employee', validFrom: '2026-01-01' })).email,
  );
  const overdueIds = async () =>
    (await viewer.request('GET', '/api/v1/feedback-cases?overdue=true&limit=200')).json.items.map(
      (i: { id: string }) => i.id,
    );
  assert.equal((await viewer.request('GET', `/api/v1/feedback-cases/${c.id}`)).json.overdue, false);
  assert.ok(!(await overdueIds()).includes(c.id));
  ctx.clock.set('2026-11-20T22:01:00Z'); // 00:01 on 21.11.2026. in Riga
  assert.equal((await viewer.request('GET', `/api/v1/feedback-cases/${c.id}`)).json.overdue, true);
  assert.ok((await overdueIds()).includes(c.id));
  ctx.clock.set('2026-11-23T10:00:00Z');
});
