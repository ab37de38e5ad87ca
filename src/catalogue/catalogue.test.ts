// The catalogue through HTTP: registering (SR-9), the SR-10 fields and their checks, who may edit and publish
// (SR-8, SR-5), versions and what was published on a date. Every change audited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { currentVersion } from '../../test/support/versions.ts';
import { auditEvents } from '../people/test-fixtures.ts';
import { serviceContent } from './test-fixtures.ts';

let ctx: TestContext;
let ur: string;
let vid: string;
let balvi: string;
let urCoordinator: Session;
let urAdmin: Session;
let vidAdmin: Session;
let supervisor: Session;
let employee: Session;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  ur = await organisationId(ctx.db, 'UR');
  vid = await organisationId(ctx.db, 'VID');
  balvi = await organisationId(ctx.db, 'Balvu novads');
  urCoordinator = await login(
    ctx.app,
    (await buildUser(ctx, { role: 'institution_coordinator', organisation: 'UR' })).email,
  );
  urAdmin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin', organisation: 'UR' })).email);
  vidAdmin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin', organisation: 'VID' })).email);
  supervisor = await login(ctx.app, (await buildUser(ctx, { role: 'ministry_supervisor' })).email);
  employee = await login(ctx.app, (await buildUser(ctx, { role: 'centre_employee' })).email);
});
after(() => ctx.close());

const create = (session: Session, extra: Record<string, unknown> = {}) =>
  session.request('POST', '/api/v1/services', { holderId: ur, ...serviceContent(extra) });
