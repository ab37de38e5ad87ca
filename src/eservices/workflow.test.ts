// The steps of an authorised e-service through HTTP (AM-1.5, DR-27.1, DR-28): in order, each with its checks, and
// the statistics over the records they leave.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { login } from '../../test/support/http.ts';
import { ADDRESS, CLIENT, start, stepInputs, takeSteps } from './test-fixtures.ts';
import {
  BASE,
  centreId,
  ctx,
  employee,
  employeeEmail,
  otherEmployee,
  serviceId,
  setup,
  supervisor,
  TODAY,
  written,
} from './test-world.ts';

before(setup);
after(() => ctx.close());

test('AM-1.5 DR-28 the whole workflow: each duty a step with who and when, each audited, in order', async () => {
  const id = await start(employee, centreId, serviceId);
  const done = await takeSteps(employee, id, 'completed', TODAY);
  const e = done.json;
  assert.equal(e.status, 'completed');
  assert.equal(e.nextStep, null);
  assert.ok(
    e.steps.every(
      (s: { done: boolean; doneBy: { name: string } | null; doneAt: string }) =>
        s.done && s.doneBy?.name === 'Test centre_employee' && s.doneAt,
    ),
  );
  assert.deepEqual(
    [
      e.documentType,
      e.eidMeans,
      e.centreCopyArchived,
      e.archiveReference,
      e.filedOn,
      e.plannedCompletionOn,
      e.deliveryChannel,
      e.resultAsked,
      e.resultToldOn,
      e.completedOn,
    ],
    ['passport', 'eparaksts_mobile', true, '2.6/15', TODAY, TODAY, 'post', true, TODAY, TODAY],
  );
  assert.deepEqual(e.client, {
    name: CLIENT.name,
    personalCodeMasked: CLIENT.masked,
    documentNumber: 'LV1234567',
    documentValidUntil: '2030-05-31',
    postalAddress: ADDRESS,
    filingReference: 'LVP-2026-000123',
  });
  assert.deepEqual(e.retention, { keptUntil: '2027-02-23', removableFrom: '2027-02-24', personalDataRemovedAt: null });
  const events = await ctx.db
    .selectFrom('audit_events')
    .select(['action', 'after'])
    .where('entity_id', '=', id)
    .orderBy('seq')
    .execute();
  assert.deepEqual(
    events.map((ev) => ev.action),
    [
      'authorised_eservice.start',
      'authorised_eservice.identity',
      'authorised_eservice.portal_identification',
      'authorised_eservice.data_use_informed',
      'authorised_eservice.authorisation_signed',
      'authorised_eservice.filed',
      'authorised_eservice.completion_time_told',
      'authorised_eservice.delivery',
      'authorised_eservice.result_told',
      'authorised_eservice.completed',
    ],
  );
  assert.deepEqual((events[7]!.after as { clauses: string[]; channel: string }).clauses, ['DR-28']);
  const trail = JSON.stringify(events);
  for (const personal of ['Ķēniņš', '12019012342', '120190-12342', 'LV1234567', 'Lāčplēša', 'LVP-2026-000123'])
    assert.ok(!trail.includes(personal), `the audit trail keeps no "${personal}"`);
});

test('AM-1.5 steps go in order, each once; nothing after completion', async () => {
  const id = await start(employee, centreId, serviceId);
  const early = await employee.request('POST', `${BASE}/${id}/steps/data_use_informed`, { confirmed: true });
  assert.equal(early.status, 409);
  assert.equal(early.json.code, 'eservice_step_out_of_order');
  assert.match(early.json.title, /nākamais solis: identity/);
  await takeSteps(employee, id, 'identity', TODAY);
  const again = await employee.request('POST', `${BASE}/${id}/steps/identity`, stepInputs(TODAY).identity);
  assert.equal(again.status, 409);
  await takeSteps(employee, id, 'completed', TODAY);
  const after = await employee.request('POST', `${BASE}/${id}/steps/completed`, {});
  assert.equal(after.json.code, 'eservice_completed');
});

