// SR-11, second half: a law change recorded against a service is met when a version is published after it was
// recorded and by the end of its effective day in Riga, late after it, overdue when the day passed without one;
// Q16 (SR-13) flags the overdue and the near ones. Who records, reads and deletes, and bad input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { currentVersion } from '../../test/support/versions.ts';
import { calendarFor } from '../platform/calendar/service.ts';
import type { Role } from '../platform/db/schema.ts';
import { auditEvents } from '../people/test-fixtures.ts';
import { lawChangeState } from './law-changes.ts';
import { serviceContent } from './test-fixtures.ts';

let ctx: TestContext;
let ur: string;
let pmlp: string;
let coordinator: Caller;
let admin: Caller;
let pmlpCoordinator: Caller;
let pmlpAdmin: Caller;
let nvaAdmin: Caller;
let supervisor: Caller;
let auditor: Caller;
let employee: Caller;

type Caller = Pick<Session, 'request'>;

/** A user whose session is renewed whenever the test clock has moved (sessions expire after 30 idle minutes). */
function caller(email: string): Caller {
  let session: Session | undefined;
  let since = 0;
  return {
    request: async (...args) => {
      if (!session || ctx.clock.now().getTime() !== since) {
        session = await login(ctx.app, email);
        since = ctx.clock.now().getTime();
      }
      return session.request(...args);
    },
  };
}

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T08:00:00Z');
  ur = await organisationId(ctx.db, 'UR');
  pmlp = await organisationId(ctx.db, 'PMLP');
  const user = async (role: Role, organisation?: string) =>
    caller((await buildUser(ctx, { role, ...(organisation ? { organisation } : {}) })).email);
  coordinator = await user('institution_coordinator', 'UR');
  admin = await user('org_admin', 'UR');
  pmlpCoordinator = await user('institution_coordinator', 'PMLP');
  pmlpAdmin = await user('org_admin', 'PMLP');
  nvaAdmin = await user('org_admin', 'NVA');
  supervisor = await user('ministry_supervisor');
  auditor = await user('auditor');
  employee = await user('centre_employee');
});
after(() => ctx.close());

const at = (instant: string) => ctx.clock.set(instant);
const changesUrl = (id: string) => `/api/v1/services/${id}/law-changes`;

/** A published service of the holder (registered and published at the clock's time). */
async function publishedService(describer: Caller, approver: Caller, holderId: string, name: string): Promise<string> {
  const res = await describer.request('POST', '/api/v1/services', {
    holderId,
    ...serviceContent({ name: { lv: name, en: name } }),
  });
  assert.equal(res.status, 201, res.body);
  assert.equal(
    (await approver.request('POST', `/api/v1/services/${res.json.id}/transitions`, { to: 'published' })).status,
    200,
  );
  return res.json.id;
}

/** A new version of the description published at the instant. */
async function republish(describer: Caller, approver: Caller, id: string, instant: string): Promise<void> {
  at(instant);
  assert.equal(
    (
      await describer.request(
        'PUT',
        `/api/v1/services/${id}/draft`,
        serviceContent({ appeal: { lv: 'Atjaunināts pēc grozījumiem.' } }),
        await currentVersion(ctx.db, 'services', id),
      )
    ).status,
    200,
  );
  const res = await approver.request('POST', `/api/v1/services/${id}/transitions`, { to: 'published' });
  assert.equal(res.status, 200, res.body);
}

async function record(session: Caller, id: string, body: Record<string, unknown>) {
  const res = await session.request('POST', changesUrl(id), body);
  assert.equal(res.status, 201, res.body);
  return res.json;
}

const listed = async (session: Caller, id: string) => (await session.request('GET', changesUrl(id))).json;
const stateOf = async (id: string, changeId: string, session: Caller = coordinator) =>
  (await listed(session, id)).items.find((c: { id: string }) => c.id === changeId).state;
