// Dashboards and the centre report (BV-4.4): figures equal the contacts registered at the counter on
// the test clock's days, in every scope the viewer may see; refusals outside it; bad input; the Latvian PDF.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { balviCentre, buildCentre } from '../centres/test-fixtures.ts';
import { buildService, buildStaff } from '../contacts/test-fixtures.ts';
import { pdfPages } from '../eservices/test-fixtures.ts';

let ctx: TestContext;
let balvi: Awaited<ReturnType<typeof balviCentre>>;
let other: Awaited<ReturnType<typeof buildCentre>>;
let vidService: string;
let head: Session;
let ministry: Session;
let municipalityAdmin: Session;
let vidCoordinator: Session;
let employee: Session;

/** Registers a contact at the counter on the clock's day (Riga noon), as the employee does. */
async function register(
  email: string,
  at: string,
  centre: { centreId: string; pointId: string | null },
  extra: object,
) {
  ctx.clock.set(`${at}T10:00:00Z`);
  const session = await login(ctx.app, email);
  const res = await session.request('POST', '/api/v1/contacts', {
    centreId: centre.centreId,
    servicePointId: centre.pointId,
    type: 'information',
    serviceIds: [vidService],
    ...extra,
  });
  assert.equal(res.status, 201, res.body);
}

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-01-05T10:00:00Z');
  balvi = await balviCentre(ctx.db);
  other = await buildCentre(ctx.db, { hours: '08:00-17:00' });
  const vid = await organisationId(ctx.db, 'VID');
  const ur = await organisationId(ctx.db, 'UR');
  vidService = (await buildService(ctx.db, { holderId: vid, name: 'Deklarāciju pieņemšana' })).id;
  const urService = (await buildService(ctx.db, { holderId: ur, name: 'Izziņa no komercreģistra' })).id;
  const staff = await buildStaff(ctx.db, { municipalityId: balvi.municipalityId, centreId: balvi.centreId });
  const otherStaff = await buildStaff(ctx.db, { municipalityId: other.municipalityId, centreId: other.centreId });
  // The previous period (2025-12-30 … 2026-02-28): one contact.
  await register(staff.email, '2026-02-10', balvi, {});
  // March: two in person.
  await register(staff.email, '2026-03-10', balvi, {});
  await register(staff.email, '2026-03-11', balvi, { channel: 'phone' });
  // April: an application, an e-mail never answered (DR-25.1.7.3: delayed), an e-service filed for a client about
  // another holder's service.
  await register(staff.email, '2026-04-14', balvi, { type: 'application_accepted' });
  await register(staff.email, '2026-04-14', balvi, { channel: 'email' });
  await register(staff.email, '2026-04-15', balvi, { type: 'eservice_filed_on_behalf', serviceIds: [urService] });
  // Another municipality's centre: one in April.
  await register(otherStaff.email, '2026-04-16', other, {});
  ctx.clock.set('2026-05-05T10:00:00Z');
  const headUser = await buildStaff(ctx.db, {
    role: 'centre_head',
    municipalityId: balvi.municipalityId,
    centreId: balvi.centreId,
  });
  head = await login(ctx.app, headUser.email);
  employee = await login(ctx.app, staff.email);
  const admin = await buildStaff(ctx.db, { role: 'org_admin', municipalityId: balvi.municipalityId, centreId: null });
  municipalityAdmin = await login(ctx.app, admin.email);
  ministry = await login(ctx.app, (await buildUser(ctx, { role: 'ministry_supervisor' })).email);
  vidCoordinator = await login(ctx.app, (await buildUser(ctx, { role: 'institution_coordinator' })).email);
});
after(() => ctx.close());

const PERIOD = 'from=2026-03-01&to=2026-04-30&by=month';

test("BV-4.4 a centre head's dashboard: the contacts registered at the centre by month, type and channel, the delayed written one, and the previous period", async () => {
  const res = await head.request('GET', `/api/v1/dashboards?scope=centre&id=${balvi.centreId}&${PERIOD}`);
  assert.equal(res.status, 200, res.body);
  const d = res.json as Record<string, any>;
  assert.deepEqual(d.previous, { from: '2025-12-30', to: '2026-02-28' });
  assert.deepEqual(d.totals, { contacts: 5, applications: 1, eservicesFiled: 1, delayed: 1, complaints: 0 });
  assert.equal(d.previousTotals.contacts, 1);
  assert.deepEqual(
    d.series.map((r: { period: string; contacts: number }) => [r.period, r.contacts]),
    [
      ['2026-03-01', 2],
      ['2026-04-01', 3],
    ],
  );
  const channel = (key: string) => d.byChannel.find((c: { key: string }) => c.key === key);
  assert.deepEqual(channel('in_person'), { key: 'in_person', count: 3, previous: 1 });
  assert.deepEqual(channel('phone'), { key: 'phone', count: 1, previous: 0 });
  assert.deepEqual(channel('email'), { key: 'email', count: 1, previous: 0 });
  assert.equal(d.byType.find((c: { key: string }) => c.key === 'information').count, 3);
  assert.equal(d.byService.find((s: { id: string }) => s.id === vidService).count, 4);
  // Weeks: the default for a short period, every week shown, empty ones as zero.
  const weeks = (
    await head.request('GET', `/api/v1/dashboards?scope=centre&id=${balvi.centreId}&from=2026-04-13&to=2026-04-26`)
  ).json as Record<string, any>;
  assert.equal(weeks.by, 'week');
  assert.deepEqual(
    weeks.series.map((r: { period: string; contacts: number }) => [r.period, r.contacts]),
    [
      ['2026-04-13', 3],
      ['2026-04-20', 0],
    ],
  );
});

