// Registering contacts at the counter (CR-17.1 … CR-17.4, CR-17.13): defaults, every field checked (400 naming it,
// nothing written), the client's code stored in full but shown masked and never audited, and Idempotency-Key retries —
// sequential and concurrent — that create one contact.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { balviCentre, buildCentre } from '../centres/test-fixtures.ts';
import { buildService, buildStaff, personalCode } from './test-fixtures.ts';
import type { DomainError } from '../platform/errors.ts';
import { statusOfKind } from '../platform/http/problem.ts';
import { KEY_RETENTION_DAYS, removeOldKeys, replay } from './idempotency.ts';
import { findIdempotent } from './repository.ts';

let ctx: TestContext;
let balvi: Awaited<ReturnType<typeof balviCentre>>;
let employee: Session;
let employeeId: string;
let vid: string;
let ur: string;
let vidService: string;
let urService: string;
let draftService: string;
let withdrawnService: string;
let otherCentre: Awaited<ReturnType<typeof buildCentre>>;
const NOW = '2026-11-23T10:00:00.000Z'; // Monday, 12:00 in Riga

before(async () => {
  ctx = await testContext();
  ctx.clock.set(NOW);
  balvi = await balviCentre(ctx.db);
  vid = await organisationId(ctx.db, 'VID');
  ur = await organisationId(ctx.db, 'UR');
  vidService = (await buildService(ctx.db, { holderId: vid, name: 'Deklarāciju pieņemšana' })).id;
  urService = (await buildService(ctx.db, { holderId: ur, name: 'Izziņa no komercreģistra' })).id;
  draftService = (await buildService(ctx.db, { holderId: vid, name: 'Melnraksts', status: 'draft' })).id;
  withdrawnService = (await buildService(ctx.db, { holderId: vid, name: 'Atsaukts', status: 'withdrawn' })).id;
  otherCentre = await buildCentre(ctx.db, { hours: '08:00-17:00' });
  const staff = await buildStaff(ctx.db, { municipalityId: balvi.municipalityId, centreId: balvi.centreId });
  employeeId = staff.id;
  employee = await login(ctx.app, staff.email);
});
after(() => ctx.close());

const body = (extra: Record<string, unknown> = {}) => ({
  centreId: balvi.centreId,
  servicePointId: balvi.pointId,
  type: 'information',
  serviceIds: [vidService],
  ...extra,
});
const counts = async () => {
  const row = await sql<{
    contacts: number;
    events: number;
    keys: number;
  }>`select (select count(*)::int from contacts) as contacts,
    (select count(*)::int from audit_events) as events, (select count(*)::int from contact_idempotency) as keys`.execute(
    ctx.db,
  );
  return row.rows[0]!;
};

test('CR-17.2 information given at the counter is registered with the defaults: now, in person, resolved on the spot, the holder concerned', async () => {
  const code = personalCode('120190', 1, '234');
  const res = await employee.request(
    'POST',
    '/api/v1/contacts',
    body({ client: { personalCode: code }, note: '  Jautāja par termiņu  ' }),
  );
  assert.equal(res.status, 201, res.body);
  const c = res.json;
  assert.equal(c.occurredAt, NOW);
  assert.equal(c.occurredOn, '2026-11-23');
  assert.deepEqual(
    [c.channel, c.type, c.outcome, c.state, c.dueOn, c.editable],
    ['in_person', 'information', 'resolved_on_spot', 'closed', null, true],
  );
  assert.deepEqual(
    c.services.map((s: { id: string }) => s.id),
    [vidService],
  );
  assert.deepEqual(
    c.institutions.map((i: { shortName: string }) => i.shortName),
    ['VID'],
  );
  assert.deepEqual(c.client, { kind: 'natural_person', identifier: '120190-1****', masked: true });
  assert.equal(c.note, 'Jautāja par termiņu');
  assert.equal(c.employee.id, employeeId);
  assert.equal(c.servicePoint.id, balvi.pointId);
  assert.equal(c.editableUntil, '2026-11-23T22:00:00.000Z', 'the end of the Riga day');

  const row = await ctx.db.selectFrom('contacts').selectAll().where('id', '=', c.id).executeTakeFirstOrThrow();
  assert.equal(row.client_code, code.replace('-', ''), 'the code is stored, no name');
  const event = await ctx.db
    .selectFrom('audit_events')
    .selectAll()
    .where('entity_id', '=', c.id)
    .where('action', '=', 'contact.create')
    .executeTakeFirstOrThrow();
  const after = event.after as { clientKind: string; hasNote: boolean };
  assert.deepEqual([after.clientKind, after.hasNote], ['natural_person', true]);
  assert.doesNotMatch(
    JSON.stringify(event),
    /120190|termiņu/,
    'the audit trail keeps neither the code (not even masked) nor the note',
  );
});

