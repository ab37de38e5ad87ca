// Proposals to move a service or a stage into the centres (CR-12 … CR-15) and exclusions (CR-16): each step of the
// state machine through the API, the duties it opens and fulfils (due dates on the working-day calendar, from the
// test's clock), the notices in the outbox, and the refusals (409 naming the state, 403, 400 naming the field).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, firstCentreId, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { mailsTo } from '../../test/support/obligations.ts';
import { buildService } from '../contacts/test-fixtures.ts';
import { pdfBytes } from '../documents/test-fixtures.ts';
import { storeDocument } from '../documents/index.ts';
import { systemActor } from '../platform/access/actor.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { decideProposal, loadProposalsDemo } from './index.ts';

let ctx: TestContext;
let vid: string;
let balvi: string;
let varam: string;
let balviCentre: string;
let service: { id: string; identifier: string };
let municipality: Session;
let holder: Session;
let ministry: Session;
let centreHead: Session;
let employee: Session;

before(async () => {
  ctx = await testContext();
  await setClock('2026-11-23T09:30:00Z'); // Monday (before the users exist)
  vid = await organisationId(ctx.db, 'VID');
  balvi = await organisationId(ctx.db, 'Balvu novads');
  varam = await organisationId(ctx.db, 'VARAM');
  balviCentre = await firstCentreId(ctx.db, balvi);
  await ctx.db.updateTable('organisations').set({ email: 'vid@test.vienuviet.lv' }).where('id', '=', vid).execute();
  await ctx.db.updateTable('organisations').set({ email: 'varam@test.vienuviet.lv' }).where('id', '=', varam).execute();
  service = await buildService(ctx.db, { holderId: vid, name: 'Nodokļu konsultācija' });
  const email = async (role: Parameters<typeof buildUser>[1]) => (await buildUser(ctx, role)).email;
  emails = [
    await email({ role: 'org_admin', organisation: 'Balvu novads' }),
    await email({ role: 'institution_coordinator', organisation: 'VID' }),
    await email({ role: 'ministry_supervisor' }),
    await email({ role: 'centre_head', organisation: 'Balvu novads' }),
    await email({ role: 'centre_employee', organisation: 'Balvu novads' }),
  ];
  await loginAll();
});

let emails: string[] = [];
/** Sessions end when the clock jumps past their idle time: everybody logs in again on the new day. */
async function loginAll() {
  [municipality, holder, ministry, centreHead, employee] = (await Promise.all(
    emails.map((e) => login(ctx.app, e)),
  )) as [Session, Session, Session, Session, Session];
}
async function setClock(instant: string) {
  ctx.clock.set(instant);
  await loginAll();
}
after(() => ctx.close());

async function letter(organisation: string) {
  return (
    await storeDocument(ctx.db, {
      bytes: pdfBytes('Vestule'),
      filename: 'vestule.pdf',
      organisationId: organisation,
      uploadedBy: null,
    })
  ).id;
}

function obligations(proposalId: string) {
  return ctx.db
    .selectFrom('obligations')
    .select(['rule_id', 'organisation_id', 'centre_id', 'start_date', 'due_date', 'status', 'fulfilled_on'])
    .where('subject_type', '=', 'proposal')
    .where('subject_id', '=', proposalId)
    .orderBy('created_at')
    .execute();
}

const decide = (proposalId: string, positive: boolean, decidedOn: string) =>
  inTransaction(ctx.db, (trx) =>
    decideProposal(
      trx,
      ctx.deps,
      { actor: systemActor('committee') },
      { proposalId, positive, decisionId: 'L-2026/7', decidedOn },
    ),
  );

let municipal: string; // the municipality's proposal, carried through every step

