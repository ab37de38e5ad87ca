// Users through HTTP on a real database: creating with an invitation, reading in scope, changing, inviting again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { call, login, tryLogin, type Session } from '../../test/support/http.ts';
import { currentVersion } from '../../test/support/versions.ts';
import { auditEvents, buildMunicipality, counts, lastMailTo, linkToken } from './test-fixtures.ts';

let ctx: TestContext;
let maintainer: Session;
let balviAdmin: Session;
let balvi: string;
let other: Awaited<ReturnType<typeof buildMunicipality>>;

before(async () => {
  ctx = await testContext();
  balvi = await organisationId(ctx.db, 'Balvu novads');
  other = await buildMunicipality(ctx.db);
  maintainer = await login(ctx.app, (await buildUser(ctx, { role: 'maintainer' })).email);
  balviAdmin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin' })).email);
});
after(() => ctx.close());

const newUser = (organisation: string, extra: Record<string, unknown> = {}) => ({
  email: `Jauns.${Math.random().toString(36).slice(2, 8)}@Test.Vienuviet.lv`,
  name: 'Jānis Jaunais',
  organisationId: organisation,
  ...extra,
});

test('AM-1.11 DR-20.2 a new user gets an invitation link by e-mail, sets a password with it and can then log in', async () => {
  const body = newUser(balvi, { phone: '+371 20000000', position: 'Speciālists' });
  const res = await balviAdmin.request('POST', '/api/v1/users', body);
  assert.equal(res.status, 201, res.body);
  const user = res.json;
  assert.equal(user.email, body.email.toLowerCase());
  assert.equal(user.hasPassword, false);
  assert.equal(user.status, 'active');
  assert.equal(user.organisationName, 'Balvu novada pašvaldība');
  assert.equal('passwordHash' in user || 'password_hash' in user, false);

  const mail = await lastMailTo(ctx.db, user.email);
  assert.ok(mail, 'invitation queued in the outbox');
  assert.match(mail.body_text, /Labdien, Jānis Jaunais!/);
  assert.ok(mail.body_text.indexOf('Labdien') < mail.body_text.indexOf('Hello'), 'Latvian first, then English');
  assert.ok(mail.body_text.includes(`${ctx.config.publicUrl}/set-password?token=`));
  const link = await ctx.db
    .selectFrom('password_tokens')
    .selectAll()
    .where('user_id', '=', user.id)
    .executeTakeFirstOrThrow();
  assert.equal(link.purpose, 'invite');
  const days = (new Date(link.expires_at).getTime() - ctx.deps.now().getTime()) / 86_400_000;
  assert.ok(days > 6.99 && days <= 7, `link valid for 7 days, got ${days}`);

  const token = linkToken(mail.body_text);
  const set = await call(ctx.app, 'POST', '/api/v1/auth/set-password', { token, password: 'mana-jauna-parole-1' });
  assert.equal(set.status, 200, set.body);
  assert.equal((await tryLogin(ctx.app, user.email, 'mana-jauna-parole-1')).status, 200);
  const again = await call(ctx.app, 'POST', '/api/v1/auth/set-password', { token, password: 'cita-jauna-parole-2' });
  assert.equal(again.status, 400, 'the link works once');
  assert.equal((await maintainer.request('GET', `/api/v1/users/${user.id}`)).json.hasPassword, true);
});

test('AM-1.11 creating a user with grants writes user.create and one grant.create event per grant', async () => {
  const res = await maintainer.request(
    'POST',
    '/api/v1/users',
    newUser(balvi, {
      grants: [
        {
          role: 'centre_employee',
          centreId: (
            await ctx.db
              .selectFrom('centres')
              .select('id')
              .where('municipality_id', '=', balvi)
              .executeTakeFirstOrThrow()
          ).id,
        },
        { role: 'committee_member' },
      ],
    }),
  );
  assert.equal(res.status, 201, res.body);
  assert.deepEqual(res.json.grants.map((g: { role: string }) => g.role).sort(), [
    'centre_employee',
    'committee_member',
  ]);
  assert.ok(
    res.json.grants.every(
      (g: { active: boolean; grantedByName: string }) => g.active && g.grantedByName === 'Test maintainer',
    ),
  );
  const created = await auditEvents(ctx.db, 'user.create', res.json.id);
  assert.equal(created.length, 1);
  assert.equal((created[0]!.after as { email: string }).email, res.json.email);
  assert.equal(JSON.stringify(created[0]!.after).includes('password'), false);
  for (const grant of res.json.grants) {
    const events = await auditEvents(ctx.db, 'grant.create', grant.id);
    assert.equal(events.length, 1);
    assert.equal((events[0]!.after as { role: string }).role, grant.role);
  }
});