test('CR-17.1 an application for two services, for a legal person, earlier the same day, with the institutions named', async () => {
  const res = await employee.request(
    'POST',
    '/api/v1/contacts',
    body({
      type: 'application_accepted',
      serviceIds: [urService, vidService],
      institutionIds: [ur],
      client: { regNo: '40003521600' },
      occurredAt: '2026-11-23T06:15:00Z',
      channel: 'phone',
      outcome: 'application_forwarded',
    }),
  );
  assert.equal(res.status, 201, res.body);
  assert.deepEqual(
    res.json.services.map((s: { id: string }) => s.id),
    [urService, vidService],
    'in the order given',
  );
  assert.deepEqual(
    res.json.institutions.map((i: { id: string }) => i.id),
    [ur],
  );
  assert.deepEqual(res.json.client, { kind: 'legal_person', identifier: '40003521600', masked: false });
  assert.deepEqual(
    [res.json.channel, res.json.outcome, res.json.occurredAt],
    ['phone', 'application_forwarded', '2026-11-23T06:15:00.000Z'],
  );
});

test('CR-17.4 CR-17.13 an e-address consultation or a suggestion needs no service; an application does', async () => {
  const consultation = await employee.request(
    'POST',
    '/api/v1/contacts',
    body({ type: 'e_address_consultation', serviceIds: [] }),
  );
  assert.equal(consultation.status, 201, consultation.body);
  assert.deepEqual(consultation.json.institutions, []);
  const suggestion = await employee.request(
    'POST',
    '/api/v1/contacts',
    body({ type: 'suggestion', serviceIds: undefined, note: 'Pagarināt darba laiku' }),
  );
  assert.equal(suggestion.status, 201, suggestion.body);
});

test('CR-17.1 every field is checked: a 400 naming it (a bad personal code names /client/personalCode), and nothing is written', async () => {
  const code = personalCode('120190', 1, '234');
  const badCode = `${code.slice(0, 11)}${(Number(code.at(-1)) + 1) % 10}`;
  const otherPoint = otherCentre.pointId!;
  const unknown = '00000000-0000-4000-8000-000000000000';
  const cases: [Record<string, unknown>, string, string][] = [
    [body({ client: { personalCode: badCode } }), '/client/personalCode', 'personal_code_checksum'],
    [body({ client: { personalCode: '320190-1234' } }), '/client/personalCode', 'personal_code_format'],
    [body({ client: { regNo: '40003521601' } }), '/client/regNo', 'field_reg_no_checksum'],
    [body({ client: {} }), '/client', 'contact_client_identifier_required'],
    [body({ client: { personalCode: code, regNo: '40003521600' } }), '/client/regNo', 'contact_client_one_identifier'],
    [body({ centreId: otherCentre.centreId, servicePointId: otherPoint }), '/centreId', 'contact_centre_not_yours'],
    [body({ centreId: unknown }), '/centreId', 'contact_centre_not_yours'],
    [body({ servicePointId: otherPoint }), '/servicePointId', 'contact_point_not_in_centre'],
    [body({ serviceIds: [vidService, unknown] }), '/serviceIds/1', 'contact_service_unknown'],
    [body({ serviceIds: [draftService] }), '/serviceIds/0', 'contact_service_not_in_scope'],
    [body({ serviceIds: [withdrawnService] }), '/serviceIds/0', 'contact_service_not_in_scope'],
    [body({ type: 'application_accepted', serviceIds: [] }), '/serviceIds', 'contact_service_required'],
    [body({ institutionIds: [unknown] }), '/institutionIds/0', 'contact_institution_unknown'],
    [
      body({ institutionIds: [await organisationId(ctx.db, 'VARAM')] }),
      '/institutionIds/0',
      'contact_institution_unknown',
    ],
    [body({ occurredAt: '2026-11-23T11:00:00Z' }), '/occurredAt', 'contact_time_future'],
    [body({ occurredAt: '2026-11-22T21:59:00Z' }), '/occurredAt', 'contact_time_not_that_day'],
    [body({ occurredAt: 'vakar' }), '/occurredAt', 'field_format'],
    [body({ channel: 'fax' }), '/channel', 'field_enum'],
    [body({ type: undefined }), '/type', 'field_required'],
    [body({ type: 'gossip' }), '/type', 'field_enum'],
    [body({ outcome: 'maybe' }), '/outcome', 'field_enum'],
    [body({ note: 'x'.repeat(1001) }), '/note', 'field_too_long'],
    [body({ serviceIds: Array.from({ length: 11 }, () => vidService) }), '/serviceIds', 'field_too_many'],
    [body({ serviceIds: ['PK-000001'] }), '/serviceIds/0', 'field_format'],
    [body({ servicePointId: undefined }), '/servicePointId', 'field_required'],
    [body({ extra: 1 }), '/extra', 'field_unknown'],
  ];
  const before = await counts();
  for (const [payload, field, code] of cases) {
    const res = await employee.request('POST', '/api/v1/contacts', payload, {
      'idempotency-key': `bad-${field}-${code}`,
    });
    assert.equal(res.status, 400, `${field}: ${res.body}`);
    assert.ok(
      res.json.errors.some((e: { field: string; code: string }) => e.field === field && e.code === code),
      `${field} ${code}: ${JSON.stringify(res.json.errors)}`,
    );
  }
  assert.deepEqual(await counts(), before, 'nothing written');
  const header = await employee.request('POST', '/api/v1/contacts', body(), { 'idempotency-key': 'ar atstarpi' });
  assert.equal(header.status, 400);
  assert.deepEqual([header.json.errors[0].field, header.json.errors[0].in], ['/idempotency-key', 'header']);
});

