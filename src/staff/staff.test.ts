// The centre's own staff through HTTP (BV-3): the staff list with its validation, absences with their substitutes
// (an overlap refused, a substitute who is away flagged), BV-3.4 (the head's deputy is the executive director's to
// name), and who may do what (403 for a role outside the routes, 404 outside the caller's scope). Every write
// audited; a refused write changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { auditEvents, buildMunicipality } from '../people/test-fixtures.ts';
import { balviCentre } from '../centres/test-fixtures.ts';
import { loadStaffDemo } from './index.ts';
import { member, staffWorld, type StaffWorld } from './test-fixtures.ts';

let ctx: TestContext;
let w: StaffWorld;
let anna: string;
let ben: string;
let headMember: string;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-16T08:00:00Z');
  w = await staffWorld(ctx);
  anna = (await addMember(w.head, member('Anna Ābele'))).id;
  ben = (await addMember(w.head, member('Benedikts Bērziņš', { servicePointId: w.pointId }))).id;
  const head = await w.admin.request(
    'POST',
    `/api/v1/centres/${w.centreId}/staff`,
    member('Helēna Vadītāja', { isHead: true, userId: w.headUserId, position: 'Centra vadītāja' }),
  );
  assert.equal(head.status, 201, head.body);
  headMember = head.json.id;
});
after(() => ctx.close());

async function addMember(session: Session, body: unknown) {
  const res = await session.request('POST', `/api/v1/centres/${w.centreId}/staff`, body);
  assert.equal(res.status, 201, res.body);
  return res.json as { id: string };
}
const absence = (session: Session, body: Record<string, unknown>) =>
  session.request('POST', `/api/v1/centres/${w.centreId}/absences`, body);
