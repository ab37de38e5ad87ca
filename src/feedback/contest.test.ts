// Contesting an employee's action through HTTP (BV-4.2): the head of the centre, then the executive director, then
// court — each stage recorded with its decision and date, and a stage only after the previous decision; the head's
// own action starts at the executive director (BV-4.2.3), an administrative act at the appeals commission (BV-4.3).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { auditEvents } from '../people/test-fixtures.ts';
import { balviCentre } from '../centres/test-fixtures.ts';
import { nextStage } from './contest.ts';
import { buildService, feedbackCounts, registration } from './test-fixtures.ts';

let ctx: TestContext;
let centreId: string;
let vidService: string;
let employee: Session;
let head: Session;
let admin: Session;
let supervisor: Session;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  ({ centreId } = await balviCentre(ctx.db));
  vidService = await buildService(ctx.db, await organisationId(ctx.db, 'VID'));
  employee = await login(ctx.app, (await buildUser(ctx, { role: 'centre_employee' })).email);
  head = await login(ctx.app, (await buildUser(ctx, { role: 'centre_head' })).email);
  admin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin' })).email);
  supervisor = await login(ctx.app, (await buildUser(ctx, { role: 'ministry_supervisor' })).email);
});
after(() => ctx.close());

async function complaint(extra: Record<string, unknown> = {}) {
  const res = await employee.request(
    'POST',
    '/api/v1/feedback-cases',
    registration(centreId, { kind: 'complaint', receivedAt: '2026-09-01T08:00:00Z', ...extra }),
  );
  assert.equal(res.status, 201, res.body);
  return res.json.id as string;
}
const lodge = (session: Session, id: string, body: Record<string, unknown>) =>
  session.request('POST', `/api/v1/feedback-cases/${id}/contest-stages`, body);
const decide = (session: Session, id: string, position: number, body: Record<string, unknown>) =>
  session.request('POST', `/api/v1/feedback-cases/${id}/contest-stages/${position}/decision`, body);
const stagesOf = (body: { contest: { stages: { body: string; decision: string | null }[] } }) =>
  body.contest.stages.map((s) => [s.body, s.decision]);

test("BV-4.2 an employee's action: head of centre → executive director → court, each stage after the previous decision", async () => {
  const id = await complaint();
  const first = await lodge(head, id, {
    subject: 'employee_action',
    lodgedOn: '2026-09-01',
    grounds: 'Darbinieks atteicās pieņemt iesniegumu',
  });
  assert.equal(first.status, 201, first.body);
  assert.equal(first.json.contest.subject, 'employee_action');
  assert.deepEqual(stagesOf(first.json), [['head_of_centre', null]]);
  assert.equal(first.json.contest.stages[0].clause, 'BV-4.2.1');
  assert.equal(first.json.contest.waiting, true);

  const early = await lodge(admin, id, { lodgedOn: '2026-09-20', grounds: 'Nepiekrītu' });
  assert.deepEqual([early.status, early.json.code], [409, 'feedback_contest_previous_undecided']);

  const decided = await decide(head, id, 1, {
    decision: 'rejected',
    decidedOn: '2026-09-15',
    text: 'Rīcība atbilst kārtībai (lēmums Nr. 1)',
  });
  assert.equal(decided.status, 200, decided.body);
  assert.deepEqual(decided.json.contest.next, { position: 2, body: 'executive_director', clause: 'BV-4.2.2' });

  const beforeDecision = await lodge(admin, id, { lodgedOn: '2026-09-14', grounds: 'Nepiekrītu' });
  assert.deepEqual(
    [beforeDecision.status, beforeDecision.json.errors[0].field, beforeDecision.json.errors[0].code],
    [400, '/lodgedOn', 'feedback_contest_before_decision'],
  );
  const otherSubject = await lodge(admin, id, {
    subject: 'head_action',
    lodgedOn: '2026-09-20',
    grounds: 'Nepiekrītu',
  });
  assert.deepEqual([otherSubject.status, otherSubject.json.errors[0].field], [400, '/subject']);

  assert.equal(
    (await lodge(admin, id, { lodgedOn: '2026-09-20', grounds: 'Nepiekrītu vadītāja lēmumam' })).status,
    201,
  );
  assert.equal(
    (
      await decide(admin, id, 2, {
        decision: 'partly_upheld',
        decidedOn: '2026-10-05',
        text: 'Izpilddirektora lēmums Nr. 7',
      })
    ).status,
    200,
  );
  assert.equal(
    (await lodge(admin, id, { lodgedOn: '2026-10-20', grounds: 'Pieteikums Administratīvajā rajona tiesā' })).status,
    201,
  );
  const court = await decide(admin, id, 3, {
    decision: 'rejected',
    decidedOn: '2026-11-20',
    text: 'Tiesas spriedums lietā Nr. A420000026',
  });
  assert.equal(court.status, 200, court.body);
  assert.deepEqual(stagesOf(court.json), [
    ['head_of_centre', 'rejected'],
    ['executive_director', 'partly_upheld'],
    ['court', 'rejected'],
  ]);
  assert.deepEqual(
    court.json.contest.stages.map((s: { decidedOn: string }) => s.decidedOn),
    ['2026-09-15', '2026-10-05', '2026-11-20'],
  );
  assert.equal(court.json.contest.next, null);
  const fourth = await lodge(admin, id, { lodgedOn: '2026-11-21', grounds: 'Vēl' });
  assert.deepEqual([fourth.status, fourth.json.code], [409, 'feedback_contest_complete']);

  assert.equal((await auditEvents(ctx.db, 'feedback.contest_lodge', id)).length, 3);
  const decisions = await auditEvents(ctx.db, 'feedback.contest_decide', id);
  assert.equal(decisions.length, 3);
  assert.deepEqual(
    (decisions[2]!.after as { stages: { decision: string }[] }).stages.map((s) => s.decision),
    ['rejected', 'partly_upheld', 'rejected'],
  );
  // Contested: the case stays with the centre.
  const route = await employee.request('POST', `/api/v1/feedback-cases/${id}/routing`, {
    to: 'holder',
    serviceId: vidService,
    reason: 'x',
  });
  assert.deepEqual([route.status, route.json.code], [409, 'feedback_contest_open']);
});

