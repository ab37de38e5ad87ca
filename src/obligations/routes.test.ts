// The obligations API over HTTP on a real database: scope (an organisation's people see its obligations, the
// ministry the network), overdue in Riga time whatever the server's zone, counts per rule, the registry, bad input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { buildObligation, fulfilAs } from '../../test/support/obligations.ts';
import { login, type Session } from '../../test/support/http.ts';
import type { Role } from '../platform/access/roles.ts';
import { RULE_IDS } from './rules.ts';

let ctx: TestContext;
let balviEmployee: Session;
let supervisor: Session;
let vidCoordinator: Session;
let balviId: string;
let vidId: string;
let balviDuty: string;
let vidDuty: string;

before(async () => {
  ctx = await testContext();
  balviId = await organisationId(ctx.db, 'Balvu novads');
  vidId = await organisationId(ctx.db, 'VID');
  // The tests move the clock to 2025: the roles are in force from before then.
  const user = async (role: Role) => login(ctx.app, (await buildUser(ctx, { role, validFrom: '2025-01-01' })).email);
  balviEmployee = await user('centre_employee');
  supervisor = await user('ministry_supervisor');
  vidCoordinator = await user('institution_coordinator');
  // Access granted on 2025-11-14: DR-21.2 (municipality, 10 working days) and DR-22.2 (institution, 5).
  balviDuty = (
    await buildObligation(ctx.deps, { ruleId: 'DR-21.2', organisation: 'Balvu novads', startDate: '2025-11-14' })
  ).row.id;
  vidDuty = (await buildObligation(ctx.deps, { ruleId: 'DR-22.2', organisation: 'VID', startDate: '2025-11-14' })).row
    .id;
});
after(() => ctx.close());

const LIST = '/api/v1/obligations';
const ids = (res: { json: { items: { id: string }[] } }) => res.json.items.map((o) => o.id);

test('DR-19.4 a centre employee of Balvi sees Balvi’s obligations, not VID’s; the ministry sees both', async () => {
  ctx.clock.set('2025-11-20T10:00:00Z');
  const own = await balviEmployee.request('GET', LIST);
  assert.equal(own.status, 200, own.body);
  assert.deepEqual(ids(own), [balviDuty]);
  assert.equal(own.json.items[0].organisationName, 'Balvu novada pašvaldība');
  assert.equal((await balviEmployee.request('GET', `${LIST}/${vidDuty}`)).status, 404);
  assert.deepEqual(ids(await balviEmployee.request('GET', `${LIST}?organisationId=${vidId}`)), []);
  assert.deepEqual(ids(await vidCoordinator.request('GET', LIST)), [vidDuty]);

  const network = await supervisor.request('GET', LIST);
  assert.deepEqual(ids(network), [vidDuty, balviDuty], 'earliest due first');
  assert.deepEqual(ids(await supervisor.request('GET', `${LIST}?organisationId=${balviId}`)), [balviDuty]);
  assert.deepEqual(ids(await supervisor.request('GET', `${LIST}?rule=DR-22.2`)), [vidDuty]);
});

test('one obligation with the explanation of its due date', async () => {
  const res = await balviEmployee.request('GET', `${LIST}/${balviDuty}`);
  assert.equal(res.status, 200);
  const o = res.json;
  assert.deepEqual(
    [o.ruleId, o.ruleTitleEn, o.startDate, o.dueDate, o.subjectType],
    [
      'DR-21.2',
      'Municipality identifies itself and gives its contact channels',
      '2025-11-14',
      '2025-12-02',
      'proposal',
    ],
  );
  assert.deepEqual(
    o.explanation.skipped.map((s: { date: string; reason: string }) => [s.date, s.reason]),
    [
      ['2025-11-17', 'transferred_day_off'],
      ['2025-11-18', 'public_holiday'],
    ],
  );
  assert.equal(o.explanation.unit, 'working_days');
  assert.equal(o.explanation.amount, 10);
});

