// Registering complaints, questions and suggestions through HTTP (CR-17.13): routed to whoever answers (CR-19.7,
// CR-20.7), at their level (SR-19), with a due date from the calendar (Law on Submissions s. 5(1), DR-25.1.7.3);
// bad input named by its field with nothing written; and who sees which case.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { auditEvents, buildMunicipality } from '../people/test-fixtures.ts';
import { balviCentre } from '../centres/test-fixtures.ts';
import { addDays, rigaDate } from '../platform/time.ts';
import { buildService, feedbackCounts, registration } from './test-fixtures.ts';

let ctx: TestContext;
let centreId: string;
let pointId: string;
let balvi: string;
let vid: string;
let vidService: string;
let employee: Session;
let vidCoordinator: Session;
let urCoordinator: Session;
let supervisor: Session;
let committee: Session;
let stranger: Session;
let otherCentre: string;
let otherPoint: string;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  ({ centreId, pointId } = await balviCentre(ctx.db));
  balvi = await organisationId(ctx.db, 'Balvu novads');
  vid = await organisationId(ctx.db, 'VID');
  vidService = await buildService(ctx.db, vid, { name: 'Deklarāciju iesniegšana' });
  employee = await login(ctx.app, (await buildUser(ctx, { role: 'centre_employee' })).email);
  vidCoordinator = await login(
    ctx.app,
    (await buildUser(ctx, { role: 'institution_coordinator', organisation: 'VID' })).email,
  );
  urCoordinator = await login(
    ctx.app,
    (await buildUser(ctx, { role: 'institution_coordinator', organisation: 'UR' })).email,
  );
  supervisor = await login(ctx.app, (await buildUser(ctx, { role: 'ministry_supervisor' })).email);
  committee = await login(ctx.app, (await buildUser(ctx, { role: 'committee_member' })).email);
  const other = await buildMunicipality(ctx.db);
  otherCentre = other.centreId;
  otherPoint = (
    await ctx.db
      .insertInto('service_points')
      .values({ centre_id: otherCentre, name: 'Cits punkts', address: 'Cita iela 1' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  stranger = await login(
    ctx.app,
    (await buildUser(ctx, { role: 'centre_employee', organisation: other.shortName })).email,
  );
});
after(() => ctx.close());

const register = (session: Session, extra: Record<string, unknown> = {}) =>
  session.request('POST', '/api/v1/feedback-cases', registration(centreId, extra));

test('CR-17.13 CR-20.7 SR-19 a centre employee registers a question: routed to the centre, level 1, due in one month (IL-5.1), audited', async () => {
  const res = await register(employee, { servicePointId: pointId });
  assert.equal(res.status, 201, res.body);
  const c = res.json;
  assert.equal(c.kind, 'question');
  assert.equal(c.status, 'open');
  assert.equal(c.level, 1);
  assert.deepEqual(c.addressee, { kind: 'centre', organisationId: balvi, name: c.municipality.name });
  assert.equal(c.servicePoint.id, pointId);
  assert.equal(c.receivedAt, '2026-11-23T10:00:00.000Z');
  // Law on Submissions s. 5(1): one month from the day of receipt, on the municipality's calendar.
  assert.equal(c.dueDate, '2026-12-23');
  assert.equal(c.due.ruleId, 'IL-5.1');
  assert.equal(c.due.unit, 'months');
  assert.equal(c.due.obligationId, null);
  assert.deepEqual(c.submitter, {
    name: 'Jānis Bērziņš',
    replyChannel: 'email',
    replyAddress: 'janis.berzins@example.lv',
  });
  assert.deepEqual(c.rights, ['route', 'escalate', 'answer']);
  assert.equal(c.history.length, 1);
  assert.equal(c.history[0].type, 'registered');
  const [event] = await auditEvents(ctx.db, 'feedback.register', c.id);
  assert.ok(event, 'the registration is audited');
  const after = event.after as Record<string, unknown>;
  assert.equal(after.status, 'open');
  assert.equal(after.dueDate, '2026-12-23');
  assert.ok(
    !JSON.stringify(after).includes('Bērziņš') && !JSON.stringify(after).includes('izziņu'),
    'the audit trail keeps no personal data or texts',
  );
});

test("CR-19.7 SR-19.2 a complaint about an institution's service goes to its holder at level 2; a month landing on a holiday moves on", async () => {
  // Received on 18.10.2026.: one month is 18.11.2026., Proclamation Day, so the term ends the next working day.
  const res = await register(employee, {
    kind: 'complaint',
    serviceId: vidService,
    channel: 'post',
    receivedAt: '2026-10-18T09:00:00Z',
  });
  assert.equal(res.status, 201, res.body);
  assert.equal(res.json.level, 2);
  assert.equal(res.json.addressee.kind, 'holder');
  assert.equal(res.json.addressee.organisationId, vid);
  assert.equal(res.json.service.holder.id, vid);
  assert.equal(res.json.dueDate, '2026-11-19');
  assert.deepEqual(
    res.json.due.skipped.map((d: { date: string }) => d.date),
    ['2026-11-18'],
  );
  assert.equal(res.json.overdue, true, 'due 19.11.2026. and still open on 23.11.2026.');
  assert.deepEqual(res.json.rights, ['route'], 'the centre routes it, the institution answers');
});

test("DR-25.1.7.3 an e-mail to the centre is due in 3 working days and opens the centre's obligation", async () => {
  const res = await register(employee, { channel: 'email', receivedAt: '2026-11-16T08:00:00Z' });
  assert.equal(res.status, 201, res.body);
  assert.equal(res.json.due.ruleId, 'DR-25.1.7.3');
  assert.equal(res.json.dueDate, '2026-11-20', '17, 19, 20 November: the 18th is a holiday');
  const obligation = await ctx.db
    .selectFrom('obligations')
    .selectAll()
    .where('subject_id', '=', res.json.id)
    .executeTakeFirstOrThrow();
  assert.equal(obligation.id, res.json.due.obligationId);
  assert.equal(obligation.rule_id, 'DR-25.1.7.3');
  assert.equal(obligation.centre_id, centreId);
  assert.equal(obligation.due_date, '2026-11-20');
  // An e-address counts as e-mail; by post it is a submission with the month's term.
  assert.equal((await register(employee, { channel: 'e_address' })).json.due.ruleId, 'DR-25.1.7.3');
  assert.equal((await register(employee, { channel: 'post' })).json.due.ruleId, 'IL-5.1');
});

test('CR-20.7 the employee may route a case about an institution’s service to the centre, and a municipal service stays with the centre', async () => {
  const own = await buildService(ctx.db, balvi, { name: 'Dzīvesvietas deklarēšana' });
  const toCentre = await register(employee, { serviceId: vidService, routeTo: 'centre' });
  assert.equal(toCentre.json.addressee.kind, 'centre');
  const municipal = await register(employee, { serviceId: own });
  assert.equal(municipal.status, 201, municipal.body);
  assert.equal(municipal.json.addressee.kind, 'centre');
});

const badInputs: [string, Record<string, unknown>, string, string][] = [
  ['an unknown kind', { kind: 'praise' }, '/kind', 'field_enum'],
  ['an unknown channel', { channel: 'fax' }, '/channel', 'field_enum'],
  ['an unknown centre', { centreId: '00000000-0000-4000-8000-000000000000' }, '/centreId', 'centre_unknown'],
  ["another municipality's centre", { centreId: 'OTHER' }, '/centreId', 'feedback_centre_not_yours'],
  ["another centre's point", { servicePointId: 'OTHER_POINT' }, '/servicePointId', 'feedback_point_not_in_centre'],
  [
    'an unknown service',
    { serviceId: '00000000-0000-4000-8000-000000000000' },
    '/serviceId',
    'feedback_service_unknown',
  ],
  ['a draft service', { serviceId: 'DRAFT' }, '/serviceId', 'feedback_service_unknown'],
  ['a time in the future', { receivedAt: '2026-11-24T10:00:00Z' }, '/receivedAt', 'field_date_future'],
  [
    'a time before CR-17.13 was in force',
    { receivedAt: '2017-06-30T10:00:00Z' },
    '/receivedAt',
    'feedback_received_too_early',
  ],
  ['a text of spaces', { text: '   ' }, '/text', 'field_required'],
  ['a text too long', { text: 'x'.repeat(4001) }, '/text', 'field_too_long'],
  [
    'no reply address for e-mail',
    { submitter: { name: 'A', replyChannel: 'email' } },
    '/submitter/replyAddress',
    'field_required',
  ],
  [
    'a bad e-mail address',
    { submitter: { name: 'A', replyChannel: 'email', replyAddress: 'nav-epasts' } },
    '/submitter/replyAddress',
    'field_format',
  ],
  [
    'an address for an answer at the centre',
    { submitter: { name: 'A', replyChannel: 'in_person', replyAddress: 'Brīvības 1' } },
    '/submitter/replyAddress',
    'feedback_reply_address_not_needed',
  ],
  [
    'a name too long',
    { submitter: { name: 'x'.repeat(201), replyChannel: 'in_person' } },
    '/submitter/name',
    'field_too_long',
  ],
  ['an unknown field', { personalCode: '010101-12345' }, '/personalCode', 'field_unknown'],
  ['routing to the holder without a service', { routeTo: 'holder' }, '/routeTo', 'feedback_route_needs_service'],
];

test('bad input answers 400 naming the field, and writes nothing', async () => {
  const draft = await buildService(ctx.db, vid, { status: 'draft' });
  const replace = (value: unknown): unknown =>
    value === 'OTHER' ? otherCentre : value === 'OTHER_POINT' ? otherPoint : value === 'DRAFT' ? draft : value;
  const before = await feedbackCounts(ctx.db);
  for (const [label, extra, field, code] of badInputs) {
    const body = Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, replace(v)]));
    const res = await register(employee, body);
    assert.equal(res.status, 400, `${label}: ${res.body}`);
    const error = res.json.errors.find((e: { field: string }) => e.field === field);
    assert.ok(error, `${label}: names ${field} (${res.body})`);
    assert.equal(error.code, code, label);
  }
  assert.deepEqual(await feedbackCounts(ctx.db), before, 'nothing written');
});

