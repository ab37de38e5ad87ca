// Closing every duty: a duty done outside the system is recorded done by its organisation with its
// evidence (fulfilled, audited); one that an action in a capability closes refuses a record; bad dates and strangers
// are refused with nothing written; the list and the counts say how each fulfilled duty was closed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, firstCentreId, organisationId } from '../../test/support/factories.ts';
import { fulfilAs, obligationEvents, openAs } from '../../test/support/obligations.ts';
import { login, type Session } from '../../test/support/http.ts';
import { storeDocument } from '../documents/index.ts';
import { pdfBytes } from '../documents/test-fixtures.ts';
import type { Role } from '../platform/access/roles.ts';
import { clockStart, parsePeriod } from './periods.ts';
import { RECURRING_RULES, ruleById } from './rules.ts';

let ctx: TestContext;
let head: Session;
let employee: Session;
let vidCoordinator: Session;
let supervisor: Session;
let balviId: string;
let centreId: string;
let vidId: string;
let varamId: string;
const duty: Record<string, string> = {};

/** Opens a recurring duty for an owner and period as the generator would. */
async function open(ruleId: string, period: string, organisationId: string, centre?: string) {
  const rule = ruleById(ruleId)!;
  const startDate = clockStart(rule.recurrence!, parsePeriod(rule.recurrence!, period)!);
  const owner = centre ? { organisationId, centreId: centre } : { organisationId };
  const subject = centre
    ? { type: 'centre' as const, id: centre }
    : { type: 'organisation' as const, id: organisationId };
  return (await openAs(ctx.deps, { ruleId, owner, subject, startDate, period })).id;
}

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-20T10:00:00Z');
  balviId = await organisationId(ctx.db, 'Balvu novads');
  centreId = await firstCentreId(ctx.db, balviId);
  vidId = await organisationId(ctx.db, 'VID');
  varamId = await organisationId(ctx.db, 'VARAM');
  const user = async (role: Role) => login(ctx.app, (await buildUser(ctx, { role })).email);
  head = await user('centre_head');
  employee = await user('centre_employee');
  vidCoordinator = await user('institution_coordinator');
  supervisor = await user('ministry_supervisor');
  duty.survey = await open('CR-17.16', '2026-2028', balviId, centreId);
  duty.training = await open('CR-18.1', '2026', vidId);
  duty.measure = await open('SR-24', '2026-2028', vidId);
  duty.committee = await open('CR-11', '2026/2', varamId);
  duty.basket = await open('DR-16', '2026', varamId);
});
after(() => ctx.close());