const count = async () =>
  Number(
    (
      await ctx.db
        .selectFrom('service_versions')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

test('SR-9 a registered service gets the next identifier PK-000001, PK-000002, and starts as an audited draft', async () => {
  const first = await create(urCoordinator, { externalId: 'UR-1' });
  assert.equal(first.status, 201, first.body);
  assert.equal(first.json.identifier, 'PK-000001');
  assert.equal(first.json.status, 'draft');
  assert.equal(first.json.externalId, 'UR-1');
  assert.equal(first.json.draft.number, 1);
  assert.equal(first.json.published, null);
  const second = await create(urCoordinator);
  assert.equal(second.json.identifier, 'PK-000002');
  const events = await auditEvents(ctx.db, 'service.create', first.json.id);
  assert.equal((events[0]!.after as { identifier: string }).identifier, 'PK-000001');
});

test('SR-10 SR-17 every field is kept: texts in Latvian and English, fees (per channel), channels, COFOG, coverage, term, DR-29, SR-14 stages', async () => {
  const res = await create(urCoordinator, {
    stageProviders: { request: balvi },
    coverage: { wholeCountry: false, municipalityIds: [balvi] },
  });
  assert.equal(res.status, 201, res.body);
  const c = res.json.draft.content;
  assert.deepEqual(c.name, { lv: 'Uzņēmuma reģistrācija', en: 'Registering a company' });
  assert.deepEqual(c.fees, [{ label: { lv: 'Valsts nodeva', en: 'State fee' }, amount: 14.23, channel: 'electronic' }]);
  assert.equal(c.providerId, ur, 'SR-10.2 the holder provides it by default');
  assert.equal(c.channels.in_person.workingHours.lv, 'P.–Pk. 8.30–16.30');
  assert.equal(c.legalBasis[0].url, 'https://likumi.lv/ta/id/5490');
  assert.deepEqual(
    [c.cofog, c.clientType, c.coverage, c.maxTermWorkingDays, c.filableOnBehalf],
    [['01.3'], 'legal_person', { wholeCountry: false, municipalityIds: [balvi] }, 3, true],
  );
  assert.deepEqual(c.stageProviders, { request: balvi, execution: null, resultDelivery: null });
});

test('SR-10.6 an unknown COFOG code is refused naming the field, and nothing is written', async () => {
  const before = await count();
  const res = await create(urCoordinator, { cofog: ['01.3', '99.9'] });
  assert.equal(res.status, 400);
  assert.deepEqual([res.json.errors[0].field, res.json.errors[0].code], ['/cofog/1', 'cofog_unknown']);
  const none = await create(urCoordinator, { cofog: [] });
  assert.equal(none.status, 400);
  assert.equal(none.json.errors[0].field, '/cofog');
  assert.equal(await count(), before);
});

test('bad input is refused naming the field: unsafe links, cents, coverage, term, unknown properties', async () => {
  const before = await count();
  const cases: [Record<string, unknown>, string][] = [
    [{ documents: [{ title: { lv: 'X' }, url: 'javascript:alert(1)' }] }, '/documents/0/url'],
    [{ fees: [{ label: { lv: 'Nodeva' }, amount: 1.234 }] }, '/fees/0/amount'],
    [{ coverage: { wholeCountry: false } }, '/coverage/municipalityIds'],
    [{ coverage: { wholeCountry: false, municipalityIds: [vid] } }, '/coverage/municipalityIds/0'],
    [{ maxTermWorkingDays: 0 }, '/maxTermWorkingDays'],
    [{ clientType: 'robot' }, '/clientType'],
    [{ name: { lv: 'X', de: 'Y' } }, '/name/de'],
    [{ providerId: '00000000-0000-4000-8000-000000000000' }, '/providerId'],
  ];
  for (const [extra, field] of cases) {
    const res = await create(urCoordinator, extra);
    assert.equal(res.status, 400, `${field}: ${res.body}`);
    assert.ok(
      res.json.errors.some((e: { field: string }) => e.field === field),
      `${field}: ${res.body}`,
    );
  }
  assert.equal(await count(), before);
});

test('an external id is unique within its holder (409)', async () => {
  const res = await create(urCoordinator, { externalId: 'UR-1' });
  assert.equal(res.status, 409);
  assert.equal(res.json.errors[0].field, '/externalId');
});

test("SR-8 only the holder's people edit its services (others 404)", async () => {
  const { json: service } = await create(urCoordinator);
  const edited = await urCoordinator.request(
    'PUT',
    `/api/v1/services/${service.id}/draft`,
    serviceContent({ name: { lv: 'Jauns nosaukums' } }),
    await currentVersion(ctx.db, 'services', service.id),
  );
  assert.equal(edited.status, 200, edited.body);
  assert.equal(edited.json.draft.content.name.lv, 'Jauns nosaukums');
  assert.equal(edited.json.draft.number, 1, 'the draft is replaced, not multiplied');
  assert.equal(
    (
      await vidAdmin.request(
        'PUT',
        `/api/v1/services/${service.id}/draft`,
        serviceContent(),
        await currentVersion(ctx.db, 'services', service.id),
      )
    ).status,
    404,
  );
  assert.equal(
    (await vidAdmin.request('GET', `/api/v1/services/${service.id}`)).status,
    404,
    'a draft is not shown outside the holder',
  );
  assert.equal((await employee.request('GET', `/api/v1/services/${service.id}`)).status, 404);
  assert.equal(
    (await supervisor.request('GET', `/api/v1/services/${service.id}`)).status,
    200,
    'the ministry reads all',
  );
  const foreign = await vidAdmin.request('POST', '/api/v1/services', { holderId: ur, ...serviceContent() });
  assert.deepEqual(
    [foreign.status, foreign.json.errors[0].field, foreign.json.errors[0].code],
    [400, '/holderId', 'service_holder_not_yours'],
  );
  const notHolder = await supervisor.request('POST', '/api/v1/services', { holderId: ur, ...serviceContent() });
  assert.equal(notHolder.status, 403);
  const events = await auditEvents(ctx.db, 'service.update_draft', service.id);
  assert.equal(
    (events[0]!.before as { draft: { content: { name: { lv: string } } } }).draft.content.name.lv,
    'Uzņēmuma reģistrācija',
  );
});

test("SR-5 publishing needs the holder's approval (org_admin); editing a published service makes a new draft version", async () => {
  const { json: service } = await create(urCoordinator);
  const url = `/api/v1/services/${service.id}/transitions`;
  assert.equal(
    (await urCoordinator.request('POST', url, { to: 'published' })).status,
    403,
    'the contact person does not approve',
  );
  assert.equal((await vidAdmin.request('POST', url, { to: 'published' })).status, 404);
  const published = await urAdmin.request('POST', url, { to: 'published' });
  assert.equal(published.status, 200, published.body);
  assert.deepEqual(
    [published.json.status, published.json.draft, published.json.published.number],
    ['published', null, 1],
  );
  assert.equal((await urAdmin.request('POST', url, { to: 'published' })).json.code, 'service_no_draft');
  // Anyone logged in reads a published service, without the holder's drafts.
  const seen = await employee.request('GET', `/api/v1/services/${service.id}`);
  assert.equal(seen.status, 200);
  const edit = await urCoordinator.request(
    'PUT',
    `/api/v1/services/${service.id}/draft`,
    serviceContent({ name: { lv: 'Otrā versija' } }),
    await currentVersion(ctx.db, 'services', service.id),
  );
  assert.deepEqual([edit.json.draft.number, edit.json.published.number, edit.json.status], [2, 1, 'published']);
  assert.equal((await employee.request('GET', `/api/v1/services/${service.id}`)).json.draft, null);
  assert.equal((await auditEvents(ctx.db, 'service.publish', service.id)).length, 1);
});

test('the staff list: own holders in any status, others only published; search ignores diacritics', async () => {
  const mine = await urCoordinator.request('GET', `/api/v1/services?holderId=${ur}&status=draft&limit=200`);
  assert.equal(mine.status, 200);
  assert.ok(mine.json.total > 0 && mine.json.items.every((s: { status: string }) => s.status === 'draft'));
  const outside = await vidAdmin.request('GET', '/api/v1/services?limit=200');
  assert.ok(outside.json.items.every((s: { status: string }) => s.status === 'published'));
  const found = await supervisor.request('GET', '/api/v1/services?q=uznemuma');
  assert.ok(found.json.total > 0);
  const cofog = await employee.request('GET', '/api/v1/cofog');
  assert.ok(cofog.json.items.some((i: { code: string }) => i.code === '10.4'));
});

test('every published version is kept; GET …/published?date answers what was in force at the end of that Riga day', async () => {
  // Moving the clock by days ends idle sessions: this test logs in afresh at each instant.
  const adminEmail = (await buildUser(ctx, { role: 'org_admin', organisation: 'UR' })).email;
  const at = async (instant: string) => {
    ctx.clock.set(instant);
    return login(ctx.app, adminEmail);
  };
  let admin = await at('2026-11-23T10:00:00Z');
  const { json: service } = await admin.request('POST', '/api/v1/services', { holderId: ur, ...serviceContent() });
  const url = `/api/v1/services/${service.id}`;
  await admin.request('POST', `${url}/transitions`, { to: 'published' });
  await admin.request(
    'PUT',
    `${url}/draft`,
    serviceContent({ name: { lv: 'Otrā versija' } }),
    await currentVersion(ctx.db, 'services', service.id),
  );
  // 2026-11-25 00:30 in Riga is still the 24th in UTC: the second version belongs to the 25th.
  admin = await at('2026-11-24T22:30:00Z');
  await admin.request('POST', `${url}/transitions`, { to: 'published' });
  admin = await at('2026-11-27T10:00:00Z');
  const withdrawn = await admin.request('POST', `${url}/transitions`, { to: 'withdrawn' });
  assert.equal(withdrawn.json.status, 'withdrawn', withdrawn.body);
  admin = await at('2026-11-23T10:00:00Z');
  const on = async (date: string) => admin.request('GET', `${url}/published?date=${date}`);
  assert.equal((await on('2026-11-22')).status, 404);
  assert.equal((await on('2026-11-23')).json.number, 1);
  assert.equal((await on('2026-11-24')).json.number, 1);
  assert.equal((await on('2026-11-25')).json.content.name.lv, 'Otrā versija');
  assert.equal((await on('2026-11-27')).status, 404);
  const versions = await admin.request('GET', `${url}/versions`);
  assert.deepEqual(
    versions.json.items.map((v: { number: number; state: string }) => [v.number, v.state]),
    [
      [2, 'past'],
      [1, 'past'],
    ],
  );
  assert.equal((await on('2026-02-30')).status, 400);
});