test('who sees a case: the centre, the institution it is routed to, the ministry without the contact; others 404', async () => {
  const routed = (await register(employee, { kind: 'complaint', serviceId: vidService })).json;
  const own = (await register(employee, { text: 'Tikai centram' })).json;
  const path = (c: { id: string }) => `/api/v1/feedback-cases/${c.id}`;

  const asVid = await vidCoordinator.request('GET', path(routed));
  assert.equal(asVid.status, 200);
  assert.equal(
    asVid.json.submitter.replyAddress,
    'janis.berzins@example.lv',
    'the institution answers, so it reads the contact',
  );
  assert.deepEqual(asVid.json.rights, ['route', 'answer']);
  assert.equal((await vidCoordinator.request('GET', path(own))).status, 404, 'not routed to VID');
  assert.equal((await urCoordinator.request('GET', path(routed))).status, 404, 'another institution');
  assert.equal((await stranger.request('GET', path(own))).status, 404, "another municipality's employee");

  const asMinistry = await supervisor.request('GET', path(own));
  assert.equal(asMinistry.status, 200);
  assert.equal(asMinistry.json.submitter, null, 'the ministry reads the case, not the contact');
  assert.deepEqual(asMinistry.json.rights, []);
  assert.equal((await committee.request('GET', path(own))).status, 403);

  const vidList = (await vidCoordinator.request('GET', '/api/v1/feedback-cases?limit=200')).json;
  assert.ok(vidList.items.some((c: { id: string }) => c.id === routed.id));
  assert.ok(vidList.items.every((c: { addressee: { organisationId: string } }) => c.addressee.organisationId === vid));
  assert.equal((await stranger.request('GET', '/api/v1/feedback-cases')).json.total, 0);
  const all = (await supervisor.request('GET', '/api/v1/feedback-cases?limit=200')).json;
  assert.equal(all.total, (await employee.request('GET', '/api/v1/feedback-cases?limit=200')).json.total);
  assert.equal(
    (await stranger.request('POST', '/api/v1/feedback-cases', registration(centreId))).json.errors[0].code,
    'feedback_centre_not_yours',
  );
  assert.equal(
    (await vidCoordinator.request('POST', '/api/v1/feedback-cases', registration(centreId))).status,
    403,
    'institutions do not register at centres',
  );
});