test('CR-17.1 a retry with the same Idempotency-Key returns the same status and body and creates nothing', async () => {
  const before = await counts();
  const payload = body({ client: { personalCode: personalCode('010203', 2, '111') } });
  const first = await employee.request('POST', '/api/v1/contacts', payload, { 'idempotency-key': 'reg-0001' });
  assert.equal(first.status, 201, first.body);
  ctx.clock.set('2026-11-23T10:00:30Z');
  const retry = await employee.request('POST', '/api/v1/contacts', payload, { 'idempotency-key': 'reg-0001' });
  assert.equal(retry.status, 201);
  assert.equal(retry.body, first.body, 'byte for byte');
  assert.equal(retry.headers['idempotent-replayed'], 'true');
  const after = await counts();
  assert.deepEqual(
    [after.contacts - before.contacts, after.keys - before.keys, after.events - before.events],
    [1, 1, 1],
  );
  ctx.clock.set(NOW);
});

test('CR-17.1 reusing an Idempotency-Key for a different request is a 422, and nothing is written', async () => {
  const first = await employee.request('POST', '/api/v1/contacts', body(), { 'idempotency-key': 'reg-0002' });
  assert.equal(first.status, 201);
  const before = await counts();
  const other = await employee.request('POST', '/api/v1/contacts', body({ note: 'cits' }), {
    'idempotency-key': 'reg-0002',
  });
  assert.equal(other.status, 422, other.body);
  assert.equal(other.json.code, 'idempotency_key_reused');
  assert.deepEqual(await counts(), before);
});

test('CR-17.1 concurrent retries with one Idempotency-Key store one contact and all get its response', async () => {
  const before = await counts();
  const payload = body({ type: 'question', serviceIds: [] });
  const results = await Promise.all(
    Array.from({ length: 8 }, () =>
      employee.request('POST', '/api/v1/contacts', payload, { 'idempotency-key': 'reg-concurrent' }),
    ),
  );
  assert.deepEqual(
    results.map((r) => r.status),
    Array(8).fill(201),
    results.map((r) => r.body).join('\n'),
  );
  assert.equal(new Set(results.map((r) => r.json.id)).size, 1);
  const after = await counts();
  assert.deepEqual(
    [after.contacts - before.contacts, after.keys - before.keys, after.events - before.events],
    [1, 1, 1],
  );
});

test('CR-17.1 the same key of another employee is another registration', async () => {
  const colleague = await login(
    ctx.app,
    (await buildStaff(ctx.db, { municipalityId: balvi.municipalityId, centreId: balvi.centreId })).email,
  );
  const mine = await employee.request('POST', '/api/v1/contacts', body(), { 'idempotency-key': 'shared-key' });
  const theirs = await colleague.request('POST', '/api/v1/contacts', body(), { 'idempotency-key': 'shared-key' });
  assert.deepEqual([mine.status, theirs.status], [201, 201]);
  assert.notEqual(mine.json.id, theirs.json.id);
});

test('CR-17.1 a registration kept offline and retried the next day gets its first answer, although the day has changed', async () => {
  ctx.clock.set(NOW);
  const staff = await buildStaff(ctx.db, { municipalityId: balvi.municipalityId, centreId: balvi.centreId });
  const first = await (await login(ctx.app, staff.email)).request('POST', '/api/v1/contacts', body(), {
    'idempotency-key': 'offline-1',
  });
  assert.equal(first.status, 201);
  ctx.clock.set('2026-11-24T08:00:00Z');
  const nextDay = await login(ctx.app, staff.email);
  const before = await counts();
  const retry = await nextDay.request('POST', '/api/v1/contacts', body(), { 'idempotency-key': 'offline-1' });
  assert.deepEqual([retry.status, retry.body], [201, first.body]);
  assert.deepEqual(await counts(), before);
  ctx.clock.set(NOW);
});

