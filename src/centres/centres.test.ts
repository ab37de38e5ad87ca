// Centres through HTTP: creating, changing within scope, and the lifecycle table with its guards and the DR-12.3
// closing deadline; every change audited with the centre before and after.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { currentVersion } from '../../test/support/versions.ts';
import { auditEvents } from '../people/test-fixtures.ts';
import { balviCentre, buildCentre } from './test-fixtures.ts';

let ctx: TestContext;
let maintainer: Session;
let balviAdmin: Session;
let balviHead: Session;
let balvi: string;
let balviCentreId: string;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  balvi = await organisationId(ctx.db, 'Balvu novads');
  balviCentreId = (await balviCentre(ctx.db)).centreId;
  maintainer = await login(ctx.app, (await buildUser(ctx, { role: 'maintainer' })).email);
  balviAdmin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin' })).email);
  balviHead = await login(ctx.app, (await buildUser(ctx, { role: 'centre_head' })).email);
});
after(() => ctx.close());

const transition = (session: Session, id: string, body: Record<string, unknown>) =>
  session.request('POST', `/api/v1/centres/${id}/transitions`, body);

test("CR-4 a municipality's admin adds a centre to its own municipality; it starts as planned and is audited", async () => {
  const res = await balviAdmin.request('POST', '/api/v1/centres', {
    municipalityId: balvi,
    name: 'Balvu otrais centrs',
    kind: 'county',
    placeName: 'Balvi',
    placeLevel: 'regional',
  });
  assert.equal(res.status, 201, res.body);
  assert.equal(res.json.status, 'planned');
  assert.deepEqual(res.json.actions, ['open', 'cancel_plan']);
  assert.ok(res.json.rights.includes('edit_details'));
  const events = await auditEvents(ctx.db, 'centre.create', res.json.id);
  assert.equal((events[0]!.after as { name: string }).name, 'Balvu otrais centrs');
});

test('a centre is refused in a municipality outside the caller scope, or in an organisation that is not a municipality', async () => {
  const other = await buildCentre(ctx.db);
  const outside = await balviAdmin.request('POST', '/api/v1/centres', {
    municipalityId: other.municipalityId,
    name: 'Svešs',
  });
  assert.equal(outside.status, 400);
  assert.deepEqual(
    [outside.json.errors[0].field, outside.json.errors[0].code],
    ['/municipalityId', 'scope_not_allowed'],
  );
  const vid = await organisationId(ctx.db, 'VID');
  const notMunicipality = await maintainer.request('POST', '/api/v1/centres', {
    municipalityId: vid,
    name: 'VID centrs',
  });
  assert.equal(notMunicipality.json.errors[0].code, 'organisation_not_municipality');
});

test('CR-20.3 the head of centre must be a user of its municipality', async () => {
  const head = await buildUser(ctx, { role: 'centre_employee' });
  const ok = await balviAdmin.request(
    'PATCH',
    `/api/v1/centres/${balviCentreId}`,
    { headUserId: head.id, phone: '+371 64500001' },
    await currentVersion(ctx.db, 'centres', balviCentreId),
  );
  assert.equal(ok.status, 200, ok.body);
  assert.equal(ok.json.head.id, head.id);
  const events = await auditEvents(ctx.db, 'centre.update', balviCentreId);
  assert.equal((events.at(-1)!.before as { phone: string | null }).phone, null);
  assert.equal((events.at(-1)!.after as { phone: string }).phone, '+371 64500001');
  const stranger = await buildUser(ctx, { role: 'institution_coordinator' });
  const bad = await balviAdmin.request(
    'PATCH',
    `/api/v1/centres/${balviCentreId}`,
    { headUserId: stranger.id },
    await currentVersion(ctx.db, 'centres', balviCentreId),
  );
  assert.equal(bad.status, 400);
  assert.deepEqual(
    [bad.json.errors[0].field, bad.json.errors[0].code],
    ['/headUserId', 'centre_head_not_in_municipality'],
  );
});

test("CR-20.3 the head of centre changes its centre's contacts, not its name (403), and not another centre (404)", async () => {
  const contacts = await balviHead.request(
    'PATCH',
    `/api/v1/centres/${balviCentreId}`,
    { email: 'VPVKAC@balvi.lv', eAddress: '_DEFAULT@90009115622' },
    await currentVersion(ctx.db, 'centres', balviCentreId),
  );
  assert.equal(contacts.status, 200, contacts.body);
  assert.equal(contacts.json.email, 'vpvkac@balvi.lv');
  assert.deepEqual(contacts.json.rights, ['edit_contacts', 'edit_points', 'edit_reception']);
  assert.deepEqual(contacts.json.actions, []);
  const rename = await balviHead.request(
    'PATCH',
    `/api/v1/centres/${balviCentreId}`,
    { name: 'Jauns nosaukums', kind: 'regional' },
    await currentVersion(ctx.db, 'centres', balviCentreId),
  );
  assert.equal(rename.status, 403);
  assert.deepEqual(
    rename.json.errors.map((e: { field: string }) => e.field),
    ['/name', '/kind'],
  );
  const other = await buildCentre(ctx.db);
  assert.equal(
    (
      await balviHead.request(
        'PATCH',
        `/api/v1/centres/${other.centreId}`,
        { phone: '+371 60000000' },
        await currentVersion(ctx.db, 'centres', other.centreId),
      )
    ).status,
    404,
  );
  assert.equal(
    (
      await balviAdmin.request(
        'PATCH',
        `/api/v1/centres/${other.centreId}`,
        { phone: '+371 60000000' },
        await currentVersion(ctx.db, 'centres', other.centreId),
      )
    ).status,
    404,
  );
  assert.equal(
    (await transition(balviHead, balviCentreId, { action: 'decide_liquidation', basis: 'x' })).status,
    403,
    'the route is for runners only',
  );
});