test('CR-14.1 CR-14.2 the demo proposal: one, labelled demo, with the ministry (its 20 working days open), its letter a PDF; loading again adds nothing', async () => {
  await loadProposalsDemo(ctx.deps);
  await loadProposalsDemo(ctx.deps);
  const rows = await ctx.db.selectFrom('proposals').select(['id', 'title', 'state', 'holder_id', 'due_rule']).execute();
  assert.equal(rows.length, 1);
  assert.match(rows[0]!.title, /\(demonstrācija\)/);
  assert.deepEqual([rows[0]!.state, rows[0]!.holder_id, rows[0]!.due_rule], ['gathering', vid, 'CR-14.2']);
  const detail = await ministry.request('GET', `/api/v1/proposals/${rows[0]!.id}`);
  assert.equal(detail.json.letter.mediaType, 'application/pdf');
  assert.equal((await obligations(rows[0]!.id))[0]!.status, 'open');
});

test('CR-12 CR-14.1 CR-14.2 a municipality files with its letter: gathering, CR-14.2 due 20 working days later (2026-12-21), the letter mailed to the holder, centres not yet asked', async () => {
  const res = await municipality.request('POST', '/api/v1/proposals', {
    title: 'Nodokļu konsultācijas VPVKAC',
    serviceId: service.id,
    justification: 'Klientiem tuvāk.',
    letterId: await letter(balvi),
  });
  assert.equal(res.status, 201, res.body);
  municipal = res.json.id;
  assert.equal(res.json.state, 'gathering');
  assert.equal(res.json.holder.id, vid, 'the holder is the service’s');
  assert.equal(res.json.letter.mediaType, 'application/pdf');
  assert.equal(res.json.whoseMove, 'holder');
  assert.deepEqual(res.json.due, { ruleId: 'CR-14.2', date: '2026-12-21', overdue: false });
  assert.equal(res.json.history[0].action, 'file_transfer');
  assert.equal(res.json.history[0].fromState, null);
  const [gather] = await obligations(municipal);
  assert.deepEqual(
    [gather!.rule_id, gather!.organisation_id, gather!.start_date, gather!.due_date, gather!.status],
    ['CR-14.2', varam, '2026-11-23', '2026-12-21', 'open'],
  );
  const mails = (await mailsTo(ctx.db, 'vid@test.vienuviet.lv')).filter((m) =>
    m.subject.includes('Nodokļu konsultācijas VPVKAC'),
  );
  assert.equal(mails.length, 1, 'CR-14.1: the letter goes to the holder too');
  assert.equal(res.json.centresAskedAt, null);
});

test('CR-14.2.2 the centres are asked only after the holder confirms: a centre answering before is refused (409); after the yes, the centre answers', async () => {
  const early = await centreHead.request('POST', `/api/v1/proposals/${municipal}/centre-answers`, {
    centreId: balviCentre,
    willing: true,
  });
  assert.equal(early.status, 409, early.body);
  assert.equal(early.json.code, 'proposal_centres_not_asked');
  const notHolder = await municipality.request('POST', `/api/v1/proposals/${municipal}/holder-answer`, { ready: true });
  assert.equal(notHolder.status, 403, 'the municipality cannot answer for the holder');
  const yes = await holder.request('POST', `/api/v1/proposals/${municipal}/holder-answer`, {
    ready: true,
    note: 'Gatavi',
  });
  assert.equal(yes.status, 200, yes.body);
  assert.equal(yes.json.holderReady, true);
  assert.ok(yes.json.centresAskedAt);
  assert.equal((await mailsTo(ctx.db, 'dome@balvi.lv')).length, 1, 'the centres’ municipality is asked');
  const answer = await centreHead.request('POST', `/api/v1/proposals/${municipal}/centre-answers`, {
    centreId: balviCentre,
    willing: true,
  });
  assert.equal(answer.status, 200, answer.body);
  assert.deepEqual(
    answer.json.centres.map((c: { centreId: string; willing: boolean }) => [c.centreId, c.willing]),
    [[balviCentre, true]],
  );
  assert.deepEqual(
    answer.json.history.map((h: { action: string; by: string }) => h.action),
    ['file_transfer', 'answer_holder', 'answer_centre'],
  );
});

