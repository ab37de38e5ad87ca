// Authorised e-services through HTTP (AM-1.1, DR-29): which services are offered and started, who acts and reads,
// personal codes masked, bad input refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { login } from '../../test/support/http.ts';
import { auditEvents } from '../people/test-fixtures.ts';
import { buildService, CLIENT, start, takeSteps } from './test-fixtures.ts';
import {
  BASE,
  centreId,
  ctx,
  employee,
  employeeEmail,
  head,
  orgAdmin,
  otherCentreId,
  otherEmployee,
  serviceId,
  setup,
  supervisor,
  TODAY,
  written,
} from './test-world.ts';

before(setup);
after(() => ctx.close());

test('DR-29 only services whose published description allows filing on a client’s behalf are offered and can be started; others are 422 naming /serviceId', async () => {
  const notFilable = await buildService(ctx, { filable: false, name: 'Vecuma pensijas pieprasīšana' });
  const draftOnly = await buildService(ctx, { publish: false, name: 'Apbedīšanas pabalsts' });
  const offered = await employee.request('GET', `${BASE}/filable-services`);
  assert.equal(offered.status, 200, offered.body);
  const ids = offered.json.items.map((s: { id: string }) => s.id);
  assert.ok(ids.includes(serviceId), 'the filable published service is offered');
  assert.ok(
    !ids.includes(notFilable.id) && !ids.includes(draftOnly.id),
    'neither the unfilable nor the unpublished one',
  );
  const search = await employee.request('GET', `${BASE}/filable-services?q=berna kopsanas`);
  assert.deepEqual(
    search.json.items.map((s: { id: string }) => s.id),
    [serviceId],
    'searched without diacritics',
  );

  const before = await written();
  for (const id of [notFilable.id, draftOnly.id, '00000000-0000-4000-8000-000000000000']) {
    const res = await employee.request('POST', BASE, { centreId, serviceId: id });
    assert.equal(res.status, 422, res.body);
    assert.equal(res.json.code, 'eservice_not_filable');
    assert.deepEqual(
      res.json.errors.map((e: { field: string }) => e.field),
      ['/serviceId'],
    );
  }
  assert.deepEqual(await written(), before, 'nothing written');
});

test('AM-1.1 the centre’s employee starts one at their centre: 201, every AM-1.5 step listed not yet done, audited', async () => {
  const res = await employee.request('POST', BASE, { centreId, serviceId });
  assert.equal(res.status, 201, res.body);
  const e = res.json;
  assert.equal(e.status, 'in_progress');
  assert.equal(e.centre.id, centreId);
  assert.equal(e.service.name.lv, 'Pieteikums bērna kopšanas pabalstam');
  assert.equal(e.nextStep, 'identity');
  assert.equal(e.canAct, true);
  assert.equal(e.client, null);
  assert.deepEqual(
    e.steps.map((s: { step: string; done: boolean }) => [s.step, s.done]),
    [
      ['identity', false],
      ['portal_identification', false],
      ['data_use_informed', false],
      ['authorisation_signed', false],
      ['filed', false],
      ['completion_time_told', false],
      ['delivery', false],
      ['result_told', false],
      ['completed', false],
    ],
  );
  assert.deepEqual(e.steps[0].clauses, ['AM-1.5 22.1¹', 'DR-27.1']);
  const [event] = await auditEvents(ctx.db, 'authorised_eservice.start', e.id);
  assert.equal((event!.after as { rule: string }).rule, 'AM-1.1');
});

test('AM-1.1 only the centre’s own staff start and act; the ministry reads without personal data; others get 403 or 404', async () => {
  const id = await start(employee, centreId, serviceId);
  await takeSteps(employee, id, 'identity', TODAY);
  const before = await written();
  const elsewhere = await otherEmployee.request('POST', BASE, { centreId, serviceId });
  assert.equal(elsewhere.status, 400);
  assert.deepEqual(
    elsewhere.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    [['/centreId', 'centre_unknown']],
  );
  assert.equal((await otherEmployee.request('GET', `${BASE}/${id}`)).status, 404);
  assert.equal(
    (
      await otherEmployee.request('POST', `${BASE}/${id}/steps/portal_identification`, {
        means: 'eid_card',
        confirmed: true,
      })
    ).status,
    404,
  );
  assert.equal((await otherEmployee.request('GET', `${BASE}/${id}/client-code`)).status, 404);
  assert.equal(
    (await orgAdmin.request('GET', `${BASE}/${id}`)).status,
    403,
    'the municipality’s admin is not the centre’s staff',
  );
  assert.equal(
    (
      await supervisor.request('POST', `${BASE}/${id}/steps/portal_identification`, {
        means: 'eid_card',
        confirmed: true,
      })
    ).status,
    403,
  );
  assert.equal((await supervisor.request('GET', `${BASE}/${id}/client-code`)).status, 403);
  assert.deepEqual(await written(), before, 'nothing written');

  const read = await supervisor.request('GET', `${BASE}/${id}`);
  assert.equal(read.status, 200);
  assert.equal(read.json.canAct, false);
  assert.equal(read.json.client, null);
  assert.equal(read.json.clientName, null);
  assert.equal(read.json.personalCodeMasked, null);
  assert.equal(read.json.steps[0].done, true, 'the ministry sees who took which step and when');
  assert.ok(!read.body.includes('Ķēniņš'));
  const list = await supervisor.request('GET', `${BASE}?centreId=${centreId}`);
  assert.ok(list.json.items.some((i: { id: string }) => i.id === id));
  assert.equal(
    (await otherEmployee.request('GET', BASE)).json.items.some((i: { id: string }) => i.id === id),
    false,
    'another centre’s list does not show it',
  );
  assert.equal((await head.request('GET', `${BASE}/${id}`)).json.canAct, true, 'the head of the centre acts too');
});

