// Who sees and changes contacts: centre staff their centre's (with the client's code masked), institutions those
// about their services without the client or the note, the ministry only counts; changes and undo on the day of
// registration by its employee or the head of centre; the full personal code only through an audited reveal.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { currentVersion } from '../../test/support/versions.ts';
import { buildCentre } from '../centres/test-fixtures.ts';
import { buildService, buildStaff, personalCode } from './test-fixtures.ts';

let ctx: TestContext;
let centre: Awaited<ReturnType<typeof buildCentre>>;
let vidService: string;
let urService: string;
const emails: Record<string, string> = {};
const NOW = '2026-11-23T10:00:00Z';
const CODE = personalCode('120190', 1, '234');

before(async () => {
  ctx = await testContext();
  ctx.clock.set(NOW);
  vidService = (
    await buildService(ctx.db, { holderId: await organisationId(ctx.db, 'VID'), name: 'Deklarācijas iesniegšana' })
  ).id;
  urService = (
    await buildService(ctx.db, { holderId: await organisationId(ctx.db, 'UR'), name: 'Uzņēmuma reģistrācija' })
  ).id;
  centre = await buildCentre(ctx.db, { hours: '08:00-17:00' });
  const other = await buildCentre(ctx.db, { hours: '08:00-17:00' });
  const staff = { municipalityId: centre.municipalityId, centreId: centre.centreId };
  emails.employee = (await buildStaff(ctx.db, staff)).email;
  emails.colleague = (await buildStaff(ctx.db, staff)).email;
  emails.head = (await buildStaff(ctx.db, { ...staff, role: 'centre_head' })).email;
  emails.municipalEmployee = (
    await buildStaff(ctx.db, { municipalityId: centre.municipalityId, centreId: null })
  ).email;
  emails.otherCentre = (
    await buildStaff(ctx.db, { municipalityId: other.municipalityId, centreId: other.centreId })
  ).email;
  emails.vid = (await buildUser(ctx, { role: 'institution_coordinator', organisation: 'VID' })).email;
  emails.ur = (
    await buildUser(ctx, { role: 'institution_coordinator', organisation: 'UR', validFrom: '2020-01-01' })
  ).email;
  emails.ministry = (await buildUser(ctx, { role: 'ministry_supervisor', validFrom: '2020-01-01' })).email;
  emails.committee = (await buildUser(ctx, { role: 'committee_member', validFrom: '2020-01-01' })).email;
});
after(() => ctx.close());

const as = (who: string) => login(ctx.app, emails[who]!);
const register = (session: Session, extra: Record<string, unknown> = {}) =>
  session.request('POST', '/api/v1/contacts', {
    centreId: centre.centreId,
    servicePointId: centre.pointId,
    type: 'information',
    serviceIds: [vidService],
    client: { personalCode: CODE },
    note: 'Zvanīs vēlreiz',
    ...extra,
  });

test("CR-17.2 staff see their centre's contacts with the client masked; another centre's staff see nothing (404)", async () => {
  ctx.clock.set(NOW);
  const employee = await as('employee');
  const c = (await register(employee)).json;
  for (const who of ['employee', 'colleague', 'head', 'municipalEmployee']) {
    const list = await (await as(who)).request('GET', `/api/v1/contacts?centreId=${centre.centreId}&date=2026-11-23`);
    assert.equal(list.status, 200, list.body);
    const item = list.json.items.find((i: { id: string }) => i.id === c.id);
    assert.deepEqual([item?.client.identifier, item?.note], ['120190-1****', 'Zvanīs vēlreiz'], who);
    assert.equal(item.editable, who === 'employee' || who === 'head', `${who} editable`);
  }
  assert.doesNotMatch(
    JSON.stringify((await employee.request('GET', `/api/v1/contacts/${c.id}`)).json),
    new RegExp(CODE.slice(8)),
  );
  const mine = await (await as('colleague')).request('GET', `/api/v1/contacts?centreId=${centre.centreId}&mine=true`);
  assert.equal(mine.json.total, 0);
  const outsider = await as('otherCentre');
  assert.equal((await outsider.request('GET', `/api/v1/contacts/${c.id}`)).status, 404);
  assert.equal((await outsider.request('GET', `/api/v1/contacts?centreId=${centre.centreId}`)).json.total, 0);
  assert.equal((await outsider.request('GET', `/api/v1/centres/${centre.centreId}/contact-dashboard`)).status, 404);
});