type FindingOut = { check: string; severity: string; code: string; message: string };
const q16 = (findings: FindingOut[]) => findings.filter((f) => f.check === 'Q16').map((f) => [f.severity, f.message]);
const count = async () =>
  Number(
    (
      await ctx.db
        .selectFrom('service_law_changes')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
/** Audit events other than logins (the test's callers log in again whenever the clock moves). */
const auditCount = async () =>
  Number(
    (
      await ctx.db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('action', 'not like', 'auth.%')
        .executeTakeFirstOrThrow()
    ).n,
  );

test('SR-11 the state is decided on Riga dates, whatever the server time zone: the effective day ends at 00:00 in Riga', () => {
  const zone = process.env.TZ;
  try {
    for (const tz of ['UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      // Winter (UTC+2): 1 December ends at 22:00 UTC.
      assert.equal(
        lawChangeState(
          '2026-12-01',
          new Date('2026-12-01T21:59:59.999Z'),
          'published',
          new Date('2026-12-05T10:00:00Z'),
        ),
        'met',
        tz,
      );
      assert.equal(
        lawChangeState(
          '2026-12-01',
          new Date('2026-12-01T22:00:00.000Z'),
          'published',
          new Date('2026-12-05T10:00:00Z'),
        ),
        'late',
        tz,
      );
      assert.equal(
        lawChangeState('2026-12-01', null, 'published', new Date('2026-12-01T21:59:59.999Z')),
        'pending',
        tz,
      );
      assert.equal(
        lawChangeState('2026-12-01', null, 'published', new Date('2026-12-01T22:00:00.000Z')),
        'overdue',
        tz,
      );
      // Summer (UTC+3): 1 July ends at 21:00 UTC.
      assert.equal(
        lawChangeState(
          '2026-07-01',
          new Date('2026-07-01T20:59:59.999Z'),
          'published',
          new Date('2026-07-05T10:00:00Z'),
        ),
        'met',
        tz,
      );
      assert.equal(
        lawChangeState(
          '2026-07-01',
          new Date('2026-07-01T21:00:00.000Z'),
          'published',
          new Date('2026-07-05T10:00:00Z'),
        ),
        'late',
        tz,
      );
      assert.equal(lawChangeState('2026-07-01', null, 'draft', new Date('2026-07-01T21:00:00.000Z')), 'overdue', tz);
      assert.equal(lawChangeState('2026-07-01', null, 'withdrawn', new Date('2026-07-05T10:00:00Z')), 'void', tz);
      assert.equal(
        lawChangeState('2026-07-01', new Date('2026-06-30T10:00:00Z'), 'withdrawn', new Date('2026-07-05T10:00:00Z')),
        'void',
        tz,
      );
    }
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
});

test("SR-11 the holder's contact person records a change: pending, then met by a publication before 00:00 Riga of its day; audited", async () => {
  at('2026-11-23T08:00:00Z');
  const id = await publishedService(coordinator, admin, ur, 'Komersanta reģistrācija');
  at('2026-11-23T09:00:00Z');
  const change = await record(coordinator, id, {
    title: '  Grozījumi Komerclikumā  ',
    url: 'https://likumi.lv/ta/id/5490',
    effectiveOn: '2026-12-01',
  });
  assert.deepEqual(
    { ...change, id: undefined },
    {
      id: undefined,
      title: 'Grozījumi Komerclikumā',
      url: 'https://likumi.lv/ta/id/5490',
      effectiveOn: '2026-12-01',
      state: 'pending',
      publishedAt: null,
      recordedAt: '2026-11-23T09:00:00.000Z',
      recordedBy: { name: 'Test institution_coordinator', organisation: 'Uzņēmumu reģistrs' },
      canDelete: true,
    },
  );
  const [event] = await auditEvents(ctx.db, 'service.law_change_record', id);
  assert.deepEqual(
    [event?.entity_type, event?.organisation_id, (event?.after as { id: string; title: string }).title],
    ['service', ur, 'Grozījumi Komerclikumā'],
  );
  await republish(coordinator, admin, id, '2026-12-01T21:59:59Z');
  const list = await listed(coordinator, id);
  assert.deepEqual(
    [list.items[0].state, list.items[0].publishedAt, list.items[0].canDelete, list.canRecord],
    ['met', '2026-12-01T21:59:59.000Z', false, true],
  );
  at('2026-12-10T10:00:00Z');
  assert.equal(await stateOf(id, change.id), 'met', 'met stays met');
});

test('SR-11 published at 00:00 Riga the day after (22:00 UTC in winter) is late; a publication before the recording does not count', async () => {
  at('2026-11-23T08:00:00Z');
  const id = await publishedService(coordinator, admin, ur, 'Komersanta izslēgšana');
  at('2026-11-23T08:00:01Z');
  const change = await record(admin, id, { title: 'Grozījumi Komercreģistra likumā', effectiveOn: '2026-12-01' });
  assert.equal(change.state, 'pending', 'the publication a second earlier does not count');
  at('2026-12-01T21:59:59Z');
  assert.equal(await stateOf(id, change.id), 'pending', '23:59:59 in Riga on the day');
  at('2026-12-01T22:00:00Z');
  assert.equal(await stateOf(id, change.id), 'overdue', '00:00 in Riga the next day');
  await republish(coordinator, admin, id, '2026-12-01T22:00:00Z');
  assert.equal(await stateOf(id, change.id), 'late');
});

test('SR-11 SR-13 Q16: an overdue change is an error in the service quality, the unsaved check and the dashboard; a met one is not', async () => {
  at('2026-11-23T08:00:00Z');
  const id = await publishedService(pmlpCoordinator, pmlpAdmin, pmlp, 'Pases izsniegšana');
  const fine = await publishedService(pmlpCoordinator, pmlpAdmin, pmlp, 'Vīzas pagarināšana');
  at('2026-11-23T09:00:00Z');
  await record(supervisor, id, { title: 'Grozījumi Personu apliecinošu dokumentu likumā', effectiveOn: '2026-11-20' });
  const already = await record(supervisor, fine, { title: 'Grozījumi Imigrācijas likumā', effectiveOn: '2026-11-20' });
  assert.equal(already.state, 'overdue', 'recorded after its day without an update since');
  await republish(pmlpCoordinator, pmlpAdmin, fine, '2026-11-23T10:00:00Z');
  assert.equal(await stateOf(fine, already.id, pmlpCoordinator), 'late');

  const quality = await pmlpCoordinator.request('GET', `/api/v1/services/${id}/quality`);
  assert.deepEqual(q16(quality.json.findings), [
    [
      'error',
      'Apraksts nav atjaunināts un publicēts līdz tiesību akta grozījumu spēkā stāšanās dienai: Grozījumi Personu apliecinošu dokumentu likumā (2026-11-20) (SR-11).',
    ],
  ]);
  const en = await pmlpCoordinator.request('GET', `/api/v1/services/${id}/quality`, undefined, {
    'accept-language': 'en',
  });
  assert.match(
    q16(en.json.findings)[0]![1]!,
    /^The description was not updated and published by the day the law change took effect/,
  );
  assert.deepEqual(
    q16((await pmlpCoordinator.request('GET', `/api/v1/services/${fine}/quality`)).json.findings),
    [],
    'late is history, not a finding',
  );

  const unsaved = await pmlpCoordinator.request('POST', '/api/v1/services/quality-check', {
    holderId: pmlp,
    serviceId: id,
    content: serviceContent(),
  });
  assert.deepEqual(
    q16(unsaved.json.findings).map(([s]) => s),
    ['error'],
    'owed until a version is published, whatever is typed',
  );
  const fresh = await pmlpCoordinator.request('POST', '/api/v1/services/quality-check', {
    holderId: pmlp,
    content: serviceContent(),
  });
  assert.deepEqual(q16(fresh.json.findings), [], 'no service, no law changes');

  const board = (await supervisor.request('GET', `/api/v1/catalogue/quality?holderId=${pmlp}`)).json;
  assert.equal(board.checks.find((c: { check: string }) => c.check === 'Q16').count, 1);
  const worst = board.worst.find((w: { id: string }) => w.id === id);
  assert.deepEqual(q16(worst.findings), q16(quality.json.findings));
  assert.equal(worst.score, quality.json.score, 'the dashboard agrees with the service');
});

test("SR-11 SR-13 Q16 warns while a pending change takes effect within 10 working days of the holder's calendar, and stops once published", async () => {
  at('2026-11-23T08:00:00Z');
  const horizon = (await calendarFor(ctx.deps, ur)).dueAfterWorkingDays('2026-11-23', 10);
  assert.equal(horizon, '2026-12-07');
  const near = await publishedService(coordinator, admin, ur, 'Biedrības reģistrācija');
  const far = await publishedService(coordinator, admin, ur, 'Nodibinājuma reģistrācija');
  at('2026-11-23T09:00:00Z');
  await record(coordinator, near, { title: 'Grozījumi Biedrību un nodibinājumu likumā', effectiveOn: horizon });
  await record(coordinator, far, { title: 'Grozījumi Biedrību un nodibinājumu likumā', effectiveOn: '2026-12-08' });
  const findings = async (id: string) =>
    q16(
      (await coordinator.request('GET', `/api/v1/services/${id}/quality`, undefined, { 'accept-language': 'en' })).json
        .findings,
    );
  assert.deepEqual(await findings(near), [
    [
      'warning',
      'A law change takes effect soon; update and publish the description by that day: Grozījumi Biedrību un nodibinājumu likumā (2026-12-07) (SR-11).',
    ],
  ]);
  assert.deepEqual(await findings(far), [], 'the 11th working day');
  const unsaved = await coordinator.request('POST', '/api/v1/services/quality-check', {
    holderId: ur,
    serviceId: near,
    content: serviceContent(),
  });
  assert.deepEqual(
    q16(unsaved.json.findings).map(([s]) => s),
    ['warning'],
  );
  await republish(coordinator, admin, near, '2026-11-24T09:00:00Z');
  assert.deepEqual(await findings(near), [], 'met');
});

test('SR-11 a withdrawn service owes nothing: its changes are void and no more are recorded', async () => {
  at('2026-11-23T08:00:00Z');
  const id = await publishedService(coordinator, admin, ur, 'Atsaucamais pakalpojums');
  at('2026-11-23T09:00:00Z');
  const change = await record(coordinator, id, { title: 'Grozījumi', effectiveOn: '2026-11-24' });
  assert.equal((await admin.request('POST', `/api/v1/services/${id}/transitions`, { to: 'withdrawn' })).status, 200);
  at('2026-12-10T10:00:00Z');
  const list = await listed(coordinator, id);
  assert.deepEqual([list.items[0].state, list.items[0].canDelete, list.canRecord], ['void', false, false]);
  assert.deepEqual(q16((await coordinator.request('GET', `/api/v1/services/${id}/quality`)).json.findings), []);
  const refused = await coordinator.request('POST', changesUrl(id), { title: 'Vēl', effectiveOn: '2026-12-20' });
  assert.deepEqual([refused.status, refused.json.code], [409, 'service_withdrawn']);
  assert.equal((await coordinator.request('DELETE', `${changesUrl(id)}/${change.id}`)).status, 409);
});

test("SR-11 SR-8 scope: the holder's describers and the ministry record, readers read; others get 404, roles outside 403", async () => {
  at('2026-11-23T08:00:00Z');
  const id = await publishedService(coordinator, admin, ur, 'Komercķīlas reģistrācija');
  at('2026-11-23T09:00:00Z');
  const byMinistry = await record(supervisor, id, { title: 'Komercķīlas likuma grozījumi', effectiveOn: '2027-01-01' });
  assert.equal(byMinistry.recordedBy.organisation, 'Viedās administrācijas un reģionālās attīstības ministrija');
  const asAuditor = await listed(auditor, id);
  assert.deepEqual([asAuditor.items.length, asAuditor.canRecord, asAuditor.items[0].canDelete], [1, false, false]);
  assert.equal((await auditor.request('POST', changesUrl(id), { title: 'X', effectiveOn: '2027-01-01' })).status, 403);
  assert.equal((await employee.request('POST', changesUrl(id), { title: 'X', effectiveOn: '2027-01-01' })).status, 403);
  assert.equal((await employee.request('GET', changesUrl(id))).status, 404, 'a published service, but not its drafts');
  const before = [await count(), await auditCount()];
  assert.equal((await nvaAdmin.request('GET', changesUrl(id))).status, 404);
  assert.equal((await nvaAdmin.request('POST', changesUrl(id), { title: 'X', effectiveOn: '2027-01-01' })).status, 404);
  assert.equal((await nvaAdmin.request('DELETE', `${changesUrl(id)}/${byMinistry.id}`)).status, 404);
  const unknown = '00000000-0000-4000-8000-000000000000';
  assert.equal((await coordinator.request('GET', changesUrl(unknown))).status, 404);
  assert.equal(
    (await coordinator.request('POST', changesUrl(unknown), { title: 'X', effectiveOn: '2027-01-01' })).status,
    404,
  );
  assert.deepEqual([await count(), await auditCount()], before, 'nothing written');
  const other = await publishedService(coordinator, admin, ur, 'Cits pakalpojums');
  assert.equal(
    (await coordinator.request('DELETE', `${changesUrl(other)}/${byMinistry.id}`)).status,
    404,
    "another service's change",
  );
  assert.equal(await count(), before[0]);
});

test('SR-11 bad input answers 400 naming the field, and nothing is written', async () => {
  at('2026-11-23T08:00:00Z');
  const id = await publishedService(coordinator, admin, ur, 'Nekustamā īpašuma reģistrācija');
  const before = [await count(), await auditCount()];
  const cases: [unknown, string, string][] = [
    [{ effectiveOn: '2026-12-01' }, '/title', 'field_required'],
    [{ title: '   ', effectiveOn: '2026-12-01' }, '/title', 'field_required'],
    [{ title: 'ā'.repeat(501), effectiveOn: '2026-12-01' }, '/title', 'field_too_long'],
    [{ title: 'Grozījumi', url: 'javascript:alert(1)', effectiveOn: '2026-12-01' }, '/url', 'field_pattern'],
    [{ title: 'Grozījumi', url: 'https://' + 'a'.repeat(1000), effectiveOn: '2026-12-01' }, '/url', 'field_too_long'],
    [{ title: 'Grozījumi' }, '/effectiveOn', 'field_required'],
    [{ title: 'Grozījumi', effectiveOn: '2026-02-30' }, '/effectiveOn', 'field_format'],
    [{ title: 'Grozījumi', effectiveOn: '0000-01-01' }, '/effectiveOn', 'field_date_range'],
    [{ title: 'Grozījumi', effectiveOn: '2101-01-01' }, '/effectiveOn', 'field_date_range'],
    [{ title: 'Grozījumi', effectiveOn: '2026-12-01', state: 'met' }, '/state', 'field_unknown'],
  ];
  for (const [body, field, code] of cases) {
    const res = await coordinator.request('POST', changesUrl(id), body);
    assert.equal(res.status, 400, `${field}: ${res.body}`);
    assert.ok(
      res.json.errors.some((e: { field: string; code: string }) => e.field === field && e.code === code),
      `${field} ${code}: ${res.body}`,
    );
  }
  const badId = await coordinator.request('POST', '/api/v1/services/x/law-changes', {
    title: 'G',
    effectiveOn: '2026-12-01',
  });
  assert.deepEqual([badId.status, badId.json.errors[0].field], [400, '/id']);
  const badChange = await coordinator.request('DELETE', `${changesUrl(id)}/x`);
  assert.deepEqual([badChange.status, badChange.json.errors[0].field], [400, '/changeId']);
  assert.deepEqual([await count(), await auditCount()], before);
});

test('SR-11 a change recorded by mistake is deleted while pending (audited); once met or overdue it stays', async () => {
  at('2026-11-23T08:00:00Z');
  const id = await publishedService(coordinator, admin, ur, 'Zīmola reģistrācija');
  at('2026-11-23T09:00:00Z');
  const mistake = await record(coordinator, id, { title: 'Kļūdains ieraksts', effectiveOn: '2026-12-15' });
  const overdue = await record(coordinator, id, { title: 'Grozījumi Preču zīmju likumā', effectiveOn: '2026-11-01' });
  const res = await supervisor.request('DELETE', `${changesUrl(id)}/${mistake.id}`);
  assert.equal(res.status, 200, res.body);
  const [event] = await auditEvents(ctx.db, 'service.law_change_delete', id);
  assert.deepEqual([(event?.before as { id: string }).id, event?.after], [mistake.id, null]);
  assert.deepEqual(
    (await listed(coordinator, id)).items.map((c: { id: string }) => c.id),
    [overdue.id],
  );
  const refused = await coordinator.request('DELETE', `${changesUrl(id)}/${overdue.id}`);
  assert.deepEqual(
    [refused.status, refused.json.code, refused.json.errors[0].field],
    [409, 'law_change_not_pending', '/changeId'],
  );
  await republish(coordinator, admin, id, '2026-11-23T10:00:00Z');
  assert.equal(await stateOf(id, overdue.id), 'late');
  assert.equal((await coordinator.request('DELETE', `${changesUrl(id)}/${overdue.id}`)).status, 409);
  assert.equal((await coordinator.request('DELETE', `${changesUrl(id)}/${mistake.id}`)).status, 404, 'already gone');
});