test('DR-22.2 overdue is decided at Riga midnight, whatever the server’s time zone', async () => {
  const zone = process.env.TZ;
  process.env.TZ = 'Pacific/Kiritimati';
  try {
    // Due 2025-11-25 (5 working days after the 14th, over the 17th and 18th); Riga is UTC+2 in November.
    ctx.clock.set('2025-11-25T21:59:59Z');
    const before = await supervisor.request('GET', `${LIST}/${vidDuty}`);
    assert.equal(before.json.status, 'open');
    assert.deepEqual(ids(await supervisor.request('GET', `${LIST}?status=overdue`)), []);
    ctx.clock.set('2025-11-25T22:00:00Z');
    assert.equal((await supervisor.request('GET', `${LIST}/${vidDuty}`)).json.status, 'overdue');
    assert.deepEqual(ids(await supervisor.request('GET', `${LIST}?status=overdue`)), [vidDuty]);
    assert.deepEqual(ids(await supervisor.request('GET', `${LIST}?status=open`)), [balviDuty]);
    assert.deepEqual(ids(await supervisor.request('GET', `${LIST}?status=outstanding`)), [vidDuty, balviDuty]);
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
});

test('the summary counts per rule and status in the caller’s scope, with the list’s filters', async () => {
  ctx.clock.set('2025-12-10T10:00:00Z');
  const late = await buildObligation(ctx.deps, { ruleId: 'DR-22.2', organisation: 'VSAA', startDate: '2025-11-14' });
  await fulfilAs(ctx.deps, { ruleId: 'DR-22.2', subject: late.subject, on: '2025-12-01' });
  const all = await supervisor.request('GET', `${LIST}/summary`);
  assert.equal(all.status, 200, all.body);
  const byRule = Object.fromEntries(all.json.items.map((i: { ruleId: string }) => [i.ruleId, i]));
  assert.deepEqual(Object.keys(byRule), ['DR-21.2', 'DR-22.2'], 'registry order, rules without obligations left out');
  assert.deepEqual([byRule['DR-22.2'].overdue, byRule['DR-22.2'].fulfilledLate, byRule['DR-22.2'].total], [1, 1, 2]);
  assert.deepEqual([byRule['DR-21.2'].overdue, byRule['DR-21.2'].open], [1, 0]);
  assert.deepEqual([all.json.totals.overdue, all.json.totals.fulfilledLate, all.json.totals.total], [2, 1, 3]);
  const mine = await balviEmployee.request('GET', `${LIST}/summary`);
  assert.deepEqual(
    mine.json.items.map((i: { ruleId: string }) => i.ruleId),
    ['DR-21.2'],
  );
  const filtered = await supervisor.request('GET', `${LIST}/summary?rule=DR-22.2&status=fulfilled_late`);
  assert.deepEqual(filtered.json.totals.total, 1);
  const fulfilled = await supervisor.request('GET', `${LIST}?status=fulfilled_late`);
  assert.equal(fulfilled.json.items[0].fulfilledOn, '2025-12-01');
});

test('the registry of rules: every rule with its requirement ID, unit and versions', async () => {
  const res = await vidCoordinator.request('GET', '/api/v1/obligation-rules');
  assert.equal(res.status, 200);
  assert.deepEqual(
    res.json.items.map((r: { id: string }) => r.id),
    [...RULE_IDS],
  );
  const cr191 = res.json.items.find((r: { id: string }) => r.id === 'CR-19.1');
  assert.deepEqual(
    cr191.versions.map((v: Record<string, unknown>) => [v.unit, v.amount, v.direction, v.validFrom]),
    [['working_days', 5, 'before', '2017-07-01']],
  );
  const sr22 = res.json.items.find((r: { id: string }) => r.id === 'SR-22');
  assert.deepEqual(
    [sr22.recurrence.every, sr22.versions[0].monthDay, sr22.versions[0].validFrom],
    ['year', '04-01', '2020-01-01'],
  );
});

test('bad filters are 400 naming the field', async () => {
  const fieldsOf = async (query: string) => {
    const res = await supervisor.request('GET', `${LIST}?${query}`);
    assert.equal(res.status, 400, query);
    return res.json.errors.map((e: { field: string }) => e.field).sort();
  };
  assert.deepEqual(await fieldsOf('rule=CR-99'), ['/rule']);
  assert.deepEqual(await fieldsOf('status=late'), ['/status']);
  assert.deepEqual(await fieldsOf('dueFrom=2026-02-30'), ['/dueFrom']);
  assert.deepEqual(await fieldsOf('dueFrom=2026-03-01&dueTo=2026-02-01'), ['/dueTo']);
  assert.deepEqual(await fieldsOf('organisationId=balvi&limit=500'), ['/limit', '/organisationId']);
  assert.deepEqual(await fieldsOf('owner=me'), ['/owner']);
  assert.equal((await supervisor.request('GET', `${LIST}/summary?status=late`)).status, 400);
  assert.equal((await supervisor.request('GET', `${LIST}/not-a-uuid`)).status, 400);
});