test("CR-19.7 an institution sees the contacts about its services, without the client's identifier or the note", async () => {
  ctx.clock.set(NOW);
  const employee = await as('employee');
  const aboutVid = (await register(employee)).json;
  const aboutUr = (await register(employee, { serviceIds: [urService] })).json;
  const vid = await as('vid');
  const list = await vid.request('GET', '/api/v1/contacts?date=2026-11-23');
  assert.equal(list.status, 200, list.body);
  const ids = list.json.items.map((i: { id: string }) => i.id);
  assert.ok(ids.includes(aboutVid.id) && !ids.includes(aboutUr.id));
  const one = await vid.request('GET', `/api/v1/contacts/${aboutVid.id}`);
  assert.deepEqual(
    [one.json.client, one.json.note, one.json.editable],
    [{ kind: 'natural_person', identifier: null, masked: true }, null, false],
  );
  assert.doesNotMatch(list.body + one.body, /120190/);
  assert.equal((await vid.request('GET', `/api/v1/contacts/${aboutUr.id}`)).status, 404);
  assert.equal((await vid.request('GET', `/api/v1/contacts/${aboutVid.id}/client-code`)).status, 403);
  assert.equal(
    (
      await vid.request(
        'PATCH',
        `/api/v1/contacts/${aboutVid.id}`,
        { note: 'x' },
        await currentVersion(ctx.db, 'contacts', aboutVid.id),
      )
    ).status,
    403,
  );
  assert.equal((await (await as('ur')).request('GET', `/api/v1/contacts/${aboutUr.id}`)).status, 200);
});

test('the ministry sees counts only: by centre, type, channel, service and day', async () => {
  ctx.clock.set(NOW);
  const counted = await buildCentre(ctx.db, { hours: '08:00-17:00' });
  const employee = await login(
    ctx.app,
    (await buildStaff(ctx.db, { municipalityId: counted.municipalityId, centreId: counted.centreId })).email,
  );
  const at = { centreId: counted.centreId, servicePointId: counted.pointId };
  for (const extra of [
    { type: 'information', serviceIds: [vidService, urService] },
    { type: 'information', serviceIds: [vidService] },
    { type: 'question', channel: 'email' },
  ]) {
    assert.equal((await employee.request('POST', '/api/v1/contacts', { ...at, ...extra })).status, 201);
  }
  const ministry = await as('ministry');
  assert.equal((await ministry.request('GET', '/api/v1/contacts')).status, 403);
  const stats = await ministry.request('GET', `/api/v1/contacts/stats?centreId=${counted.centreId}`);
  assert.equal(stats.status, 200, stats.body);
  const s = stats.json;
  assert.deepEqual([s.from, s.to, s.total], ['2026-10-25', '2026-11-23', 3]);
  assert.deepEqual(
    s.byCentre.map((c: { id: string; count: number }) => [c.id, c.count]),
    [[counted.centreId, 3]],
  );
  assert.deepEqual(s.byType, [
    { key: 'information', count: 2 },
    { key: 'question', count: 1 },
  ]);
  assert.deepEqual(s.byChannel, [
    { key: 'in_person', count: 2 },
    { key: 'email', count: 1 },
  ]);
  assert.deepEqual(
    s.byService.map((x: { id: string; count: number }) => [x.id, x.count]),
    [
      [vidService, 2],
      [urService, 1],
    ],
  );
  assert.deepEqual(s.byDay, [{ date: '2026-11-23', count: 3 }]);
  const network = await ministry.request('GET', '/api/v1/contacts/stats');
  assert.ok(network.json.total > 3, 'the whole network');
  const own = await employee.request('GET', '/api/v1/contacts/stats');
  assert.equal(own.json.total, 3, 'staff count their own centre');
  assert.equal((await (await as('committee')).request('GET', '/api/v1/contacts/stats')).status, 403);
  const bad = await ministry.request('GET', '/api/v1/contacts/stats?from=2025-01-01&to=2026-11-23');
  assert.deepEqual([bad.status, bad.json.errors?.[0]?.field], [400, '/from']);
});