test('the list filters by kind, status and overdue', async () => {
  const list = async (query: string) =>
    (await employee.request('GET', `/api/v1/feedback-cases?limit=200&${query}`)).json;
  const complaints = await list('kind=complaint');
  assert.ok(complaints.total >= 1 && complaints.items.every((c: { kind: string }) => c.kind === 'complaint'));
  const overdue = await list('overdue=true');
  assert.ok(
    overdue.total >= 1 &&
      overdue.items.every((c: { overdue: boolean; status: string }) => c.overdue && c.status === 'open'),
  );
  const notOverdue = await list('overdue=false&status=open');
  assert.ok(notOverdue.items.every((c: { overdue: boolean }) => !c.overdue));
  assert.equal(overdue.total + notOverdue.total, (await list('status=open')).total);
  assert.equal((await list('status=answered')).total, 0);
  const bad = await employee.request('GET', '/api/v1/feedback-cases?status=closed');
  assert.equal(bad.status, 400);
  assert.equal(bad.json.errors[0].field, '/status');
});

test('CR-17.13 the list filters by the days received, both ends included; an end before the start or a bad date is 400 naming the field', async () => {
  const list = async (query: string) =>
    (await employee.request('GET', `/api/v1/feedback-cases?limit=200&${query}`)).json;
  const dayOf = (c: { receivedAt: string }) => rigaDate(new Date(c.receivedAt));
  const days: string[] = (await list('')).items.map(dayOf).sort();
  assert.ok(days.length >= 2 && days[0] !== days.at(-1), days.join(', '));
  const first = days[0]!;
  const oneDay = await list(`receivedFrom=${first}&receivedTo=${first}`);
  assert.equal(oneDay.total, days.filter((d) => d === first).length);
  assert.ok(oneDay.items.every((c: { receivedAt: string }) => dayOf(c) === first));
  const later = await list(`receivedFrom=${addDays(first, 1)}`);
  assert.equal(later.total, days.filter((d) => d > first).length);
  const until = await list(`receivedTo=${first}`);
  assert.equal(until.total + later.total, days.length);
  for (const [query, field] of [
    [`receivedFrom=${first}&receivedTo=${addDays(first, -1)}`, '/receivedTo'],
    ['receivedFrom=2026-02-30', '/receivedFrom'],
  ] as const) {
    const bad = await employee.request('GET', `/api/v1/feedback-cases?${query}`);
    assert.equal(bad.status, 400, query);
    assert.equal(bad.json.errors[0].field, field, query);
  }
});

