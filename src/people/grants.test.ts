// Granting and revoking roles through HTTP on a real database: scope rules, role/scope consistency, terms.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, firstCentreId, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { addDays, rigaDate } from '../platform/time.ts';
import { endOfRigaDay } from '../platform/time.ts';
import { auditEvents, buildMunicipality, counts } from './test-fixtures.ts';

let ctx: TestContext;
let maintainer: Session;
let balviAdmin: Session;
let balviAdminId: string;
let balvi: string;
let balviCentre: string;
let other: Awaited<ReturnType<typeof buildMunicipality>>;

before(async () => {
  ctx = await testContext();
  balvi = await organisationId(ctx.db, 'Balvu novads');
  balviCentre = await firstCentreId(ctx.db, balvi);
  other = await buildMunicipality(ctx.db);
  maintainer = await login(ctx.app, (await buildUser(ctx, { role: 'maintainer' })).email);
  const admin = await buildUser(ctx, { role: 'org_admin' });
  balviAdminId = admin.id;
  balviAdmin = await login(ctx.app, admin.email);
});
after(() => ctx.close());

const today = () => rigaDate(ctx.deps.now());
const fieldsOf = (res: { json: { errors?: { field: string; code: string }[] } }) =>
  (res.json.errors ?? []).map((e) => `${e.field} ${e.code}`);

test('AM-1.11 an organisation admin grants a centre role at its own centre; the grant names its scope and is active', async () => {
  const user = await buildUser(ctx, { role: 'committee_member', organisation: 'Balvu novads' });
  const res = await balviAdmin.request('POST', `/api/v1/users/${user.id}/grants`, {
    role: 'centre_head',
    centreId: balviCentre,
  });
  assert.equal(res.status, 201, res.body);
  assert.equal(res.json.organisationId, balvi, "a centre's grant belongs to its municipality");
  assert.equal(res.json.organisationName, 'Balvu novada pašvaldība');
  assert.match(res.json.centreName, /Balvu novada/);
  assert.equal(res.json.validFrom, today());
  assert.equal(res.json.validUntil, null);
  assert.equal(res.json.active, true);
  assert.equal(res.json.grantedByName, 'Test org_admin');
  const [event] = await auditEvents(ctx.db, 'grant.create', res.json.id);
  assert.equal((event!.after as { role: string }).role, 'centre_head');
  assert.equal(event!.actor_user_id, balviAdminId);
});

test('AM-1.11 an organisation admin cannot grant a role to a user of another organisation (404)', async () => {
  const stranger = await buildUser(ctx, { organisation: other.shortName });
  const before = await counts(ctx.db);
  const res = await balviAdmin.request('POST', `/api/v1/users/${stranger.id}/grants`, { role: 'committee_member' });
  assert.equal(res.status, 404);
  assert.deepEqual(await counts(ctx.db), before);
});

test('AM-1.11 an organisation admin cannot grant its own user a role in another organisation or its centre (400 scope_not_allowed)', async () => {
  const user = await buildUser(ctx);
  const before = await counts(ctx.db);
  const inOrg = await balviAdmin.request('POST', `/api/v1/users/${user.id}/grants`, {
    role: 'committee_member',
    organisationId: other.organisationId,
  });
  assert.deepEqual(fieldsOf(inOrg), ['/organisationId scope_not_allowed']);
  const atCentre = await balviAdmin.request('POST', `/api/v1/users/${user.id}/grants`, {
    role: 'centre_employee',
    centreId: other.centreId,
  });
  assert.deepEqual(fieldsOf(atCentre), ['/centreId scope_not_allowed']);
  assert.deepEqual(await counts(ctx.db), before);
});