test('CR-17.1 keys older than the retention are removed by the job; the contacts stay, and newer keys are kept', async () => {
  ctx.clock.set(NOW);
  const old = await employee.request('POST', '/api/v1/contacts', body(), { 'idempotency-key': 'kept-a-week' });
  assert.equal(old.status, 201, old.body);
  ctx.clock.set(new Date(Date.parse(NOW) + (KEY_RETENTION_DAYS - 1) * 86_400_000).toISOString());
  const later = await login(
    ctx.app,
    (await buildStaff(ctx.db, { municipalityId: balvi.municipalityId, centreId: balvi.centreId })).email,
  );
  const fresh = await later.request('POST', '/api/v1/contacts', body(), { 'idempotency-key': 'fresh-key' });
  assert.equal(fresh.status, 201, fresh.body);
  const keysBefore = (await counts()).keys;
  ctx.clock.set(new Date(Date.parse(NOW) + KEY_RETENTION_DAYS * 86_400_000 + 1000).toISOString());
  const removed = await removeOldKeys(ctx.deps);
  assert.ok(removed >= 1, 'the week-old key is removed');
  const left = await ctx.db.selectFrom('contact_idempotency').select('key').execute();
  assert.ok(!left.some((k) => k.key === 'kept-a-week') && left.some((k) => k.key === 'fresh-key'));
  assert.equal((await counts()).keys, keysBefore - removed);
  assert.ok(
    await ctx.db.selectFrom('contacts').select('id').where('id', '=', old.json.id).executeTakeFirst(),
    'the contact itself stays',
  );
  ctx.clock.set(NOW);
});

test("CR-17.3 DR-29 an e-service consultation is registered for any service; filing on the client's behalf only where the description allows it", async () => {
  ctx.clock.set(NOW);
  const notFilable = (await buildService(ctx.db, { holderId: vid, name: 'Bez pilnvarošanas', filableOnBehalf: false }))
    .id;
  const consult = await employee.request(
    'POST',
    '/api/v1/contacts',
    body({ type: 'eservice_consultation', serviceIds: [notFilable] }),
  );
  assert.equal(consult.status, 201, consult.body);
  const filed = await employee.request(
    'POST',
    '/api/v1/contacts',
    body({ type: 'eservice_filed_on_behalf', serviceIds: [vidService] }),
  );
  assert.equal(filed.status, 201, filed.body);
  const before = await counts();
  const refused = await employee.request(
    'POST',
    '/api/v1/contacts',
    body({ type: 'eservice_filed_on_behalf', serviceIds: [vidService, notFilable] }),
  );
  assert.equal(refused.status, 400, refused.body);
  assert.deepEqual(
    refused.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    [['/serviceIds/1', 'contact_service_not_filable']],
  );
  assert.deepEqual(await counts(), before, 'nothing written');
});

test('CR-17.1 a retry after the contact was undone is told 410 contact_undone, not "201 created" for a contact that is gone; nothing written', async () => {
  ctx.clock.set(NOW);
  const payload = body({ note: 'Atsauks' });
  const first = await employee.request('POST', '/api/v1/contacts', payload, { 'idempotency-key': 'undone-1' });
  assert.equal(first.status, 201, first.body);
  assert.equal(
    (
      await employee.request('DELETE', `/api/v1/contacts/${first.json.id}`, undefined, {
        'if-match': `"${first.json.version}"`,
      })
    ).status,
    200,
  );
  const before = await counts();
  const retry = await employee.request('POST', '/api/v1/contacts', payload, {
    'idempotency-key': 'undone-1',
    'accept-language': 'en',
  });
  assert.equal(retry.status, 410, retry.body);
  assert.equal(retry.json.code, 'contact_undone');
  assert.match(retry.json.title, /undone/);
  assert.equal(retry.headers['idempotent-replayed'], undefined);
  assert.deepEqual(await counts(), before, 'the undone contact is not registered again');
  // The key still belongs to its first body: another body under it stays a client bug.
  const reused = await employee.request('POST', '/api/v1/contacts', body({ note: 'cits' }), {
    'idempotency-key': 'undone-1',
  });
  assert.deepEqual([reused.status, reused.json.code], [422, 'idempotency_key_reused']);
  // The path taken when two retries race (the insert finds the key taken) reads the same truth.
  const stored = await findIdempotent(ctx.db, employeeId, 'undone-1');
  assert.equal(stored?.contact_exists, false);
  assert.throws(
    () => replay(stored!, stored!.request_hash),
    (e: DomainError) => statusOfKind[e.kind] === 410 && e.code === 'contact_undone',
  );
});