test('DR-27.1 the identity needs a valid document: expired refused, valid today accepted; a bad personal code refused; nothing written', async () => {
  const id = await start(employee, centreId, serviceId);
  const identity = (document: Record<string, string>, personalCode = CLIENT.personalCode) =>
    employee.request('POST', `${BASE}/${id}/steps/identity`, {
      name: CLIENT.name,
      personalCode,
      document: { type: 'id_card', number: 'PA1234567', validUntil: TODAY, ...document },
    });
  const before = await written();
  const expired = await identity({ validUntil: '2026-11-22' });
  assert.equal(expired.status, 400);
  assert.deepEqual(
    expired.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    [['/document/validUntil', 'eservice_document_expired']],
  );
  for (const code of ['120190-12343', '290200-12340', '12019012', 'abcdefghijk']) {
    const res = await identity({}, code);
    assert.equal(res.status, 400, code);
    assert.equal(res.json.errors[0].field, '/personalCode', code);
  }
  const unknownType = await identity({ type: 'driving_licence' });
  assert.equal(unknownType.json.errors[0].field, '/document/type');
  assert.deepEqual(await written(), before, 'nothing written');
  // 23.11.2026 at 23:30 in Riga is still the 23rd, though UTC says 21:30: a document valid until today is valid.
  ctx.clock.set('2026-11-23T21:30:00Z');
  try {
    const late = await login(ctx.app, employeeEmail);
    const ok = await late.request('POST', `${BASE}/${id}/steps/identity`, {
      name: CLIENT.name,
      personalCode: '32123456789',
      document: { type: 'id_card', number: 'PA1234567', validUntil: TODAY },
    });
    assert.equal(ok.status, 200, ok.body);
    assert.equal(
      ok.json.client.personalCodeMasked,
      '321234-5****',
      'new-style codes (from 1.7.2017) are accepted without a check digit',
    );
  } finally {
    ctx.clock.set('2026-11-23T10:00:00Z');
  }
});

test('AM-1.5 22.1² 22.1³ 22.1⁵ each confirmation must be given; the filing reference is required', async () => {
  const id = await start(employee, centreId, serviceId);
  await takeSteps(employee, id, 'identity', TODAY);
  let before = await written();
  const portal = await employee.request('POST', `${BASE}/${id}/steps/portal_identification`, {
    means: 'eid_card',
    confirmed: false,
  });
  assert.deepEqual(
    portal.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    [['/confirmed', 'eservice_confirmation_required']],
  );
  assert.deepEqual(await written(), before, 'nothing written');
  await takeSteps(employee, id, 'data_use_informed', TODAY);
  before = await written();
  const signed = await employee.request('POST', `${BASE}/${id}/steps/authorisation_signed`, {
    bothCopiesSigned: true,
    centreCopyArchived: false,
  });
  assert.deepEqual(
    signed.json.errors.map((e: { field: string }) => e.field),
    ['/centreCopyArchived'],
  );
  assert.deepEqual(await written(), before, 'nothing written');
  await takeSteps(employee, id, 'authorisation_signed', TODAY);
  const filed = (body: Record<string, unknown>) =>
    employee
      .request('POST', `${BASE}/${id}/steps/filed`, body)
      .then((r) => r.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]));
  assert.deepEqual(await filed({ filingReference: '', dataConfirmed: true }), [['/filingReference', 'field_required']]);
  assert.deepEqual(await filed({ filingReference: '  ', dataConfirmed: true }), [
    ['/filingReference', 'field_pattern'],
  ]);
  assert.deepEqual(await filed({ filingReference: 'LVP-1', dataConfirmed: false }), [
    ['/dataConfirmed', 'eservice_confirmation_required'],
  ]);
});

test('DR-28 the result goes to the e-address when activated, otherwise by post to an address or in person at the centre', async () => {
  const id = await start(employee, centreId, serviceId);
  await takeSteps(employee, id, 'completion_time_told', TODAY);
  const before = await written();
  const delivery = (body: Record<string, unknown>) => employee.request('POST', `${BASE}/${id}/steps/delivery`, body);
  const cases: [Record<string, unknown>, string, string][] = [
    [
      { eAddressActivated: true, channel: 'post', postalAddress: ADDRESS },
      '/channel',
      'eservice_delivery_e_address_first',
    ],
    [{ eAddressActivated: false, channel: 'e_address' }, '/channel', 'eservice_delivery_e_address_not_activated'],
    [{ eAddressActivated: false, channel: 'post' }, '/postalAddress', 'field_required'],
    [{ eAddressActivated: false, channel: 'post', postalAddress: '  ' }, '/postalAddress', 'field_required'],
    [
      { eAddressActivated: false, channel: 'in_person', postalAddress: ADDRESS },
      '/postalAddress',
      'eservice_delivery_address_only_for_post',
    ],
    [{ eAddressActivated: false, channel: 'pigeon' }, '/channel', 'field_enum'],
  ];
  for (const [body, field, code] of cases) {
    const res = await delivery(body);
    assert.equal(res.status, 400, JSON.stringify(body));
    assert.deepEqual(
      res.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
      [[field, code]],
      JSON.stringify(body),
    );
  }
  assert.deepEqual(await written(), before, 'nothing written');
  const ok = await delivery({ eAddressActivated: true, channel: 'e_address' });
  assert.equal(ok.status, 200, ok.body);
  assert.deepEqual([ok.json.deliveryChannel, ok.json.client.postalAddress], ['e_address', null]);
  const inPerson = await start(employee, centreId, serviceId);
  const res = await takeSteps(employee, inPerson, 'delivery', TODAY, {
    delivery: { eAddressActivated: false, channel: 'in_person' },
  });
  assert.equal(res.json.deliveryChannel, 'in_person');
});

