// Performance indicators from the counter's records (SR-21 … SR-23, SR-25.2): applications and complaints registered
// through the real APIs become the year's figures per service and channel; delays are judged on the working-day
// calendar from completions the institution records; the holder's own channels are pushed (validated first,
// idempotent, dry run); publishing freezes the year with a hash and fulfils SR-22, a correction keeps the old version;
// the open data as JSON and CSV. SR-23 and SR-25.2: evaluation.test.ts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { call, login, withToken, type Session } from '../../test/support/http.ts';
import { balviCentre } from '../centres/test-fixtures.ts';
import { buildService, buildStaff } from '../contacts/test-fixtures.ts';
import { registration } from '../feedback/test-fixtures.ts';
import { CSV_COLUMNS } from './open-data.ts';

let ctx: TestContext;
let balvi: Awaited<ReturnType<typeof balviCentre>>;
let employee: Session;
let coordinator: Session;
let staffEmail: string;
let coordinatorEmail: string;
let vid: string;
let ur: string;
let serviceA: { id: string; identifier: string };
let serviceB: { id: string; identifier: string };
const contacts: Record<string, string> = {};

async function apply(key: string, at: string, extra: Record<string, unknown>) {
  ctx.clock.set(at);
  employee = await login(ctx.app, staffEmail); // a session does not outlive the clock's jumps
  const res = await employee.request('POST', '/api/v1/contacts', {
    centreId: balvi.centreId,
    servicePointId: balvi.pointId,
    type: 'application_accepted',
    outcome: 'application_forwarded',
    serviceIds: [serviceA.id],
    institutionIds: [vid],
    ...extra,
  });
  assert.equal(res.status, 201, res.body);
  contacts[key] = res.json.id;
}

const complete = (contactId: string, completedOn: string) =>
  coordinator.request('PUT', `/api/v1/indicators/completions/${contactId}`, { completedOn });

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-03-02T07:00:00Z');
  balvi = await balviCentre(ctx.db);
  vid = await organisationId(ctx.db, 'VID');
  ur = await organisationId(ctx.db, 'UR');
  // Both offer in person and electronically, with a maximum term of 3 working days (the catalogue's fixture).
  serviceA = await buildService(ctx.db, { holderId: vid, name: 'Deklarāciju pieņemšana' });
  serviceB = await buildService(ctx.db, { holderId: vid, name: 'Nodokļu maksātāja reģistrācija' });
  const staff = await buildStaff(ctx.db, { municipalityId: balvi.municipalityId, centreId: balvi.centreId });
  staffEmail = staff.email;
  coordinatorEmail = (await buildUser(ctx, { role: 'institution_coordinator' })).email;
  // Monday 2 March 2026: two applications in person, one by phone, one e-service filed on a client's behalf.
  await apply('onTime', '2026-03-02T07:00:00Z', {});
  await apply('late', '2026-03-02T07:10:00Z', {});
  await apply('open', '2026-03-02T07:20:00Z', { channel: 'phone' });
  await apply('eservice', '2026-03-02T07:30:00Z', { type: 'eservice_filed_on_behalf', outcome: 'resolved_on_spot' });
  // Monday 16 November 2026: 18 November (Wednesday) is a public holiday.
  await apply('holiday', '2026-11-16T08:00:00Z', {});
  ctx.clock.set('2026-03-02T08:00:00Z');
  employee = await login(ctx.app, staffEmail);
  const complaint = await employee.request(
    'POST',
    '/api/v1/feedback-cases',
    registration(balvi.centreId, { kind: 'complaint', channel: 'in_person', serviceId: serviceA.id }),
  );
  assert.equal(complaint.status, 201, complaint.body);
  ctx.clock.set('2026-12-01T08:00:00Z');
  coordinator = await login(ctx.app, coordinatorEmail);
  for (const [key, on] of [
    ['onTime', '2026-03-05'],
    ['late', '2026-03-09'],
    ['holiday', '2026-11-20'],
  ] as const) {
    const res = await complete(contacts[key]!, on);
    assert.equal(res.status, 201, res.body);
  }
  ctx.clock.set('2027-02-10T09:00:00Z');
  coordinator = await login(ctx.app, coordinatorEmail);
});
after(() => ctx.close());

const figures = async (year = 2026) => {
  const res = await coordinator.request('GET', `/api/v1/indicators/figures?holderId=${vid}&year=${year}`);
  assert.equal(res.status, 200, res.body);
  return res.json;
};
const row = (f: { rows: { identifier: string; channel: string }[] }, identifier: string, channel: string) =>
  f.rows.find((r) => r.identifier === identifier && r.channel === channel) as Record<string, unknown> | undefined;