test('CR-14.3 the ministry’s information on 2026-12-01 fulfils CR-14.2 on time and opens CR-14.3: the committee within a month (2027-01-04, 1 January a holiday and 2–3 a weekend)', async () => {
  await setClock('2026-12-01T10:00:00Z');
  const wrong = await holder.request('POST', `/api/v1/proposals/${municipal}/information`, {});
  assert.equal(wrong.status, 403, 'only the ministry');
  const res = await ministry.request('POST', `/api/v1/proposals/${municipal}/information`, { note: 'Viens centrs' });
  assert.equal(res.status, 200, res.body);
  assert.equal(res.json.state, 'ready_for_committee');
  assert.equal(res.json.whoseMove, 'committee');
  const rows = await obligations(municipal);
  assert.deepEqual(
    rows.map((o) => [o.rule_id, o.status, o.fulfilled_on ?? o.due_date]),
    [
      ['CR-14.2', 'fulfilled_on_time', '2026-12-01'],
      ['CR-14.3', 'open', rows[1]!.due_date],
    ],
  );
  assert.equal(rows[1]!.due_date, '2027-01-04');
  const again = await ministry.request('POST', `/api/v1/proposals/${municipal}/information`, {});
  assert.equal(again.status, 409, 'a step not allowed from the state');
  assert.match(again.json.title, /ready_for_committee/, 'the refusal names the state');
});

test('CR-15.1 the committee’s positive decision on 2026-12-15 fulfils CR-14.3 and opens the training within a month (2027-01-15) for the holder; proposer and holder informed', async () => {
  await setClock('2026-12-15T12:00:00Z');
  const training = await holder.request('POST', `/api/v1/proposals/${municipal}/training`, { heldOn: '2026-12-15' });
  assert.equal(training.status, 409, 'no training before the decision');
  await decide(municipal, true, '2026-12-15');
  await assert.rejects(decide(municipal, true, '2026-12-15'), /proposal_state_refuses/, 'decided once');
  const rows = await obligations(municipal);
  const committee = rows.find((o) => o.rule_id === 'CR-14.3')!;
  assert.deepEqual([committee.status, committee.fulfilled_on], ['fulfilled_on_time', '2026-12-15']);
  const cr151 = rows.find((o) => o.rule_id === 'CR-15.1')!;
  assert.deepEqual([cr151.organisation_id, cr151.due_date, cr151.status], [vid, '2027-01-15', 'open']);
  const detail = (await holder.request('GET', `/api/v1/proposals/${municipal}`)).json;
  assert.equal(detail.state, 'approved');
  assert.deepEqual(detail.decision, { id: 'L-2026/7', decidedOn: '2026-12-15', positive: true });
  assert.deepEqual(
    detail.actions.map((a: { action: string }) => a.action),
    ['record_training'],
  );
  assert.equal((await mailsTo(ctx.db, 'dome@balvi.lv')).length, 2, 'the proposer learns the decision');
});

test('CR-15.2 CR-15.3 the training on 2027-01-12 fulfils CR-15.1 and opens the guidance (10 working days: 2027-01-26) and the willing centre’s start (a month: 2027-02-12)', async () => {
  await setClock('2027-01-12T15:00:00Z');
  const future = await holder.request('POST', `/api/v1/proposals/${municipal}/training`, { heldOn: '2027-01-13' });
  assert.equal(future.status, 400);
  assert.equal(future.json.errors[0].field, '/heldOn');
  const res = await holder.request('POST', `/api/v1/proposals/${municipal}/training`, { heldOn: '2027-01-12' });
  assert.equal(res.status, 200, res.body);
  assert.equal(res.json.state, 'training_held');
  assert.deepEqual(res.json.due, { ruleId: 'CR-15.2', date: '2027-01-26', overdue: false });
  const rows = await obligations(municipal);
  assert.equal(rows.find((o) => o.rule_id === 'CR-15.1')!.status, 'fulfilled_on_time');
  const start = rows.find((o) => o.rule_id === 'CR-15.3')!;
  assert.deepEqual([start.organisation_id, start.centre_id, start.due_date], [balvi, balviCentre, '2027-02-12']);
  assert.equal(res.json.centres[0].startDue, '2027-02-12');
});