test('personal codes are masked in every answer; showing one in full is a deliberate action recorded in the audit trail', async () => {
  const id = await start(employee, centreId, serviceId);
  const detail = await takeSteps(employee, id, 'identity', TODAY);
  assert.equal(detail.json.personalCodeMasked, CLIENT.masked);
  assert.equal(detail.json.client.personalCodeMasked, CLIENT.masked);
  assert.ok(!detail.body.includes('12342'), 'the full code is not in the detail');
  const list = await employee.request('GET', `${BASE}?centreId=${centreId}`);
  assert.equal(list.json.items.find((i: { id: string }) => i.id === id).personalCodeMasked, CLIENT.masked);
  assert.ok(!list.body.includes('12342'));
  const before = (await auditEvents(ctx.db, 'person.code_viewed', id)).length;
  const full = await employee.request('GET', `${BASE}/${id}/client-code`);
  assert.equal(full.status, 200);
  assert.deepEqual(full.json, { personalCode: CLIENT.personalCode });
  const events = await auditEvents(ctx.db, 'person.code_viewed', id);
  assert.equal(events.length, before + 1);
  assert.equal(events.at(-1)!.actor_label.startsWith('centre_employee.'), true, 'who viewed it');
  assert.ok(!JSON.stringify(events.at(-1)).includes('12342'), 'the event names the view, not the code');
  const none = await start(employee, centreId, serviceId);
  const early = await employee.request('GET', `${BASE}/${none}/client-code`);
  assert.deepEqual([early.status, early.json.code], [409, 'eservice_identity_first']);
});

test('bad input: unknown fields, wrong types and too long strings are 400 naming each field; nothing written', async () => {
  const id = await start(employee, centreId, serviceId);
  const before = await written();
  const res = await employee.request('POST', `${BASE}/${id}/steps/identity`, {
    name: 'x'.repeat(201),
    personalCode: 12019012342,
    document: { type: 'passport', number: 'LV1', validUntil: 'rīt' },
    extra: 1,
  });
  assert.equal(res.status, 400);
  const fields = Object.fromEntries(res.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]));
  assert.deepEqual(fields, {
    '/name': 'field_too_long',
    '/personalCode': 'field_type',
    '/document/number': 'field_too_short',
    '/document/validUntil': 'field_format',
    '/extra': 'field_unknown',
  });
  const start400 = await employee.request('POST', BASE, { centreId: 'nav-uuid', serviceId });
  assert.deepEqual(
    start400.json.errors.map((e: { field: string }) => e.field),
    ['/centreId'],
  );
  assert.equal(
    (await employee.request('POST', BASE, { centreId: otherCentreId, serviceId })).json.errors[0].code,
    'centre_unknown',
    'another municipality’s centre is not named',
  );
  await ctx.db
    .updateTable('centres')
    .set({ status: 'closed', closed_on: '2026-11-01' })
    .where('id', '=', centreId)
    .execute();
  const closed = await employee.request('POST', BASE, { centreId, serviceId });
  await ctx.db
    .updateTable('centres')
    .set({ status: 'operating', closed_on: null })
    .where('id', '=', centreId)
    .execute();
  assert.deepEqual([closed.status, closed.json.errors[0].code], [400, 'eservice_centre_not_serving']);
  assert.equal((await employee.request('GET', `${BASE}/nav-uuid`)).status, 400);
  assert.deepEqual(await written(), before, 'nothing written');
});

test('AM-1.1 the list filters by the Riga days started, both ends included; an end before the start or a bad date is 400 naming the field', async () => {
  // 23:30 in Riga on 23.11 is 21:30 UTC: still 23.11 for the filter; 00:30 in Riga on 25.11 is 22:30 UTC on 24.11.
  // A fresh login at each moment: the test clock jumps past the session's expiry.
  ctx.clock.set('2026-11-23T21:30:00Z');
  const late = await start(await login(ctx.app, employeeEmail), centreId, serviceId);
  ctx.clock.set('2026-11-24T22:30:00Z');
  const early = await start(await login(ctx.app, employeeEmail), centreId, serviceId);
  ctx.clock.set('2026-11-23T10:00:00Z');
  const employee = await login(ctx.app, employeeEmail);
  const ids = async (query: string) =>
    (await employee.request('GET', `${BASE}?limit=200&${query}`)).json.items.map((e: { id: string }) => e.id);
  const on23 = await ids('startedFrom=2026-11-23&startedTo=2026-11-23');
  assert.ok(on23.includes(late) && !on23.includes(early));
  const on25 = await ids('startedFrom=2026-11-25&startedTo=2026-11-25');
  assert.deepEqual(on25, [early]);
  assert.deepEqual(await ids('startedFrom=2026-11-24&startedTo=2026-11-24'), []);
  const all = await ids('');
  assert.equal((await ids('startedTo=2026-11-24')).length + on25.length, all.length);
  for (const [query, field] of [
    ['startedFrom=2026-11-25&startedTo=2026-11-24', '/startedTo'],
    ['startedTo=2026-13-01', '/startedTo'],
  ] as const) {
    const bad = await employee.request('GET', `${BASE}?${query}`);
    assert.equal(bad.status, 400, query);
    assert.equal(bad.json.errors[0].field, field, query);
  }
});