test('AM-1.11 only a maintainer grants the network-wide roles; an organisation admin may grant org_admin in its own organisation', async () => {
  const user = await buildUser(ctx);
  const varam = await organisationId(ctx.db, 'VARAM');
  for (const role of ['maintainer', 'ministry_supervisor', 'auditor']) {
    const res = await balviAdmin.request('POST', `/api/v1/users/${user.id}/grants`, { role });
    assert.deepEqual(fieldsOf(res), ['/role role_not_grantable'], role);
  }
  assert.equal(
    (await balviAdmin.request('POST', `/api/v1/users/${user.id}/grants`, { role: 'org_admin' })).status,
    201,
  );
  const vraa = await organisationId(ctx.db, 'VRAA');
  assert.equal(
    (await maintainer.request('POST', `/api/v1/users/${user.id}/grants`, { role: 'auditor', organisationId: varam }))
      .status,
    201,
  );
  assert.equal(
    (
      await maintainer.request('POST', `/api/v1/users/${user.id}/grants`, {
        role: 'ministry_supervisor',
        organisationId: varam,
      })
    ).status,
    201,
  );
  assert.equal(
    (await maintainer.request('POST', `/api/v1/users/${user.id}/grants`, { role: 'maintainer', organisationId: vraa }))
      .status,
    201,
  );
  assert.equal(
    (
      await maintainer.request('POST', `/api/v1/users/${user.id}/grants`, {
        role: 'centre_employee',
        centreId: other.centreId,
      })
    ).status,
    201,
  );
});

test('AM-1.11 a role must fit its scope; each violation is 400 naming the field', async () => {
  const user = await buildUser(ctx);
  const vid = await organisationId(ctx.db, 'VID');
  const vdi = await organisationId(ctx.db, 'VDI');
  const varam = await organisationId(ctx.db, 'VARAM');
  const before = await counts(ctx.db);
  const cases: [Record<string, unknown>, string][] = [
    [{ role: 'centre_employee' }, '/centreId centre_required'],
    [{ role: 'centre_head', organisationId: vid }, '/centreId centre_required'],
    [
      { role: 'centre_employee', organisationId: other.organisationId, centreId: balviCentre },
      '/centreId centre_not_in_organisation',
    ],
    [{ role: 'org_admin', centreId: balviCentre }, '/centreId centre_not_for_role'],
    [{ role: 'institution_coordinator' }, '/organisationId organisation_kind_mismatch'],
    [{ role: 'maintainer', organisationId: varam }, '/organisationId organisation_kind_mismatch'],
    [{ role: 'ministry_supervisor', organisationId: vid }, '/organisationId organisation_kind_mismatch'],
    [{ role: 'committee_member', centreId: '00000000-0000-4000-8000-000000000000' }, '/centreId centre_unknown'],
    [
      { role: 'committee_member', organisationId: '00000000-0000-4000-8000-000000000000' },
      '/organisationId organisation_unknown',
    ],
  ];
  for (const [body, expected] of cases) {
    const res = await maintainer.request('POST', `/api/v1/users/${user.id}/grants`, body);
    assert.equal(res.status, 400, JSON.stringify(body));
    assert.deepEqual(fieldsOf(res), [expected], JSON.stringify(body));
  }
  assert.deepEqual(await counts(ctx.db), before);
  for (const organisation of [vid, vdi]) {
    assert.equal(
      (
        await maintainer.request('POST', `/api/v1/users/${user.id}/grants`, {
          role: 'institution_coordinator',
          organisationId: organisation,
        })
      ).status,
      201,
    );
  }
  assert.equal(
    (
      await maintainer.request('POST', `/api/v1/users/${user.id}/grants`, {
        role: 'committee_member',
        organisationId: vid,
      })
    ).status,
    201,
  );
});

