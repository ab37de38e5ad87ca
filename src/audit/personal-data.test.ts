// The audit trail is read by the ministry, auditors and maintainers, who see no contact, no submitter and no
// e-service client: the trail keeps what changed, never the personal free text or identifiers behind it. New events
// are recorded so (contacts/audit-view.ts …); events stored before that are withheld on the way out (personal-data.ts).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { systemActor } from '../platform/access/actor.ts';
import { recordAudit, type AuditInput } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { balviCentre } from '../centres/test-fixtures.ts';
import { buildService as buildContactService, buildStaff, personalCode } from '../contacts/test-fixtures.ts';
import { registration } from '../feedback/test-fixtures.ts';
import { ADDRESS, buildService as buildEserviceService, CLIENT, start, takeSteps } from '../eservices/test-fixtures.ts';
import { WITHHELD } from './personal-data.ts';

let ctx: TestContext;
let balvi: Awaited<ReturnType<typeof balviCentre>>;
let employee: Session;
let readers: [string, Session][];
const TODAY = '2026-11-23';

before(async () => {
  ctx = await testContext();
  ctx.clock.set(`${TODAY}T10:00:00Z`);
  balvi = await balviCentre(ctx.db);
  employee = await login(
    ctx.app,
    (await buildStaff(ctx.db, { municipalityId: balvi.municipalityId, centreId: balvi.centreId })).email,
  );
  readers = [];
  for (const role of ['ministry_supervisor', 'auditor', 'maintainer'] as const)
    readers.push([role, await login(ctx.app, (await buildUser(ctx, { role })).email)]);
});
after(() => ctx.close());

/** Every event about the entity, as each trail reader gets it, as one JSON text per reader. */
async function trailAsReaders(
  entityType: string,
  entityId: string,
): Promise<[string, string, { action: string; before: unknown; after: unknown }[]][]> {
  const out: [string, string, { action: string; before: unknown; after: unknown }[]][] = [];
  for (const [role, session] of readers) {
    const res = await session.request(
      'GET',
      `/api/v1/audit-events?entityType=${entityType}&entityId=${entityId}&limit=100`,
    );
    assert.equal(res.status, 200, `${role}: ${res.body}`);
    out.push([role, res.body, res.json.items]);
  }
  return out;
}

/** The version a change names (contacts are versioned: PATCH and DELETE carry If-Match). */
const ifMatch = (res: { json: { version: number } }) => ({ 'if-match': `"${res.json.version}"` });

function assertAbsent(json: string, secrets: readonly string[], role: string): void {
  for (const secret of secrets) assert.ok(!json.includes(secret), `${role} reads "${secret}" in the audit trail`);
}

test('CR-17.1 CR-19.7 the ministry, auditors and maintainers read what happened to a contact, never its note nor the client code, not even masked', async () => {
  const code = personalCode('120190', 1, '234');
  const other = personalCode('250385', 1, '567');
  const vidService = (
    await buildContactService(ctx.db, { holderId: await organisationId(ctx.db, 'VID'), name: 'Deklarāciju pieņemšana' })
  ).id;
  const base = {
    centreId: balvi.centreId,
    servicePointId: balvi.pointId,
    type: 'information',
    serviceIds: [vidService],
  };
  const created = await employee.request('POST', '/api/v1/contacts', {
    ...base,
    client: { personalCode: code },
    note: 'Klientei grūtniecība, jautāja par slimības lapu',
  });
  assert.equal(created.status, 201, created.body);
  const id = created.json.id;
  const changed = await employee.request(
    'PATCH',
    `/api/v1/contacts/${id}`,
    {
      note: 'Parāds bāriņtiesai, lūdza nezvanīt darbā',
      client: { personalCode: other },
      outcome: 'referred_to_institution',
    },
    ifMatch(created),
  );
  assert.equal(changed.status, 200, changed.body);
  assert.equal((await employee.request('GET', `/api/v1/contacts/${id}/client-code`)).status, 200);
  const company = await employee.request('POST', '/api/v1/contacts', {
    ...base,
    client: { regNo: '40003521600' },
    note: 'SIA maksātnespēja',
  });
  assert.equal(company.status, 201, company.body);
  assert.equal(
    (await employee.request('DELETE', `/api/v1/contacts/${company.json.id}`, undefined, ifMatch(company))).status,
    200,
  );

  // The codes in every form the counter shows them: raw, formatted, masked (the masked prefix is the birth date).
  const secrets = [
    code,
    code.replace('-', ''),
    '120190',
    other,
    other.replace('-', ''),
    '250385',
    '40003521600',
    'grūtniecība',
    'bāriņtiesai',
    'maksātnespēja',
  ];
  for (const contactId of [id, company.json.id]) {
    for (const [role, json, items] of await trailAsReaders('contact', contactId)) {
      assertAbsent(json, secrets, role);
      assert.ok(items.length >= 2, `${role} still reads the events`);
    }
  }
  // Recorded so, not only read so: the stored events hold none of it either (the presenter is the second line).
  const stored = await ctx.db
    .selectFrom('audit_events')
    .select(['before', 'after'])
    .where('entity_id', 'in', [id, company.json.id])
    .execute();
  assert.ok(stored.length >= 5);
  assertAbsent(JSON.stringify(stored), [...secrets, '[withheld]'], 'the stored trail');
  const events = (await trailAsReaders('contact', id))[0]![2];
  const byAction = new Map(events.map((e) => [e.action, e]));
  assert.deepEqual(
    [...byAction.keys()].sort(),
    ['contact.create', 'contact.update', 'person.code_viewed'],
    'registration, change and the reveal of the code are all in the trail',
  );
  const create = byAction.get('contact.create')!.after as Record<string, unknown>;
  assert.deepEqual([create.clientKind, create.hasNote, create.outcome], ['natural_person', true, 'resolved_on_spot']);
  const update = byAction.get('contact.update')!.after as Record<string, unknown>;
  assert.deepEqual(update.changed, ['outcome', 'client', 'note'], 'a change names its fields, not their values');
  assert.equal(update.outcome, 'referred_to_institution');
  assert.deepEqual(byAction.get('person.code_viewed')!.after, { kind: 'natural_person' });
});