test('SR-21.1 SR-21.2 SR-21.4 the year per service and channel from the contacts and complaints registered at the centre', async () => {
  const f = await figures();
  assert.deepEqual(
    f.rows.map((r: { identifier: string; channel: string; applications: number; complaints: number }) => [
      r.identifier,
      r.channel,
      r.applications,
      r.complaints,
    ]),
    [
      [serviceA.identifier, 'electronic', 1, 0],
      [serviceA.identifier, 'in_person', 3, 1],
      [serviceA.identifier, 'phone', 1, 0],
    ].sort((a, b) => (`${a[0]}${a[1]}` < `${b[0]}${b[1]}` ? -1 : 1)),
  );
  assert.deepEqual(row(f, serviceA.identifier, 'electronic')!.sources, { centres: 0, eservices: 1, own: 0 });
  assert.deepEqual(row(f, serviceA.identifier, 'in_person')!.sources, { centres: 3, eservices: 0, own: 0 });
  assert.equal((await figures(2025)).rows.length, 0, 'nothing in another year');
  const network = await coordinator.request('GET', '/api/v1/indicators/figures?year=2026');
  assert.equal(network.status, 400, 'a holder names itself; only the network’s readers see every holder');
  const ministry = await login(ctx.app, (await buildUser(ctx, { role: 'ministry_supervisor' })).email);
  const all = await ministry.request('GET', '/api/v1/indicators/figures?year=2026');
  assert.equal(all.status, 200, all.body);
  assert.deepEqual(
    [...new Set(all.json.rows.map((r: { holder: string }) => r.holder))],
    ['Valsts ieņēmumu dienests'],
    'the network view: every holder with figures',
  );
});

test('SR-21.3 delayed on the working-day calendar: completed after the term or still open past it, each explained', async () => {
  const f = await figures();
  assert.equal(row(f, serviceA.identifier, 'in_person')!.delayed, 1, 'the late one; the holiday one was on time');
  assert.equal(row(f, serviceA.identifier, 'phone')!.delayed, 1, 'the open one');
  const byContact = new Map(f.delayedCases.map((d: { contactId: string }) => [d.contactId, d]));
  assert.equal(byContact.size, 2);
  const late = byContact.get(contacts.late!) as Record<string, unknown>;
  assert.deepEqual(
    [late.appliedOn, late.maxTermWorkingDays, late.dueOn, late.completedOn, late.workingDaysLate],
    ['2026-03-02', 3, '2026-03-05', '2026-03-09', 2],
  );
  assert.match((late.explanation as { lv: string }).lv, /termiņš 3 darba dienas — līdz 05\.03\.2026/);
  const open = byContact.get(contacts.open!) as Record<string, unknown>;
  assert.equal(open.completedOn, null);
  assert.match((open.explanation as { en: string }).en, /still open on 2027-02-10/);
  assert.ok(!byContact.has(contacts.holiday!), '16.11 + 3 working days skips the holiday of 18.11: due 20.11, on time');
  assert.ok(
    f.findings.some((x: { code: string; channel: string }) => x.code === 'I02' && x.channel === 'phone'),
    'the phone channel is not offered by the service (SR-17)',
  );
  assert.ok(f.findings.some((x: { code: string }) => x.code === 'I04'));
});

test('SR-21.3 a completion is recorded once: the same date again is idempotent, another date a conflict, bad input named', async () => {
  const again = await complete(contacts.late!, '2026-03-09');
  assert.equal(again.status, 200, again.body);
  assert.equal(again.json.created, false);
  const other = await complete(contacts.late!, '2026-03-10');
  assert.equal(other.status, 409);
  const early = await complete(contacts.open!, '2026-02-01');
  assert.equal(early.status, 400);
  assert.equal(early.json.errors?.[0]?.field ?? early.json.fields?.[0]?.field, '/completedOn', early.body);
  const bad = await complete(contacts.open!, 'vakar');
  assert.equal(bad.status, 400);
  const ursCoordinator = await login(
    ctx.app,
    (await buildUser(ctx, { role: 'institution_coordinator', organisation: 'UR' })).email,
  );
  const foreign = await ursCoordinator.request('PUT', `/api/v1/indicators/completions/${contacts.open}`, {
    completedOn: '2026-03-20',
  });
  assert.equal(foreign.status, 404, 'not forwarded to UR');
  const eservice = await complete(contacts.eservice!, '2026-03-03');
  assert.equal(eservice.status, 422, 'only a forwarded application is completed');
  const stored = await ctx.db.selectFrom('indicator_completions').select('contact_id').execute();
  assert.equal(stored.length, 3, 'nothing written by the refusals');
});