test('CR-17.1 the employee who registered a contact, or the head, changes and undoes it the same day; a colleague may not; the next day nobody can', async () => {
  ctx.clock.set(NOW);
  const employee = await as('employee');
  const c = (await register(employee)).json;
  const undone = (await register(employee, { type: 'question', serviceIds: [] })).json;

  const changed = await employee.request(
    'PATCH',
    `/api/v1/contacts/${c.id}`,
    { note: 'Atnāks rīt', serviceIds: [urService], client: { regNo: '40003521600' } },
    await currentVersion(ctx.db, 'contacts', c.id),
  );
  assert.equal(changed.status, 200, changed.body);
  assert.deepEqual(
    [changed.json.note, changed.json.institutions[0].shortName, changed.json.client.identifier],
    ['Atnāks rīt', 'UR', '40003521600'],
  );
  const bad = await employee.request(
    'PATCH',
    `/api/v1/contacts/${c.id}`,
    { client: { personalCode: '120190-00001' } },
    await currentVersion(ctx.db, 'contacts', c.id),
  );
  assert.deepEqual([bad.status, bad.json.errors?.[0]?.field], [400, '/client/personalCode']);
  const yesterday = await employee.request(
    'PATCH',
    `/api/v1/contacts/${c.id}`,
    { occurredAt: '2026-11-22T10:00:00Z' },
    await currentVersion(ctx.db, 'contacts', c.id),
  );
  assert.deepEqual([yesterday.status, yesterday.json.errors?.[0]?.code], [400, 'contact_time_not_that_day']);

  const colleague = await as('colleague');
  const refused = await colleague.request(
    'PATCH',
    `/api/v1/contacts/${c.id}`,
    { note: 'x' },
    await currentVersion(ctx.db, 'contacts', c.id),
  );
  assert.deepEqual([refused.status, refused.json.code], [403, 'contact_not_yours']);
  assert.equal(
    (
      await colleague.request(
        'DELETE',
        `/api/v1/contacts/${c.id}`,
        undefined,
        await currentVersion(ctx.db, 'contacts', c.id),
      )
    ).status,
    403,
  );
  const head = await as('head');
  assert.equal(
    (
      await head.request(
        'PATCH',
        `/api/v1/contacts/${c.id}`,
        { outcome: 'referred_to_institution' },
        await currentVersion(ctx.db, 'contacts', c.id),
      )
    ).status,
    200,
  );

  assert.equal(
    (
      await employee.request(
        'DELETE',
        `/api/v1/contacts/${undone.id}`,
        undefined,
        await currentVersion(ctx.db, 'contacts', undone.id),
      )
    ).status,
    200,
  );
  assert.equal((await employee.request('GET', `/api/v1/contacts/${undone.id}`)).status, 404);
  const deletion = await ctx.db
    .selectFrom('audit_events')
    .selectAll()
    .where('entity_id', '=', undone.id)
    .where('action', '=', 'contact.delete')
    .executeTakeFirstOrThrow();
  assert.equal((deletion.before as { clientKind: string }).clientKind, 'natural_person');
  assert.doesNotMatch(JSON.stringify(deletion), /120190/, 'the undo is audited without the client code');
  const actions = await ctx.db
    .selectFrom('audit_events')
    .select('action')
    .where('entity_id', '=', c.id)
    .orderBy('seq')
    .execute();
  assert.deepEqual(
    actions.map((a) => a.action),
    ['contact.create', 'contact.update', 'contact.update'],
  );

  ctx.clock.set('2026-11-23T22:00:00Z'); // 00:00 the next day in Riga
  for (const who of ['employee', 'head']) {
    const session = await as(who);
    const late = await session.request(
      'PATCH',
      `/api/v1/contacts/${c.id}`,
      { note: 'vēlāk' },
      { 'accept-language': 'en', ...(await currentVersion(ctx.db, 'contacts', c.id)) },
    );
    assert.deepEqual(
      [late.status, late.json.code, late.json.title],
      [409, 'contact_day_over', 'A contact can be changed or undone only on the day it was registered (23.11.2026.).'],
      who,
    );
    assert.equal(
      (
        await session.request(
          'DELETE',
          `/api/v1/contacts/${c.id}`,
          undefined,
          await currentVersion(ctx.db, 'contacts', c.id),
        )
      ).status,
      409,
    );
    const item = (await session.request('GET', `/api/v1/contacts/${c.id}`)).json;
    assert.equal(item.editable, false);
  }
});

test('personal codes are masked; showing one in full is a deliberate action the audit trail records', async () => {
  ctx.clock.set(NOW);
  const employee = await as('employee');
  const c = (await register(employee)).json;
  const colleague = await as('colleague');
  const shown = await colleague.request('GET', `/api/v1/contacts/${c.id}/client-code`);
  assert.equal(shown.status, 200, shown.body);
  assert.deepEqual(shown.json, { kind: 'natural_person', identifier: CODE });
  const event = await ctx.db
    .selectFrom('audit_events')
    .selectAll()
    .where('entity_id', '=', c.id)
    .where('action', '=', 'person.code_viewed')
    .executeTakeFirstOrThrow();
  assert.equal(event.actor_label, emails.colleague);
  assert.doesNotMatch(JSON.stringify(event), new RegExp(CODE.slice(8)), 'the event says who looked, not the code');
  assert.equal((await (await as('otherCentre')).request('GET', `/api/v1/contacts/${c.id}/client-code`)).status, 404);
  const anonymous = (await register(employee, { client: null })).json;
  assert.equal(anonymous.client, null);
  assert.equal((await employee.request('GET', `/api/v1/contacts/${anonymous.id}/client-code`)).status, 404);
});