const URL = (id: string) => `/api/v1/obligations/${id}/record`;
const countRecords = async () =>
  Number(
    (
      await ctx.db
        .selectFrom('obligation_records')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

test('CR-11 CR-17.16 CR-18.1 DR-16 SR-11 SR-22 SR-23 SR-24 every recurring duty says how it closes, by which action or by a record', () => {
  const how = Object.fromEntries(RECURRING_RULES.map((r) => [r.id, r.closedBy?.by]));
  assert.deepEqual(how, {
    'CR-11': 'action',
    'CR-17.16': 'record',
    'CR-18.1': 'record',
    'DR-16': 'action',
    'SR-11': 'action',
    'SR-22': 'action',
    'SR-23': 'action',
    'SR-24': 'record',
  });
  for (const r of RECURRING_RULES)
    if (r.closedBy?.by === 'action')
      assert.ok(r.closedBy.capability && r.closedBy.actionLv && r.closedBy.actionEn, r.id);
});

test('CR-17.16 a doneOn in the future or before the period is refused naming /doneOn; an unknown document /documentId; nothing written', async () => {
  const cases = [
    [{ doneOn: '2026-11-21', note: 'Aptauja' }, '/doneOn', 'field_date_future'],
    [{ doneOn: '2025-12-31', note: 'Aptauja' }, '/doneOn', 'obligation_record_before_period'],
    [{ doneOn: '2026-11-02', note: '   ' }, '/note', 'field_required'],
    [
      { doneOn: '2026-11-02', note: 'Aptauja', documentId: '00000000-0000-4000-8000-000000000000' },
      '/documentId',
      'document_unknown',
    ],
  ] as const;
  for (const [body, field, code] of cases) {
    const res = await head.request('POST', URL(duty.survey!), body);
    assert.equal(res.status, 400, `${field}: ${res.body}`);
    assert.ok(
      res.json.errors.some((e: { field: string; code: string }) => e.field === field && e.code === code),
      res.body,
    );
  }
  assert.equal(await countRecords(), 0);
  const got = await head.request('GET', `/api/v1/obligations/${duty.survey}`);
  assert.equal(got.json.status, 'open');
  assert.deepEqual(got.json.closes, { by: 'record', capability: null, actionLv: null, actionEn: null, path: null });
});

test('CR-17.16 another organisation’s user gets 404; a centre employee of the same centre 403; nothing written', async () => {
  const body = { doneOn: '2026-11-02', note: 'Aptauja veikta' };
  assert.equal((await vidCoordinator.request('POST', URL(duty.survey!), body)).status, 404);
  assert.equal((await employee.request('POST', URL(duty.survey!), body)).status, 403);
  assert.equal((await head.request('POST', URL(duty.training!), body)).status, 404, 'VID’s duty, not Balvi’s');
  assert.equal(await countRecords(), 0);
});

test('CR-17.16 a centre head records the survey done with a document: fulfilled on time, closed by record, audited', async () => {
  const doc = await storeDocument(ctx.db, {
    bytes: pdfBytes('Aptaujas rezultati'),
    filename: 'aptauja-2026.pdf',
    organisationId: balviId,
    uploadedBy: null,
  });
  const res = await head.request('POST', URL(duty.survey!), {
    doneOn: '2026-11-02',
    note: 'Klientu apmierinātības aptauja veikta, rezultāti nosūtīti ministrijai.',
    documentId: doc.id,
  });
  assert.equal(res.status, 200, res.body);
  assert.equal(res.json.status, 'fulfilled_on_time');
  assert.equal(res.json.fulfilledOn, '2026-11-02');
  assert.equal(res.json.closedBy, 'record');
  assert.equal(res.json.record.doneOn, '2026-11-02');
  assert.equal(res.json.record.document.filename, 'aptauja-2026.pdf');
  assert.equal(res.json.record.recordedByName, 'Test centre_head');
  const [recorded] = await obligationEvents(ctx.db, 'obligation.record', duty.survey!);
  assert.equal((recorded!.after as { documentId: string }).documentId, doc.id);
  const [fulfilled] = await obligationEvents(ctx.db, 'obligation.fulfil', duty.survey!);
  assert.equal((fulfilled!.after as { closedBy: string }).closedBy, 'record');

  const again = await head.request('POST', URL(duty.survey!), { doneOn: '2026-11-03', note: 'Vēlreiz' });
  assert.equal(again.status, 409);
  assert.equal(again.json.code, 'obligation_not_open');
  assert.equal(await countRecords(), 1);
});

test('CR-18.1 SR-24 an institution’s coordinator records its yearly training and its satisfaction measurement', async () => {
  const training = await vidCoordinator.request('POST', URL(duty.training!), {
    doneOn: '2026-10-15',
    note: 'Mācības VPVKAC darbiniekiem par deklarācijām',
  });
  assert.equal(training.status, 200, training.body);
  assert.equal(training.json.closedBy, 'record');
  assert.equal(training.json.record.document, null);
  const measure = await vidCoordinator.request('POST', URL(duty.measure!), {
    doneOn: '2026-06-30',
    note: 'Mērījums publicēts vid.gov.lv',
    documentId: null,
  });
  assert.equal(measure.status, 200, measure.body);
  assert.equal(measure.json.status, 'fulfilled_on_time');
});

test('CR-11 DR-16 a duty that an action in a capability closes refuses a record: 409 naming the rule, still open', async () => {
  for (const [id, rule] of [
    [duty.committee!, 'CR-11'],
    [duty.basket!, 'DR-16'],
  ] as const) {
    const res = await supervisor.request('POST', URL(id), { doneOn: '2026-11-02', note: 'Notika' });
    assert.equal(res.status, 409, res.body);
    assert.equal(res.json.code, 'obligation_closed_by_action');
    assert.match(res.json.message ?? res.body, new RegExp(rule));
    const got = await supervisor.request('GET', `/api/v1/obligations/${id}`);
    assert.equal(got.json.status, 'open');
    assert.equal(got.json.closes.by, 'action');
  }
  const got = await supervisor.request('GET', `/api/v1/obligations/${duty.committee}`);
  assert.equal(got.json.closes.capability, 'committee');
  assert.equal(got.json.closes.path, '/committee/meetings');
});

test('DR-16 CR-17.16 the list and the counts show which duties were closed by action and which by a record', async () => {
  const varam = { organisationId: varamId };
  await fulfilAs(ctx.deps, {
    ruleId: 'DR-16',
    owner: varam,
    subject: { type: 'organisation', id: varamId },
    period: '2026',
    on: '2026-11-10',
  });
  const byRecord = await supervisor.request('GET', '/api/v1/obligations?status=fulfilled_on_time&closedBy=record');
  assert.equal(byRecord.status, 200, byRecord.body);
  assert.deepEqual(byRecord.json.items.map((o: { ruleId: string }) => o.ruleId).sort(), [
    'CR-17.16',
    'CR-18.1',
    'SR-24',
  ]);
  const byAction = await supervisor.request('GET', '/api/v1/obligations?closedBy=action');
  assert.deepEqual(
    byAction.json.items.map((o: { ruleId: string; closedBy: string }) => [o.ruleId, o.closedBy]),
    [['DR-16', 'action']],
  );
  const summary = await supervisor.request('GET', '/api/v1/obligations/summary');
  assert.equal(summary.json.totals.closedByRecord, 3);
  assert.equal(summary.json.totals.closedByAction, 1);
  const dr16 = summary.json.items.find((i: { ruleId: string }) => i.ruleId === 'DR-16');
  assert.equal(dr16.closedByAction, 1);
  assert.equal((await supervisor.request('GET', '/api/v1/obligations?closedBy=manual')).status, 400);
});