test('AM-1.11 a term starts today or later and its end is not before its start; bad dates name the field', async () => {
  const user = await buildUser(ctx);
  const before = await counts(ctx.db);
  const url = `/api/v1/users/${user.id}/grants`;
  const cases: [Record<string, unknown>, string][] = [
    [{ role: 'committee_member', validFrom: addDays(today(), -1) }, '/validFrom field_date_past'],
    [
      { role: 'committee_member', validFrom: addDays(today(), 5), validUntil: addDays(today(), 4) },
      '/validUntil field_date_order',
    ],
    [{ role: 'committee_member', validUntil: '2030-02-30' }, '/validUntil field_format'],
    [{ role: 'committee_member', validUntil: '30.06.2030' }, '/validUntil field_format'],
    [{ role: 'committee_member', until: '2030-01-01' }, '/until field_unknown'],
    [{ organisationId: balvi }, '/role field_required'],
  ];
  for (const [body, expected] of cases) {
    const res = await balviAdmin.request('POST', url, body);
    assert.equal(res.status, 400, JSON.stringify(body));
    assert.deepEqual(fieldsOf(res), [expected], JSON.stringify(body));
  }
  assert.deepEqual(await counts(ctx.db), before);
});

test('AM-1.11 the same role in the same scope for an overlapping term is refused (409 grant_duplicate)', async () => {
  const user = await buildUser(ctx, { role: 'centre_employee' });
  const res = await balviAdmin.request('POST', `/api/v1/users/${user.id}/grants`, {
    role: 'centre_employee',
    centreId: balviCentre,
    validFrom: addDays(today(), 30),
  });
  assert.equal(res.status, 409);
  assert.equal(res.json.code, 'grant_duplicate');
});

test('AM-1.11 a revoked role stops working at once (403 on the next request) and grant.revoke keeps before and after', async () => {
  const holder = await buildUser(ctx, { role: 'org_admin' });
  const session = await login(ctx.app, holder.email);
  assert.equal((await session.request('GET', '/api/v1/users')).status, 200);
  const grant = (await maintainer.request('GET', `/api/v1/users/${holder.id}`)).json.grants[0];
  const res = await balviAdmin.request('POST', `/api/v1/grants/${grant.id}/revoke`);
  assert.equal(res.status, 200, res.body);
  assert.equal(res.json.active, false);
  assert.ok(res.json.revokedAt);
  assert.equal((await session.request('GET', '/api/v1/users')).status, 403);
  const [event] = await auditEvents(ctx.db, 'grant.revoke', grant.id);
  assert.equal((event!.before as { revokedAt: null }).revokedAt, null);
  assert.equal((event!.after as { active: boolean }).active, false);
  const row = await ctx.db
    .selectFrom('role_grants')
    .select('revoked_by')
    .where('id', '=', grant.id)
    .executeTakeFirstOrThrow();
  assert.equal(row.revoked_by, balviAdminId);
  const again = await balviAdmin.request('POST', `/api/v1/grants/${grant.id}/revoke`);
  assert.equal(again.status, 409);
  assert.equal(again.json.code, 'grant_already_revoked');
});

test('AM-1.11 an organisation admin cannot revoke grants outside its scope (404): other organisations and network roles', async () => {
  const stranger = await buildUser(ctx, { organisation: other.shortName, role: 'committee_member' });
  const strangerGrant = (await maintainer.request('GET', `/api/v1/users/${stranger.id}`)).json.grants[0];
  assert.equal((await balviAdmin.request('POST', `/api/v1/grants/${strangerGrant.id}/revoke`)).status, 404);
  const own = await buildUser(ctx);
  const auditorGrant = (await maintainer.request('POST', `/api/v1/users/${own.id}/grants`, { role: 'auditor' })).json;
  assert.equal((await balviAdmin.request('POST', `/api/v1/grants/${auditorGrant.id}/revoke`)).status, 404);
  assert.equal(
    (await balviAdmin.request('POST', '/api/v1/grants/00000000-0000-4000-8000-000000000000/revoke')).status,
    404,
  );
  assert.equal((await maintainer.request('POST', `/api/v1/grants/${strangerGrant.id}/revoke`)).status, 200);
});