test('AM-1.11 a second account for the same e-mail is refused with 409 email_taken naming /email, whatever the case', async () => {
  const body = newUser(balvi);
  assert.equal((await maintainer.request('POST', '/api/v1/users', body)).status, 201);
  const before = await counts(ctx.db);
  const res = await maintainer.request('POST', '/api/v1/users', {
    ...body,
    email: body.email.toUpperCase(),
    name: 'Cits',
  });
  assert.equal(res.status, 409);
  assert.equal(res.json.code, 'email_taken');
  assert.equal(res.json.errors[0].field, '/email');
  assert.deepEqual(await counts(ctx.db), before);
});

test('AM-1.11 an organisation admin cannot add a user to another organisation (400 scope_not_allowed on /organisationId), a maintainer can', async () => {
  const before = await counts(ctx.db);
  const res = await balviAdmin.request('POST', '/api/v1/users', newUser(other.organisationId));
  assert.equal(res.status, 400);
  assert.deepEqual(
    res.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    [['/organisationId', 'scope_not_allowed']],
  );
  assert.deepEqual(await counts(ctx.db), before);
  assert.equal((await maintainer.request('POST', '/api/v1/users', newUser(other.organisationId))).status, 201);
});

test('DR-19.4 the user list shows an organisation admin only its own organisation, the network readers everybody', async () => {
  const stranger = await buildUser(ctx, { organisation: other.shortName });
  const own = await balviAdmin.request('GET', '/api/v1/users?limit=200');
  assert.equal(own.status, 200);
  assert.ok(own.json.items.length > 0);
  assert.ok(own.json.items.every((u: { organisationId: string }) => u.organisationId === balvi));
  assert.equal(own.json.total, own.json.items.length);
  const filtered = await balviAdmin.request('GET', `/api/v1/users?organisationId=${other.organisationId}`);
  assert.deepEqual(filtered.json, { items: [], total: 0 });
  for (const role of ['maintainer', 'ministry_supervisor', 'auditor'] as const) {
    const reader = await login(ctx.app, (await buildUser(ctx, { role })).email);
    const all = await reader.request('GET', `/api/v1/users?organisationId=${other.organisationId}`);
    assert.equal(all.status, 200, role);
    assert.ok(
      all.json.items.some((u: { id: string }) => u.id === stranger.id),
      role,
    );
  }
});

test('DR-19.4 people without an admin or reader role cannot list users (403)', async () => {
  for (const role of ['centre_employee', 'centre_head', 'institution_coordinator', 'committee_member'] as const) {
    const session = await login(ctx.app, (await buildUser(ctx, { role })).email);
    assert.equal((await session.request('GET', '/api/v1/users')).status, 403, role);
  }
  assert.equal((await call(ctx.app, 'GET', '/api/v1/users')).status, 401);
});

test('the user list searches name and e-mail ignoring case and diacritics, sorts in Latvian order and pages', async () => {
  const org = await buildMunicipality(ctx.db);
  const names = ['Zane Ābele', 'Ēriks Bērziņš', 'Anna Čakste', 'Andris Zariņš', 'Čaba Ozola'];
  for (const name of names) {
    const res = await maintainer.request('POST', '/api/v1/users', {
      email: `${name.split(' ')[0]!.normalize('NFD').replace(/\p{M}/gu, '')}.${org.shortName.slice(-6)}@test.vienuviet.lv`,
      name,
      organisationId: org.organisationId,
    });
    assert.equal(res.status, 201, res.body);
  }
  const all = await maintainer.request('GET', `/api/v1/users?organisationId=${org.organisationId}`);
  assert.deepEqual(
    all.json.items.map((u: { name: string }) => u.name),
    ['Andris Zariņš', 'Anna Čakste', 'Čaba Ozola', 'Ēriks Bērziņš', 'Zane Ābele'],
  );
  const search = await maintainer.request('GET', `/api/v1/users?organisationId=${org.organisationId}&q=BERZINS`);
  assert.deepEqual(
    search.json.items.map((u: { name: string }) => u.name),
    ['Ēriks Bērziņš'],
  );
  const byMail = await maintainer.request('GET', `/api/v1/users?organisationId=${org.organisationId}&q=zane.`);
  assert.deepEqual(
    byMail.json.items.map((u: { name: string }) => u.name),
    ['Zane Ābele'],
  );
  const wildcard = await maintainer.request('GET', `/api/v1/users?organisationId=${org.organisationId}&q=%25`);
  assert.equal(wildcard.json.total, 0, '% is a character, not a wildcard');
  const page = await maintainer.request('GET', `/api/v1/users?organisationId=${org.organisationId}&limit=2&offset=2`);
  assert.deepEqual(
    page.json.items.map((u: { name: string }) => u.name),
    ['Čaba Ozola', 'Ēriks Bērziņš'],
  );
  assert.equal(page.json.total, 5);
});