test("SR-21.3 the institution's system records a completion through the API with its token, idempotently", async () => {
  const admin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin', organisation: 'VID' })).email);
  const created = await admin.request('POST', '/api/v1/api-tokens', {
    name: 'VID lietvedības sistēma',
    role: 'institution_coordinator',
    organisationId: vid,
    expiresOn: '2027-03-10',
  });
  assert.equal(created.status, 201, created.body);
  const system = withToken(ctx.app, created.json.token);
  const url = `/api/v1/indicators/completions/${contacts.open}`;
  const first = await system('PUT', url, { completedOn: '2026-03-20' });
  assert.equal(first.status, 201, first.body);
  assert.deepEqual([first.json.recordedVia, first.json.created], ['api', true]);
  const retry = await system('PUT', url, { completedOn: '2026-03-20' });
  assert.deepEqual([retry.status, retry.json.created], [200, false]);
  const f = await figures();
  const late = f.delayedCases.find((d: { contactId: string }) => d.contactId === contacts.open);
  assert.deepEqual([late.completedOn, late.workingDaysLate], ['2026-03-20', 11], 'completed 11 working days late');
});

test("SR-21.1 SR-17.5 the holder's own channels: validated first with every field named, a dry run writes nothing, a push again is idempotent", async () => {
  const item = {
    serviceIdentifier: serviceB.identifier,
    channel: 'post',
    periodFrom: '2026-01-01',
    periodTo: '2026-06-30',
    applications: 10,
    delayed: 1,
    complaints: 0,
    extras: [{ name: 'vidējais gaidīšanas laiks', value: 4.5, unit: 'dienas' }],
  };
  const url = '/api/v1/indicators/channel-counts';
  const bad = await coordinator.request('POST', url, {
    holderId: vid,
    items: [item, { ...item, serviceIdentifier: 'PK-000000001', delayed: 11, periodTo: '2027-01-31' }],
  });
  assert.equal(bad.status, 400, bad.body);
  const fields = (bad.json.errors ?? bad.json.fields).map((e: { field: string }) => e.field).sort();
  assert.deepEqual(fields, ['/items/1/delayed', '/items/1/periodTo', '/items/1/serviceIdentifier']);
  const dry = await coordinator.request('POST', `${url}?dryRun=true`, { holderId: vid, items: [item] });
  assert.deepEqual(dry.json, { dryRun: true, accepted: 1, written: 0 });
  assert.equal((await ctx.db.selectFrom('indicator_channel_counts').selectAll().execute()).length, 0);
  for (let i = 0; i < 2; i++) {
    const res = await coordinator.request('POST', url, { holderId: vid, items: [item] });
    assert.deepEqual(res.json, { dryRun: false, accepted: 1, written: 1 });
  }
  assert.equal((await ctx.db.selectFrom('indicator_channel_counts').selectAll().execute()).length, 1);
  const f = await figures();
  const post = row(f, serviceB.identifier, 'post')!;
  assert.deepEqual([post.applications, post.delayed, post.sources], [10, 1, { centres: 0, eservices: 0, own: 10 }]);
  const listed = await coordinator.request('GET', `${url}?holderId=${vid}&year=2026`);
  assert.deepEqual(listed.json.items[0].extras, item.extras, 'SR-17.5 kept apart, not in the figures');
  const foreign = await coordinator.request('POST', url, { holderId: ur, items: [item] });
  assert.equal(foreign.status, 404);
});

let firstHash: string;