test('AM-1.11 an administrator cannot revoke their own admin grant (no lock-out); another administrator can', async () => {
  const admin = await buildUser(ctx, { role: 'org_admin' });
  const session = await login(ctx.app, admin.email);
  const mine = (await session.request('GET', `/api/v1/users/${admin.id}`)).json.grants[0];
  const res = await session.request('POST', `/api/v1/grants/${mine.id}/revoke`);
  assert.equal(res.status, 400);
  assert.equal(res.json.code, 'own_grant_protected');
  assert.equal((await session.request('GET', '/api/v1/users')).status, 200);
  assert.equal((await balviAdmin.request('POST', `/api/v1/grants/${mine.id}/revoke`)).status, 200);
  assert.equal((await session.request('GET', '/api/v1/users')).status, 403);
});

test('people without an admin role cannot grant or revoke (403)', async () => {
  const reader = await login(ctx.app, (await buildUser(ctx, { role: 'auditor' })).email);
  const user = await buildUser(ctx);
  assert.equal(
    (await reader.request('POST', `/api/v1/users/${user.id}/grants`, { role: 'committee_member' })).status,
    403,
  );
  assert.equal(
    (await reader.request('POST', '/api/v1/grants/00000000-0000-4000-8000-000000000000/revoke')).status,
    403,
  );
});

// Moves the clock: keep last in the file.
test('AM-1.11 a fixed-term grant is in force through its last day in Riga and stops after it with nobody acting; a future one starts on its first day', async () => {
  const user = await buildUser(ctx, { role: 'committee_member', organisation: 'Balvu novads' });
  const start = today();
  const last = addDays(start, 10);
  const fixed = await balviAdmin.request('POST', `/api/v1/users/${user.id}/grants`, {
    role: 'org_admin',
    validUntil: last,
  });
  assert.equal(fixed.status, 201, fixed.body);
  assert.deepEqual([fixed.json.validFrom, fixed.json.validUntil, fixed.json.active], [start, last, true]);
  const future = await balviAdmin.request('POST', `/api/v1/users/${user.id}/grants`, {
    role: 'centre_head',
    centreId: balviCentre,
    validFrom: addDays(start, 5),
  });
  assert.equal(future.json.active, false, 'not started yet');

  const grantsAt = async (instant: Date) => {
    ctx.clock.set(instant);
    // Sessions idle out when the clock jumps: log in again at the new time.
    const reader = await login(ctx.app, (await buildUser(ctx, { role: 'auditor' })).email);
    const view = (await reader.request('GET', `/api/v1/users/${user.id}`)).json;
    return Object.fromEntries(view.grants.map((g: { role: string; active: boolean }) => [g.role, g.active]));
  };
  // 00:00 in Riga on its first day (21:00 or 22:00 UTC the evening before).
  assert.deepEqual(await grantsAt(endOfRigaDay(addDays(start, 4))), {
    org_admin: true,
    centre_head: true,
    committee_member: true,
  });
  // 23:59 on the last day in Riga: still in force, the role works.
  assert.deepEqual(await grantsAt(new Date(endOfRigaDay(last).getTime() - 60_000)), {
    org_admin: true,
    centre_head: true,
    committee_member: true,
  });
  assert.equal((await (await login(ctx.app, user.email)).request('GET', '/api/v1/users')).status, 200);
  // 00:01 the next day in Riga (still the last day in UTC): over.
  const after = await grantsAt(new Date(endOfRigaDay(last).getTime() + 60_000));
  assert.deepEqual(after, { org_admin: false, centre_head: true, committee_member: true });
  assert.equal((await (await login(ctx.app, user.email)).request('GET', '/api/v1/users')).status, 403);
  const view = (
    await (
      await login(ctx.app, (await buildUser(ctx, { role: 'maintainer' })).email)
    ).request('GET', `/api/v1/users/${user.id}`)
  ).json;
  assert.equal(view.grants.at(-1).role, 'org_admin', 'grants in force come first');
});