test('DR-12 a county centre: planned → operating → liquidation decided (deadline from the calendar) → closed', async () => {
  const { centreId } = await buildCentre(ctx.db, { municipalityId: balvi, status: 'planned' });
  const opened = await transition(balviAdmin, centreId, { action: 'open', date: '2026-01-05' });
  assert.equal(opened.status, 200, opened.body);
  assert.equal(opened.json.status, 'operating');
  assert.equal(opened.json.openedOn, '2026-01-05');

  const noBasis = await transition(balviAdmin, centreId, { action: 'decide_liquidation', date: '2026-05-28' });
  assert.equal(noBasis.status, 400);
  assert.equal(noBasis.json.errors[0].field, '/basis');
  const future = await transition(balviAdmin, centreId, {
    action: 'decide_liquidation',
    date: '2026-12-01',
    basis: 'Domes lēmums',
  });
  assert.deepEqual([future.status, future.json.errors[0].code], [400, 'field_date_future']);

  const decided = await transition(balviAdmin, centreId, {
    action: 'decide_liquidation',
    date: '2026-05-28',
    basis: 'Balvu novada domes 2026. gada 28. maija lēmums Nr. 12',
  });
  assert.equal(decided.status, 200, decided.body);
  assert.equal(decided.json.status, 'liquidation_decided');
  // DR-12.3: six months after 28.05.2026 is Saturday 28.11.2026; the next working day is Monday 30.11.2026.
  assert.equal(decided.json.closingDeadline, '2026-11-30');
  assert.deepEqual(decided.json.actions, ['cancel_liquidation', 'close']);
  const event = (await auditEvents(ctx.db, 'centre.decide_liquidation', centreId))[0]!;
  assert.equal((event.before as { status: string }).status, 'operating');
  assert.equal((event.after as { closingDeadline: string }).closingDeadline, '2026-11-30');

  const reopen = await transition(balviAdmin, centreId, { action: 'open' });
  assert.equal(reopen.status, 409);
  assert.equal(reopen.json.code, 'centre_transition_not_allowed');
  const early = await transition(balviAdmin, centreId, { action: 'close', date: '2026-05-01' });
  assert.deepEqual(
    [early.status, early.json.errors[0].field, early.json.errors[0].code],
    [400, '/date', 'field_date_order'],
  );
  const closed = await transition(balviAdmin, centreId, { action: 'close' });
  assert.equal(closed.status, 200, closed.body);
  assert.equal(closed.json.status, 'closed');
  assert.equal(closed.json.closedOn, '2026-11-23', 'today in Riga by default');
  assert.deepEqual(closed.json.actions, []);
  assert.equal((await transition(balviAdmin, centreId, { action: 'close' })).status, 409);
});

test('DR-13 the Cabinet decides on a regional centre: an organisation admin cannot record it, a maintainer can', async () => {
  const { centreId } = await buildCentre(ctx.db, { municipalityId: balvi, kind: 'regional' });
  const byAdmin = await transition(balviAdmin, centreId, {
    action: 'decide_liquidation',
    date: '2026-10-01',
    basis: 'MK rīkojums',
  });
  assert.equal(byAdmin.status, 409);
  assert.equal(byAdmin.json.code, 'centre_liquidation_by_cabinet');
  const byMaintainer = await transition(maintainer, centreId, {
    action: 'decide_liquidation',
    date: '2026-10-01',
    basis: 'Ministru kabineta 2026. gada 1. oktobra rīkojums',
  });
  assert.equal(byMaintainer.status, 200, byMaintainer.body);
  assert.equal(byMaintainer.json.closingDeadline, '2027-04-01');
});

test('the staff list has every centre in any status; the detail shows what the caller may do', async () => {
  const list = await balviHead.request('GET', '/api/v1/centres?q=balvu');
  assert.equal(list.status, 200);
  assert.ok(list.json.items.some((c: { id: string }) => c.id === balviCentreId));
  const detail = await maintainer.request('GET', `/api/v1/centres/${balviCentreId}`);
  assert.equal(detail.json.points.length, 5);
  assert.equal(detail.json.placeLevel, 'regional');
  assert.deepEqual(detail.json.actions, ['decide_liquidation']);
});