test('DR-19.4 an organisation admin gets 404 for a user of another organisation, for reading and for changing', async () => {
  const stranger = await buildUser(ctx, { organisation: other.shortName });
  assert.equal((await balviAdmin.request('GET', `/api/v1/users/${stranger.id}`)).status, 404);
  assert.equal(
    (
      await balviAdmin.request(
        'PATCH',
        `/api/v1/users/${stranger.id}`,
        { name: 'X' },
        await currentVersion(ctx.db, 'users', stranger.id),
      )
    ).status,
    404,
  );
  assert.equal((await balviAdmin.request('POST', `/api/v1/users/${stranger.id}/invite`)).status, 404);
  assert.equal((await balviAdmin.request('GET', '/api/v1/users/00000000-0000-4000-8000-000000000000')).status, 404);
  assert.equal((await maintainer.request('GET', `/api/v1/users/${stranger.id}`)).status, 200);
});

test('AM-1.11 changing a user writes user.update with before and after; disabling ends their sessions at once', async () => {
  const target = await buildUser(ctx);
  const theirs = await login(ctx.app, target.email);
  const res = await balviAdmin.request(
    'PATCH',
    `/api/v1/users/${target.id}`,
    { name: 'Jauns Vārds', phone: '+371 29999999' },
    await currentVersion(ctx.db, 'users', target.id),
  );
  assert.equal(res.status, 200, res.body);
  assert.equal(res.json.name, 'Jauns Vārds');
  assert.equal(res.json.position, 'Tester');
  const [event] = await auditEvents(ctx.db, 'user.update', target.id);
  assert.equal((event!.before as { name: string }).name, 'Test centre_employee');
  assert.equal((event!.after as { name: string; phone: string }).phone, '+371 29999999');

  assert.equal((await theirs.request('GET', '/api/v1/auth/session')).status, 200);
  const disabled = await balviAdmin.request(
    'PATCH',
    `/api/v1/users/${target.id}`,
    { status: 'disabled' },
    await currentVersion(ctx.db, 'users', target.id),
  );
  assert.equal(disabled.json.status, 'disabled');
  assert.equal((await theirs.request('GET', '/api/v1/auth/session')).status, 401);
  assert.equal((await tryLogin(ctx.app, target.email)).status, 401);
  assert.equal((await balviAdmin.request('POST', `/api/v1/users/${target.id}/invite`)).json.code, 'user_disabled');
  assert.equal(
    (
      await balviAdmin.request(
        'PATCH',
        `/api/v1/users/${target.id}`,
        { status: 'active' },
        await currentVersion(ctx.db, 'users', target.id),
      )
    ).json.status,
    'active',
  );
  assert.equal((await tryLogin(ctx.app, target.email)).status, 200);
});

test('AM-1.11 an administrator cannot disable their own account (lock-out)', async () => {
  const admin = await buildUser(ctx, { role: 'org_admin' });
  const session = await login(ctx.app, admin.email);
  const res = await session.request(
    'PATCH',
    `/api/v1/users/${admin.id}`,
    { status: 'disabled' },
    await currentVersion(ctx.db, 'users', admin.id),
  );
  assert.equal(res.status, 400);
  assert.equal(res.json.errors[0].field, '/status');
  assert.equal(res.json.errors[0].code, 'cannot_disable_self');
});