test('AM-1.5 22.1⁶ 22.1⁷ the planned date is not in the past (or none); the result is told only when asked, not in the future; completion not before filing', async () => {
  ctx.clock.set('2026-11-23T10:00:00Z');
  const id = await start(employee, centreId, serviceId);
  await takeSteps(employee, id, 'filed', TODAY);
  const past = await employee.request('POST', `${BASE}/${id}/steps/completion_time_told`, {
    plannedCompletionOn: '2026-11-20',
  });
  assert.deepEqual(
    past.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    [['/plannedCompletionOn', 'eservice_date_in_past']],
  );
  const none = await employee.request('POST', `${BASE}/${id}/steps/completion_time_told`, {
    plannedCompletionOn: null,
  });
  assert.equal(none.status, 200, 'the e-service gives no planned time');
  await takeSteps(employee, id, 'delivery', TODAY);
  const result = (body: Record<string, unknown>) => employee.request('POST', `${BASE}/${id}/steps/result_told`, body);
  for (const [body, field, code] of [
    [{ asked: true }, '/toldOn', 'field_required'],
    [{ asked: true, toldOn: '2026-11-24' }, '/toldOn', 'eservice_date_in_future'],
    [{ asked: true, toldOn: '2026-11-22' }, '/toldOn', 'eservice_date_before_filing'],
    [{ asked: false, toldOn: TODAY }, '/toldOn', 'eservice_result_not_asked'],
    [{ asked: true, toldOn: '2026-02-30' }, '/toldOn', 'field_format'],
  ] as const) {
    const res = await result(body);
    assert.deepEqual(
      res.json.errors?.map((e: { field: string; code: string }) => [e.field, e.code]),
      [[field, code]],
      JSON.stringify(body),
    );
  }
  assert.equal((await result({ asked: false })).json.resultAsked, false);
  const future = await employee.request('POST', `${BASE}/${id}/steps/completed`, { completedOn: '2026-11-24' });
  assert.deepEqual(
    future.json.errors.map((e: { code: string }) => e.code),
    ['eservice_date_in_future'],
  );
  const done = await employee.request('POST', `${BASE}/${id}/steps/completed`, { completedOn: TODAY });
  assert.equal(done.json.completedOn, TODAY);
});

test('the statistics count records by centre, service, status and delivery channel without personal data', async () => {
  const res = await supervisor.request('GET', `${BASE}/statistics?from=2026-11-01&to=2026-11-30`);
  assert.equal(res.status, 200, res.body);
  const mine = res.json.items.filter((i: { centre: { id: string } }) => i.centre.id === centreId);
  assert.ok(mine.length > 0);
  assert.ok(
    mine.some(
      (i: { status: string; deliveryChannel: string | null; count: number }) =>
        i.status === 'completed' && i.deliveryChannel === 'post' && i.count >= 1,
    ),
  );
  assert.ok(!res.body.includes('Ķēniņš') && !res.body.includes('120190'));
  const reversed = await supervisor.request('GET', `${BASE}/statistics?from=2026-11-30&to=2026-11-01`);
  assert.deepEqual([reversed.status, reversed.json.errors[0].field], [400, '/to']);
  const staffView = await otherEmployee.request('GET', `${BASE}/statistics?from=2026-11-01&to=2026-11-30`);
  assert.equal(
    staffView.json.items.some((i: { centre: { id: string } }) => i.centre.id === centreId),
    false,
    'staff count their own centres only',
  );
});