test('CR-15.2 the guidance material on 2027-01-28 (late) fulfils CR-15.2 late; CR-15.3 the centre starts on 2027-02-01: fulfilled on time, the proposal is in service', async () => {
  await setClock('2027-01-28T09:00:00Z');
  const missing = await holder.request('POST', `/api/v1/proposals/${municipal}/guidance`, {
    documentId: '00000000-0000-4000-8000-000000000000',
  });
  assert.equal(missing.status, 400);
  assert.equal(missing.json.errors[0].field, '/documentId');
  const guidance = await holder.request('POST', `/api/v1/proposals/${municipal}/guidance`, {
    documentId: await letter(vid),
  });
  assert.equal(guidance.status, 200, guidance.body);
  assert.equal(guidance.json.state, 'guidance_published');
  assert.deepEqual(guidance.json.due, { ruleId: 'CR-15.3', date: '2027-02-12', overdue: false });
  await setClock('2027-02-01T09:00:00Z');
  const byEmployee = await employee.request('POST', `/api/v1/proposals/${municipal}/centres/${balviCentre}/start`, {
    startedOn: '2027-02-01',
  });
  assert.equal(byEmployee.status, 403, 'the head of the centre or the municipality starts it');
  const started = await centreHead.request('POST', `/api/v1/proposals/${municipal}/centres/${balviCentre}/start`, {
    startedOn: '2027-02-01',
  });
  assert.equal(started.status, 200, started.body);
  assert.equal(started.json.state, 'in_service');
  assert.equal(started.json.due, null);
  const rows = await obligations(municipal);
  assert.deepEqual(
    rows.map((o) => [o.rule_id, o.status]),
    [
      ['CR-14.2', 'fulfilled_on_time'],
      ['CR-14.3', 'fulfilled_on_time'],
      ['CR-15.1', 'fulfilled_on_time'],
      ['CR-15.2', 'fulfilled_late'],
      ['CR-15.3', 'fulfilled_on_time'],
    ],
  );
});

test('CR-13.2 CR-13.3 the holder’s own proposal: centres asked at once, no readiness question; the information fulfils CR-13.2 and opens CR-13.3', async () => {
  await setClock('2027-03-01T09:00:00Z');
  const res = await holder.request('POST', '/api/v1/proposals', {
    title: 'Deklarāciju pieņemšanas posms',
    stage: 'Papīra deklarāciju pieņemšana un nodošana VID',
    holderId: vid,
    centreKinds: ['county'],
    justification: 'Mazāk braucienu.',
    letterId: await letter(vid),
  });
  assert.equal(res.status, 201, res.body);
  assert.equal(res.json.whoseMove, 'ministry');
  assert.ok(res.json.centresAskedAt, 'CR-13.2.2: asked on the holder’s own proposal');
  assert.equal(res.json.due.ruleId, 'CR-13.2');
  const own = await holder.request('POST', `/api/v1/proposals/${res.json.id}/holder-answer`, { ready: true });
  assert.equal(own.status, 409);
  const info = await ministry.request('POST', `/api/v1/proposals/${res.json.id}/information`, {});
  assert.equal(info.status, 200, info.body);
  assert.deepEqual(
    (await obligations(res.json.id)).map((o) => [o.rule_id, o.status]),
    [
      ['CR-13.2', 'fulfilled_on_time'],
      ['CR-13.3', 'open'],
    ],
  );
  const stuck = await employee.request('GET', '/api/v1/proposals/stuck');
  assert.equal(stuck.status, 200);
  const row = stuck.json.items.find((p: { id: string }) => p.id === res.json.id);
  assert.equal(row.whoseMove, 'committee');
  assert.equal(row.due.ruleId, 'CR-13.3');
  assert.ok(!stuck.json.items.some((p: { id: string }) => p.id === municipal), 'a proposal in service is not stuck');
  const withdrawn = await holder.request('POST', `/api/v1/proposals/${res.json.id}/withdrawal`, { reason: 'Atsaucam' });
  assert.equal(withdrawn.json.state, 'withdrawn');
  assert.equal((await obligations(res.json.id))[1]!.status, 'cancelled');
});