test('DR-20.2 inviting again sends a new link (a reset once a password is set) and ends the old one', async () => {
  const created = (await balviAdmin.request('POST', '/api/v1/users', newUser(balvi))).json;
  const first = linkToken((await lastMailTo(ctx.db, created.email))!.body_text);
  const res = await balviAdmin.request('POST', `/api/v1/users/${created.id}/invite`);
  assert.deepEqual(res.json, { ok: true });
  const second = linkToken((await lastMailTo(ctx.db, created.email))!.body_text);
  assert.notEqual(first, second);
  assert.equal(
    (await call(ctx.app, 'POST', '/api/v1/auth/set-password', { token: first, password: 'vecā-saite-123456' })).status,
    400,
  );
  assert.equal(
    (await call(ctx.app, 'POST', '/api/v1/auth/set-password', { token: second, password: 'jaunā-saite-123456' }))
      .status,
    200,
  );
  assert.equal((await balviAdmin.request('POST', `/api/v1/users/${created.id}/invite`)).status, 200);
  const purposes = await ctx.db
    .selectFrom('password_tokens')
    .select('purpose')
    .where('user_id', '=', created.id)
    .orderBy('created_at')
    .execute();
  assert.deepEqual(
    purposes.map((p) => p.purpose),
    ['invite', 'invite', 'reset'],
  );
  assert.match((await lastMailTo(ctx.db, created.email))!.subject, /paroles maiņa/);
  const events = await auditEvents(ctx.db, 'user.invite', created.id);
  assert.deepEqual(
    events.map((e) => (e.after as { purpose: string }).purpose),
    ['invite', 'reset'],
  );
});

test('bad input answers 400 naming each field and writes nothing', async () => {
  const before = await counts(ctx.db);
  const cases: [unknown, string[]][] = [
    [{ name: 'Bez e-pasta', organisationId: balvi }, ['/email']],
    [{ ...newUser(balvi), nickname: 'x' }, ['/nickname']],
    [{ ...newUser(balvi), name: 'x'.repeat(201) }, ['/name']],
    [{ ...newUser(balvi), name: '' }, ['/name']],
    [{ ...newUser(balvi), name: '   ' }, ['/name']],
    [{ ...newUser(balvi), email: 'nav-epasts' }, ['/email']],
    [{ ...newUser(balvi), organisationId: 'nav-uuid' }, ['/organisationId']],
    [{ ...newUser(balvi), organisationId: '00000000-0000-4000-8000-000000000000' }, ['/organisationId']],
    [{ ...newUser(balvi), grants: Array.from({ length: 11 }, () => ({ role: 'committee_member' })) }, ['/grants']],
    [{ ...newUser(balvi), grants: [{ role: 'king' }] }, ['/grants/0/role']],
    [{ ...newUser(balvi), grants: [{ role: 'committee_member', validFrom: '23.11.2026' }] }, ['/grants/0/validFrom']],
    [
      {
        ...newUser(balvi),
        grants: [{ role: 'committee_member' }, { role: 'committee_member', validUntil: '2030-02-30' }],
      },
      ['/grants/1/validUntil'],
    ],
    [{ ...newUser(balvi), grants: [{ role: 'committee_member' }, { role: 'committee_member' }] }, ['/grants/1/role']],
  ];
  for (const [body, fields] of cases) {
    const res = await maintainer.request('POST', '/api/v1/users', body);
    assert.ok(res.status === 400 || res.status === 409, `${JSON.stringify(body)} → ${res.status}`);
    assert.deepEqual(
      res.json.errors.map((e: { field: string }) => e.field),
      fields,
      JSON.stringify(body),
    );
  }
  const patch = await maintainer.request('PATCH', `/api/v1/users/${(await buildUser(ctx)).id}`, {
    status: 'gone',
    email: 'x@y.lv',
  });
  assert.equal(patch.status, 400);
  assert.deepEqual(patch.json.errors.map((e: { field: string }) => e.field).sort(), ['/email', '/status']);
  const query = await maintainer.request('GET', '/api/v1/users?limit=0&sort=name');
  assert.equal(query.status, 400);
  const after = await counts(ctx.db);
  assert.deepEqual(
    { ...after, users: after.users - 1, role_grants: after.role_grants - 1 },
    before,
    'only the buildUser above wrote',
  );
});