const countAbsences = async () =>
  Number(
    (
      await ctx.db
        .selectFrom('staff_absences')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

test('BV-3.1 the head keeps the staff list: the head first, each with position, point and employment; audited', async () => {
  const res = await w.head.request('GET', `/api/v1/centres/${w.centreId}/staff`);
  assert.equal(res.status, 200, res.body);
  assert.deepEqual(
    res.json.items.map((m: { name: string }) => m.name),
    ['Helēna Vadītāja', 'Anna Ābele', 'Benedikts Bērziņš'],
  );
  const ben_ = res.json.items.find((m: { id: string }) => m.id === ben);
  assert.equal(ben_.servicePoint.id, w.pointId);
  assert.equal(res.json.items[0].user.id, w.headUserId);
  assert.equal((await auditEvents(ctx.db, 'staff.member_add', anna)).length, 1);
});

test('BV-3.1 bad input is refused naming each field, and nothing is written', async () => {
  const before = await ctx.db.selectFrom('staff_members').select('id').execute();
  const res = await w.head.request(
    'POST',
    `/api/v1/centres/${w.centreId}/staff`,
    member('Jauns Darbinieks', { employedUntil: '2023-12-31', servicePointId: '00000000-0000-4000-8000-000000000001' }),
  );
  assert.equal(res.status, 400, res.body);
  const fields = res.json.errors.map((e: { field: string }) => e.field).sort();
  assert.deepEqual(fields, ['/employedUntil', '/servicePointId']);
  const blank = await w.head.request('POST', `/api/v1/centres/${w.centreId}/staff`, member(' '));
  assert.equal(blank.status, 400);
  assert.equal(blank.json.errors[0].field, '/name');
  const missing = await w.head.request('POST', `/api/v1/centres/${w.centreId}/staff`, { name: 'Bez amata' });
  assert.equal(missing.status, 400);
  assert.ok(missing.json.errors.some((e: { field: string }) => e.field === '/position'));
  assert.equal((await ctx.db.selectFrom('staff_members').select('id').execute()).length, before.length);
});

test('BV-3.2 only the executive director’s side marks the head: the head cannot (400 /isHead)', async () => {
  const res = await w.head.request('POST', `/api/v1/centres/${w.centreId}/staff`, member('Cits', { isHead: true }));
  assert.equal(res.status, 400, res.body);
  assert.equal(res.json.errors[0].field, '/isHead');
  assert.equal(res.json.errors[0].code, 'staff_head_set_by_director');
});

test('BV-3.9 an absence overlapping another of the same person is refused (409 naming /startsOn), nothing written', async () => {
  const first = await absence(w.head, {
    memberId: anna,
    kind: 'vacation',
    startsOn: '2026-12-07',
    endsOn: '2026-12-11',
    substituteId: ben,
  });
  assert.equal(first.status, 201, first.body);
  assert.equal((await auditEvents(ctx.db, 'staff.absence_record', first.json.id)).length, 1);
  const count = await countAbsences();
  const clash = await absence(w.head, {
    memberId: anna,
    kind: 'sick_leave',
    startsOn: '2026-12-11',
    endsOn: '2026-12-14',
  });
  assert.equal(clash.status, 409, clash.body);
  assert.equal(clash.json.code, 'staff_absence_overlaps');
  assert.equal(clash.json.errors[0].field, '/startsOn');
  assert.match(clash.json.title, /07\.12\.2026/);
  assert.equal(await countAbsences(), count);
  const reversed = await absence(w.head, {
    memberId: anna,
    kind: 'training',
    startsOn: '2026-12-20',
    endsOn: '2026-12-19',
  });
  assert.equal(reversed.status, 400);
  assert.equal(reversed.json.errors[0].field, '/endsOn');
  const self = await absence(w.head, {
    memberId: anna,
    kind: 'training',
    startsOn: '2027-01-04',
    endsOn: '2027-01-04',
    substituteId: anna,
  });
  assert.equal(self.status, 400);
  assert.equal(self.json.errors[0].field, '/substituteId');
  assert.equal(await countAbsences(), count);
});

test('BV-3.9 a substitute who is absent at the same time is flagged on the days they are away', async () => {
  const trip = await absence(w.head, {
    memberId: ben,
    kind: 'business_trip',
    startsOn: '2026-12-10',
    endsOn: '2026-12-15',
    substituteId: anna,
  });
  assert.equal(trip.status, 201, trip.body);
  assert.deepEqual(trip.json.flags.substituteAbsentOn, ['2026-12-10', '2026-12-11']);
  const list = await w.head.request('GET', `/api/v1/centres/${w.centreId}/absences?from=2026-12-01&to=2026-12-31`);
  assert.equal(list.status, 200, list.body);
  const vacation = list.json.items.find((a: { member: { id: string } }) => a.member.id === anna);
  assert.deepEqual(vacation.flags.substituteAbsentOn, ['2026-12-10', '2026-12-11']);
  assert.equal(vacation.substitute.name, 'Benedikts Bērziņš');
});

test('BV-3.4 the head’s own absence: the head cannot name the deputy; the municipality’s admin (the executive director) does, audited', async () => {
  const refused = await absence(w.head, {
    memberId: headMember,
    kind: 'vacation',
    startsOn: '2027-02-01',
    endsOn: '2027-02-05',
    substituteId: anna,
  });
  assert.equal(refused.status, 400, refused.body);
  assert.equal(refused.json.errors[0].field, '/substituteId');
  assert.equal(refused.json.errors[0].code, 'staff_head_deputy_by_director');
  const recorded = await absence(w.head, {
    memberId: headMember,
    kind: 'vacation',
    startsOn: '2027-02-01',
    endsOn: '2027-02-05',
  });
  assert.equal(recorded.status, 201, recorded.body);
  assert.equal(recorded.json.flags.awaitingDeputy, true);
  const byHead = await w.head.request('PUT', `/api/v1/staff-absences/${recorded.json.id}/substitute`, {
    substituteId: anna,
  });
  assert.equal(byHead.status, 400);
  const named = await w.admin.request('PUT', `/api/v1/staff-absences/${recorded.json.id}/substitute`, {
    substituteId: anna,
  });
  assert.equal(named.status, 200, named.body);
  assert.equal(named.json.substitute.name, 'Anna Ābele');
  assert.equal(named.json.flags.awaitingDeputy, false);
  assert.equal(named.json.substituteNamedBy, 'Test org_admin');
  assert.equal((await auditEvents(ctx.db, 'staff.deputy_name', recorded.json.id)).length, 1);
});

test('BV-3 403 for a role outside the routes; 404 for another centre’s head and another municipality’s admin', async () => {
  const employee = await login(ctx.app, (await buildUser(ctx, { role: 'centre_employee' })).email);
  assert.equal((await employee.request('GET', `/api/v1/centres/${w.centreId}/staff`)).status, 403);
  assert.equal((await employee.request('POST', `/api/v1/centres/${w.centreId}/staff`, member('X'))).status, 403);
  // The factory's head heads the municipality's first centre, not this one.
  const otherHead = await login(ctx.app, (await buildUser(ctx, { role: 'centre_head' })).email);
  for (const path of ['staff', 'absences', 'continuity', 'morning'])
    assert.equal((await otherHead.request('GET', `/api/v1/centres/${w.centreId}/${path}`)).status, 404, path);
  const count = await countAbsences();
  const write = await absence(otherHead, {
    memberId: anna,
    kind: 'training',
    startsOn: '2027-03-01',
    endsOn: '2027-03-01',
  });
  assert.equal(write.status, 404);
  const other = await buildMunicipality(ctx.db);
  const foreignAdmin = await login(
    ctx.app,
    (await buildUser(ctx, { role: 'org_admin', organisation: other.shortName })).email,
  );
  assert.equal((await foreignAdmin.request('GET', `/api/v1/centres/${w.centreId}/staff`)).status, 404);
  assert.equal((await w.head.request('GET', '/api/v1/continuity/overview')).status, 403);
  assert.equal(await countAbsences(), count);
});

test('CR-17.11 the demo data: the Balvi centre’s staff with a gap on one day next week, loaded once', async () => {
  const { centreId } = await balviCentre(ctx.db);
  await loadStaffDemo(ctx.deps);
  await loadStaffDemo(ctx.deps);
  const members = await ctx.db.selectFrom('staff_members').select('id').where('centre_id', '=', centreId).execute();
  assert.equal(members.length, 3);
  const maintainer = await login(ctx.app, (await buildUser(ctx, { role: 'maintainer' })).email);
  const res = await maintainer.request('GET', `/api/v1/centres/${centreId}/continuity?from=2026-11-23&to=2026-12-04`);
  assert.equal(res.status, 200, res.body);
  const days = [...new Set(res.json.gaps.map((g: { date: string }) => g.date))];
  assert.deepEqual(days, ['2026-11-25']);
});

test('BV-3.1 the head ends a person’s employment (audited with before and after); BV-3.2 the head mark stays the director’s', async () => {
  const carl = await addMember(w.head, member('Kārlis Kalniņš'));
  const ended = await w.head.request('PATCH', `/api/v1/staff/${carl.id}`, { employedUntil: '2026-12-31' });
  assert.equal(ended.status, 200, ended.body);
  assert.equal(ended.json.employedUntil, '2026-12-31');
  const [event] = await auditEvents(ctx.db, 'staff.member_change', carl.id);
  assert.ok(event);
  const before = await ctx.db
    .selectFrom('staff_members')
    .selectAll()
    .where('id', '=', carl.id)
    .executeTakeFirstOrThrow();
  const head = await w.head.request('PATCH', `/api/v1/staff/${carl.id}`, { isHead: true });
  assert.equal(head.status, 400);
  assert.equal(head.json.errors[0].field, '/isHead');
  const early = await w.head.request('PATCH', `/api/v1/staff/${carl.id}`, { employedUntil: '2023-01-01' });
  assert.equal(early.status, 400);
  assert.equal(early.json.errors[0].field, '/employedUntil');
  const after = await ctx.db
    .selectFrom('staff_members')
    .selectAll()
    .where('id', '=', carl.id)
    .executeTakeFirstOrThrow();
  assert.deepEqual(after, before);
});