test('CR-12 bad input: no letter → 400 /letterId, an unknown letter → 400 /letterId, nothing written; a centre employee → 403; a ministry cannot propose', async () => {
  const count = async () =>
    Number(
      (
        await ctx.db
          .selectFrom('proposals')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const before = await count();
  const body = { title: 'X', serviceId: service.id, justification: 'Y' };
  const none = await municipality.request('POST', '/api/v1/proposals', body);
  assert.equal(none.status, 400);
  assert.ok(
    none.json.errors.some((e: { field: string }) => e.field === '/letterId'),
    none.body,
  );
  const unknown = await municipality.request('POST', '/api/v1/proposals', {
    ...body,
    letterId: '00000000-0000-4000-8000-000000000000',
  });
  assert.equal(unknown.status, 400);
  assert.deepEqual(
    unknown.json.errors.map((e: { field: string }) => e.field),
    ['/letterId'],
  );
  const noSubject = await municipality.request('POST', '/api/v1/proposals', {
    title: 'X',
    justification: 'Y',
    letterId: await letter(balvi),
  });
  assert.deepEqual(noSubject.json.errors.map((e: { field: string }) => e.field).sort(), ['/holderId', '/stage']);
  assert.equal(
    (await employee.request('POST', '/api/v1/proposals', { ...body, letterId: await letter(balvi) })).status,
    403,
  );
  assert.equal(await count(), before, 'nothing written');
});

test('CR-16 an exclusion needs a month’s notice to the committee: too short → 400 /excludeFrom; a basket service refused naming CR-16; a month ahead fulfils CR-16 on time and mails the committee; it takes effect on its day', async () => {
  await setClock('2027-03-01T09:00:00Z');
  const other = await buildService(ctx.db, { holderId: vid, name: 'Izziņa' });
  const basket = await buildService(ctx.db, { holderId: vid, name: 'Groza pakalpojums', basket: true });
  const file = async (serviceId: string, excludeFrom: string) =>
    holder.request('POST', '/api/v1/proposals', {
      kind: 'exclusion',
      title: 'Izziņas izslēgšana',
      serviceId,
      justification: 'Pieejams tikai e-pakalpojumā.',
      letterId: await letter(vid),
      excludeFrom,
    });
  const beyond = await file(other.id, '2199-01-04');
  assert.equal(beyond.status, 400, beyond.body);
  assert.deepEqual(
    beyond.json.errors.map((e: { field: string }) => e.field),
    ['/excludeFrom'],
  );
  const short = await file(other.id, '2027-03-20');
  assert.equal(short.status, 400, short.body);
  assert.equal(short.json.errors[0].field, '/excludeFrom');
  const refused = await file(basket.id, '2027-05-03');
  assert.equal(refused.status, 422, refused.body);
  assert.match(refused.json.title, /CR-16/);
  const mailsBefore = (await mailsTo(ctx.db, 'varam@test.vienuviet.lv')).length;
  const ok = await file(other.id, '2027-04-05');
  assert.equal(ok.status, 201, ok.body);
  assert.equal(ok.json.state, 'exclusion_notified');
  const [notice] = await obligations(ok.json.id);
  assert.deepEqual([notice!.rule_id, notice!.due_date, notice!.status], ['CR-16', '2027-03-05', 'fulfilled_on_time']);
  assert.equal((await mailsTo(ctx.db, 'varam@test.vienuviet.lv')).length, mailsBefore + 1, 'the committee is informed');
  const early = await holder.request('POST', `/api/v1/proposals/${ok.json.id}/exclusion`, {});
  assert.equal(early.status, 409);
  await setClock('2027-04-05T08:00:00Z');
  const done = await holder.request('POST', `/api/v1/proposals/${ok.json.id}/exclusion`, {});
  assert.equal(done.status, 200, done.body);
  assert.equal(done.json.state, 'excluded');
});