test('BV-4.4 the municipality sees its centres, the ministry the network, an institution the contacts about its services', async () => {
  const muni = await municipalityAdmin.request(
    'GET',
    `/api/v1/dashboards?scope=municipality&id=${balvi.municipalityId}&${PERIOD}`,
  );
  assert.equal(muni.status, 200, muni.body);
  assert.equal((muni.json as any).totals.contacts, 5);
  const network = await ministry.request('GET', `/api/v1/dashboards?scope=network&${PERIOD}`);
  assert.equal(network.status, 200, network.body);
  assert.equal((network.json as any).totals.contacts, 6);
  const vid = await organisationId(ctx.db, 'VID');
  const holder = await vidCoordinator.request('GET', `/api/v1/dashboards?scope=holder&id=${vid}&${PERIOD}`);
  assert.equal(holder.status, 200, holder.body);
  assert.equal((holder.json as any).totals.contacts, 5, 'the e-service about the UR service is not VID’s');
  // Without a scope: the widest the roles give.
  assert.equal(((await ministry.request('GET', `/api/v1/dashboards?${PERIOD}`)).json as any).scope, 'network');
  assert.equal(((await head.request('GET', `/api/v1/dashboards?${PERIOD}`)).json as any).id, balvi.centreId);
  const scopes = (await municipalityAdmin.request('GET', '/api/v1/dashboards/scopes')).json as any;
  assert.deepEqual(scopes.items.slice(0, 1), [
    { scope: 'municipality', id: balvi.municipalityId, name: scopes.items[0].name },
  ]);
  assert.ok(scopes.items.some((s: { id: string }) => s.id === balvi.centreId));
  assert.ok(!scopes.items.some((s: { id: string }) => s.id === other.centreId), 'not another municipality’s centre');
  const all = ((await ministry.request('GET', '/api/v1/dashboards/scopes')).json as any).items;
  assert.equal(all[0].scope, 'network');
  for (const id of [balvi.municipalityId, other.centreId, vid])
    assert.ok(
      all.some((s: { id: string }) => s.id === id),
      `the ministry may open ${id}`,
    );
});

test('BV-4.4 outside the viewer’s scope: 403 for a level the roles never show, 404 for another’s centre or municipality', async () => {
  assert.equal((await head.request('GET', `/api/v1/dashboards?scope=network&${PERIOD}`)).status, 403);
  assert.equal(
    (await head.request('GET', `/api/v1/dashboards?scope=centre&id=${other.centreId}&${PERIOD}`)).status,
    404,
  );
  assert.equal(
    (await municipalityAdmin.request('GET', `/api/v1/dashboards?scope=municipality&id=${other.municipalityId}`)).status,
    404,
  );
  assert.equal(
    (await vidCoordinator.request('GET', `/api/v1/dashboards?scope=centre&id=${balvi.centreId}`)).status,
    404,
  );
  assert.equal((await employee.request('GET', `/api/v1/dashboards?scope=centre&id=${balvi.centreId}`)).status, 403);
  assert.equal((await head.request('GET', `/api/v1/centres/${other.centreId}/report.pdf`)).status, 404);
  assert.equal((await ctx.app.inject({ method: 'GET', url: '/api/v1/dashboards' })).statusCode, 401);
});

test('BV-4.4 bad input answers 400 naming the field', async () => {
  const cases: [string, string][] = [
    [`scope=centre&id=${balvi.centreId}&from=2026-04-30&to=2026-03-01`, '/to'],
    [`scope=centre&id=${balvi.centreId}&from=2023-01-01&to=2026-03-01`, '/from'],
    ['scope=centre', '/id'],
    ['scope=galaxy', '/scope'],
    [`scope=centre&id=${balvi.centreId}&from=2026-13-01`, '/from'],
  ];
  for (const [query, field] of cases) {
    const res = await head.request('GET', `/api/v1/dashboards?${query}`);
    assert.equal(res.status, 400, `${query}: ${res.body}`);
    assert.ok(JSON.stringify(res.json).includes(field), `${query} names ${field}: ${res.body}`);
  }
});

test('BV-4.4 the report on a centre’s work for a period is a PDF in Latvian with its name, charts and tables', async () => {
  const res = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/centres/${balvi.centreId}/report.pdf?${PERIOD}`,
    headers: { cookie: municipalityAdmin.cookie },
  });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(res.headers['content-type'], 'application/pdf');
  assert.match(String(res.headers['content-disposition']), /centra-parskats-2026-03-01-2026-04-30\.pdf/);
  assert.equal(res.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
  const text = (await pdfPages(res.rawPayload)).join('\n');
  assert.match(text, /Pārskats par centra darbu/);
  assert.match(text, /Balvu novada/);
  assert.match(text, /Periods: 01\.03\.2026\.–30\.04\.2026\./);
  assert.match(text, /Kontakti pēc kanāla/, 'the chart’s title, drawn from the server-rendered SVG');
  assert.match(text, /Kavēti rakstveida iesniegumi/);
});