test('CR-17.13 a case names only a contact registered at its own centre: another centre’s contact or a made-up id is 400 naming /contactId, alike, and nothing is written', async () => {
  const employeeId = (await ctx.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id;
  const contactAt = async (centre: string, point: string) => {
    const id = crypto.randomUUID();
    const now = ctx.clock.now();
    await ctx.db
      .insertInto('contacts')
      .values({
        id,
        centre_id: centre,
        service_point_id: point,
        employee_id: employeeId,
        occurred_at: now,
        occurred_on: '2026-11-23',
        channel: 'in_person',
        type: 'complaint',
        service_ids: [],
        institution_ids: [],
        outcome: 'other',
        client_kind: null,
        client_code: null,
        note: null,
        due_on: null,
        answered_at: null,
        answered_by: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return id;
  };
  const own = await contactAt(centreId, pointId);
  const elsewhere = await contactAt(otherCentre, otherPoint);

  const before = await feedbackCounts(ctx.db);
  const answers = [];
  for (const contactId of [elsewhere, crypto.randomUUID()]) {
    const res = await register(employee, { kind: 'complaint', contactId });
    assert.equal(res.status, 400, res.body);
    assert.deepEqual(
      res.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
      [['/contactId', 'feedback_contact_unknown']],
    );
    answers.push(res.json.title + res.json.errors[0].message);
  }
  assert.equal(answers[0], answers[1], 'the answer does not tell whether the contact exists elsewhere');
  assert.deepEqual(await feedbackCounts(ctx.db), before, 'nothing written');

  const accepted = await register(employee, { kind: 'complaint', contactId: own });
  assert.equal(accepted.status, 201, accepted.body);
  assert.equal(accepted.json.contactId, own);
});