test("BV-4.2.3 the head's own action goes to the executive director first; BV-4.3 an administrative act to the appeals commission", async () => {
  const headAction = await lodge(admin, await complaint(), {
    subject: 'head_action',
    lodgedOn: '2026-09-02',
    grounds: 'Vadītāja rīcība',
  });
  assert.deepEqual(stagesOf(headAction.json), [['executive_director', null]]);
  assert.equal(headAction.json.contest.stages[0].clause, 'BV-4.2.3');
  const act = await lodge(head, await complaint(), {
    subject: 'administrative_act',
    lodgedOn: '2026-09-02',
    grounds: 'Atteikums izsniegt izziņu',
  });
  assert.deepEqual(stagesOf(act.json), [['appeals_commission', null]]);
  assert.deepEqual(nextStage('administrative_act', [{ position: 1, decided_on: '2026-10-01' }]), {
    ok: true,
    position: 2,
    body: 'court',
    clause: 'BV-4.3',
    notBefore: '2026-10-01',
  });
});

test('BV-4.2 the stages are refused for a question, a complaint the institution answers, or by the front line; bad dates named', async () => {
  const question = (await employee.request('POST', '/api/v1/feedback-cases', registration(centreId))).json.id;
  const routed = await complaint({ serviceId: vidService });
  const id = await complaint();
  const before = await feedbackCounts(ctx.db);
  const body = { subject: 'employee_action', lodgedOn: '2026-09-02', grounds: 'x' };
  assert.deepEqual((await lodge(head, question, body)).json.code, 'feedback_contest_complaint_only');
  assert.deepEqual((await lodge(head, routed, body)).json.code, 'feedback_contest_centre_only');
  assert.equal((await lodge(employee, id, body)).status, 403, 'the head of the centre records it, not the front line');
  assert.equal((await lodge(supervisor, id, body)).status, 403);
  const noSubject = await lodge(head, id, { lodgedOn: '2026-09-02', grounds: 'x' });
  assert.deepEqual(
    [noSubject.status, noSubject.json.errors[0].field, noSubject.json.errors[0].code],
    [400, '/subject', 'field_required'],
  );
  const beforeReceipt = await lodge(head, id, { ...body, lodgedOn: '2026-08-31' });
  assert.deepEqual([beforeReceipt.status, beforeReceipt.json.errors[0].field], [400, '/lodgedOn']);
  const future = await lodge(head, id, { ...body, lodgedOn: '2026-11-24' });
  assert.deepEqual([future.status, future.json.errors[0].code], [400, 'field_date_future']);
  const badDate = await lodge(head, id, { ...body, lodgedOn: '2026-02-30' });
  assert.deepEqual([badDate.status, badDate.json.errors[0].field], [400, '/lodgedOn']);
  assert.equal(
    (await decide(head, id, 1, { decision: 'rejected', decidedOn: '2026-09-03', text: 'x' })).status,
    404,
    'no stage yet',
  );
  assert.deepEqual(await feedbackCounts(ctx.db), before, 'nothing written');

  assert.equal((await lodge(head, id, body)).status, 201);
  const beforeLodged = await decide(head, id, 1, { decision: 'rejected', decidedOn: '2026-09-01', text: 'x' });
  assert.deepEqual(
    [beforeLodged.status, beforeLodged.json.errors[0].field, beforeLodged.json.errors[0].code],
    [400, '/decidedOn', 'field_date_order'],
  );
  const badDecision = await decide(head, id, 1, { decision: 'maybe', decidedOn: '2026-09-03', text: 'x' });
  assert.deepEqual([badDecision.status, badDecision.json.errors[0].field], [400, '/decision']);
  assert.equal(
    (await decide(head, id, 1, { decision: 'upheld', decidedOn: '2026-09-03', text: 'Atvainojamies' })).status,
    200,
  );
  const twice = await decide(head, id, 1, { decision: 'rejected', decidedOn: '2026-09-04', text: 'x' });
  assert.deepEqual([twice.status, twice.json.code], [409, 'feedback_contest_decided']);
});