test('SR-22 publishing freezes the year with a hash and fulfils SR-22; a correction is version 2 with its note, version 1 stays readable', async () => {
  const url = '/api/v1/indicators/publications';
  const notEnded = await coordinator.request('POST', url, { holderId: vid, year: 2027 });
  assert.equal(notEnded.status, 400);
  const noteFirst = await coordinator.request('POST', url, { holderId: vid, year: 2026, changeNote: 'Labojums' });
  assert.equal(noteFirst.status, 400);
  const first = await coordinator.request('POST', url, { holderId: vid, year: 2026 });
  assert.equal(first.status, 201, first.body);
  assert.equal(first.json.version, 1);
  assert.match(first.json.contentHash, /^[0-9a-f]{64}$/);
  firstHash = first.json.contentHash;
  const duty = await ctx.db
    .selectFrom('obligations')
    .select(['status', 'fulfilled_on', 'due_date'])
    .where('rule_id', '=', 'SR-22')
    .where('organisation_id', '=', vid)
    .where('period', '=', '2026')
    .executeTakeFirstOrThrow();
  assert.deepEqual([duty.status, duty.fulfilled_on, duty.due_date], ['fulfilled_on_time', '2027-02-10', '2027-04-01']);

  const noNote = await coordinator.request('POST', url, { holderId: vid, year: 2026 });
  assert.equal(noNote.status, 400);
  const unchanged = await coordinator.request('POST', url, { holderId: vid, year: 2026, changeNote: 'Tas pats' });
  assert.equal(unchanged.status, 409);

  // The holder corrects its post channel: 12 applications, not 10.
  await coordinator.request('POST', '/api/v1/indicators/channel-counts', {
    holderId: vid,
    items: [
      {
        serviceIdentifier: serviceB.identifier,
        channel: 'post',
        periodFrom: '2026-01-01',
        periodTo: '2026-06-30',
        applications: 12,
        delayed: 1,
        complaints: 0,
      },
    ],
  });
  const second = await coordinator.request('POST', url, {
    holderId: vid,
    year: 2026,
    changeNote: 'Pasta kanālā 12 pieteikumi, nevis 10',
  });
  assert.equal(second.status, 201, second.body);
  assert.equal(second.json.version, 2);
  assert.notEqual(second.json.contentHash, firstHash);
  const old = await call(ctx.app, 'GET', `/api/v1/public/indicators?year=2026&holderId=${vid}&version=1`);
  assert.equal(old.status, 200);
  assert.equal(
    old.json.items.find((r: { channel: string }) => r.channel === 'post').applications,
    10,
    'version 1 as published, frozen',
  );
  assert.equal(old.json.versions.find((v: { version: number }) => v.version === 1).contentHash, firstHash);
});

test('SR-22 the open data: JSON with the method and versions, CSV with its columns, earlier years listed, DCAT-AP metadata', async () => {
  const json = await call(ctx.app, 'GET', '/api/v1/public/indicators?year=2026');
  assert.equal(json.status, 200);
  assert.match(json.json.method.lv, /darba dienu kalendāra/);
  const post = json.json.items.find((r: { channel: string }) => r.channel === 'post');
  assert.deepEqual(
    [post.serviceIdentifier, post.applications, post.version, post.publishedOn, post.holder],
    [serviceB.identifier, 12, 2, '2027-02-10', 'Valsts ieņēmumu dienests'],
  );
  assert.deepEqual(
    json.json.versions.map((v: { version: number; changeNote: string | null }) => [v.version, v.changeNote]),
    [
      [2, 'Pasta kanālā 12 pieteikumi, nevis 10'],
      [1, null],
    ],
  );
  const csv = await call(ctx.app, 'GET', '/api/v1/public/indicators.csv?year=2026');
  assert.equal(csv.status, 200);
  assert.match(String(csv.headers['content-type']), /text\/csv; charset=utf-8/);
  const lines = csv.body
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  assert.equal(lines[0], CSV_COLUMNS.join(','));
  assert.equal(
    lines[0],
    'year,holder,service_identifier,service_name,channel,applications,delayed,complaints,version,published_on',
  );
  assert.ok(
    lines.includes(
      `2026,Valsts ieņēmumu dienests,${serviceB.identifier},Nodokļu maksātāja reģistrācija,post,12,1,0,2,2027-02-10`,
    ),
  );
  assert.equal(lines.length, 1 + json.json.items.length);
  const viaAccept = await call(ctx.app, 'GET', '/api/v1/public/indicators?year=2026', undefined, {
    accept: 'text/csv',
  });
  assert.equal(viaAccept.body, csv.body);
  const years = await call(ctx.app, 'GET', '/api/v1/public/indicators/years');
  assert.deepEqual(years.json.items, [{ year: 2026, holders: 1, lastPublishedOn: '2027-02-10' }]);
  const none = await call(ctx.app, 'GET', '/api/v1/public/indicators?year=2025');
  assert.deepEqual(none.json.items, []);
  const badYear = await call(ctx.app, 'GET', '/api/v1/public/indicators?year=20x6');
  assert.equal(badYear.status, 400);
  const dataset = await call(ctx.app, 'GET', '/api/v1/public/indicators/dataset');
  assert.equal(dataset.status, 200);
  assert.match(String(dataset.headers['content-type']), /application\/ld\+json/);
  assert.equal(dataset.json['@graph'].filter((n: { '@type': string }) => n['@type'] === 'dcat:Distribution').length, 2);
});