test('CR-17.13 DR-27.1 the trail keeps neither a submitter, a submission or an answer text, nor an e-service client’s name, code, document or address', async () => {
  const submission = registration(balvi.centreId, {
    text: 'Darbiniece izpauda manu diagnozi kaimiņiem',
    submitter: { name: 'Zenta Ābolkalne', replyChannel: 'email', replyAddress: 'zenta.abolkalne@example.lv' },
  });
  const registered = await employee.request('POST', '/api/v1/feedback-cases', submission);
  assert.equal(registered.status, 201, registered.body);
  const answered = await employee.request('POST', `/api/v1/feedback-cases/${registered.json.id}/answer`, {
    text: 'Atvainojamies, Ābolkalnes kundze',
    channel: 'email',
  });
  assert.equal(answered.status, 200, answered.body);
  for (const [role, json, items] of await trailAsReaders('feedback_case', registered.json.id)) {
    assertAbsent(json, ['diagnozi', 'Ābolkalne', 'abolkalne@', 'Atvainojamies'], role);
    assert.deepEqual(items.map((e) => e.action).sort(), ['feedback.answer', 'feedback.register'], role);
  }

  const service = await buildEserviceService(ctx);
  const eservice = await start(employee, balvi.centreId, service.id);
  await takeSteps(employee, eservice, 'delivery', TODAY);
  assert.equal((await employee.request('GET', `/api/v1/authorised-eservices/${eservice}/client-code`)).status, 200);
  for (const [role, json, items] of await trailAsReaders('authorised_eservice', eservice)) {
    assertAbsent(
      json,
      [
        CLIENT.name,
        CLIENT.personalCode,
        CLIENT.personalCode.replace('-', ''),
        CLIENT.masked,
        'LV1234567',
        ADDRESS,
        'LVP-2026-000123',
      ],
      role,
    );
    assert.ok(
      items.some((e) => e.action === 'authorised_eservice.identity') &&
        items.some((e) => e.action === 'person.code_viewed'),
      role,
    );
  }
});

test('events stored before the capabilities stopped recording personal data are read with those fields withheld; other events and the chain are untouched', async () => {
  const legacy = async (input: AuditInput) =>
    inTransaction(ctx.db, (trx) => recordAudit(trx, { actor: systemActor('vecā versija') }, input));
  await legacy({
    action: 'contact.create',
    entityType: 'contact',
    entityId: 'legacy-contact',
    after: {
      outcome: 'other',
      note: 'Vecā piezīme par klientu',
      client: { kind: 'natural_person', identifier: '120190-1****' },
    },
  });
  await legacy({
    action: 'person.code_viewed',
    entityType: 'contact',
    entityId: 'legacy-contact',
    after: { kind: 'natural_person', identifier: '120190-1****' },
  });
  await legacy({
    action: 'feedback.register',
    entityType: 'feedback_case',
    entityId: 'legacy-case',
    after: {
      status: 'open',
      text: 'Vecs iesnieguma teksts',
      submitterName: 'Pēteris Vecais',
      replyAddress: 'peteris@example.lv',
    },
  });
  await legacy({
    action: 'authorised_eservice.identity',
    entityType: 'authorised_eservice',
    entityId: 'legacy-eservice',
    after: {
      step: 'identity',
      client: { name: 'Anna Vecā', personalCode: '120190-12342' },
      postalAddress: 'Vecā iela 1',
    },
  });
  await legacy({
    action: 'service.update',
    entityType: 'service',
    entityId: 'legacy-service',
    after: { identifier: 'PK-000123', name: 'Pakalpojums' },
  });

  const auditor = readers.find(([role]) => role === 'auditor')![1];
  const read = async (entityId: string) =>
    (await auditor.request('GET', `/api/v1/audit-events?entityId=${entityId}`)).json.items.map(
      (e: { after: unknown }) => e.after,
    );
  assert.deepEqual(await read('legacy-contact'), [
    { kind: 'natural_person', identifier: WITHHELD },
    { outcome: 'other', note: WITHHELD, client: { kind: 'natural_person' } },
  ]);
  assert.deepEqual(await read('legacy-case'), [
    { status: 'open', text: WITHHELD, submitterName: WITHHELD, replyAddress: WITHHELD },
  ]);
  assert.deepEqual(await read('legacy-eservice'), [{ step: 'identity', client: WITHHELD, postalAddress: WITHHELD }]);
  assert.deepEqual(
    await read('legacy-service'),
    [{ identifier: 'PK-000123', name: 'Pakalpojums' }],
    'a service’s identifier and name are no one’s personal data',
  );

  const stored = await ctx.db
    .selectFrom('audit_events')
    .select('after')
    .where('entity_id', '=', 'legacy-case')
    .executeTakeFirstOrThrow();
  assert.equal((stored.after as { text: string }).text, 'Vecs iesnieguma teksts', 'the stored event is not edited');
  assert.equal((await auditor.request('GET', '/api/v1/audit-events/verify')).json.ok, true);
});
