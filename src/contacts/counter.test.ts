// The counter's service picker (CR-17.1, CR-17.2): the centre's most used services of the last 90 days first, and a
// type-ahead search over published services that ignores case and Latvian diacritics.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { buildCentre } from '../centres/test-fixtures.ts';
import { buildService, buildStaff } from './test-fixtures.ts';
import { OFFLINE_SERVICES_MAX } from './service.ts';

let ctx: TestContext;
let centre: Awaited<ReturnType<typeof buildCentre>>;
let employee: Session;
let employeeId: string;
const s: Record<string, { id: string; identifier: string }> = {};

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  const vid = await organisationId(ctx.db, 'VID');
  s.journalists = await buildService(ctx.db, {
    holderId: vid,
    name: 'Žurnālistu akreditācija (kontaktu tests)',
    basket: true,
  });
  s.water = await buildService(ctx.db, { holderId: vid, name: 'Ūdens lietošanas atļauja (kontaktu tests)' });
  s.land = await buildService(ctx.db, { holderId: vid, name: 'Zemes kadastra izziņa (kontaktu tests)' });
  s.draft = await buildService(ctx.db, {
    holderId: vid,
    name: 'Žurnālistu melnraksts (kontaktu tests)',
    status: 'draft',
  });
  centre = await buildCentre(ctx.db, { hours: '08:00-17:00' });
  const staff = await buildStaff(ctx.db, { municipalityId: centre.municipalityId, centreId: centre.centreId });
  employeeId = staff.id;
  employee = await login(ctx.app, staff.email);
  for (const service of [s.water, s.water, s.journalists, s.water]) {
    const res = await employee.request('POST', '/api/v1/contacts', {
      centreId: centre.centreId,
      servicePointId: centre.pointId,
      type: 'information',
      serviceIds: [service!.id],
    });
    assert.equal(res.status, 201, res.body);
  }
  // Long ago (more than 90 days): it does not make the land service "most used".
  const old = {
    centre_id: centre.centreId,
    service_point_id: centre.pointId!,
    employee_id: employeeId,
    channel: 'in_person' as const,
    type: 'information' as const,
    institution_ids: [vid],
    outcome: 'resolved_on_spot' as const,
  };
  for (let i = 0; i < 5; i++) {
    await ctx.db
      .insertInto('contacts')
      .values({
        ...old,
        id: randomUUID(),
        occurred_at: '2026-08-01T08:00:00Z',
        occurred_on: '2026-08-01',
        service_ids: [s.land!.id],
        created_at: '2026-08-01T08:00:00Z',
        updated_at: '2026-08-01T08:00:00Z',
      })
      .execute();
  }
});
after(() => ctx.close());

const ids = (res: { json: { items: { id: string }[] } }) => res.json.items.map((i) => i.id);

test("the counter lists the centre's most used services of the last 90 days first", async () => {
  const res = await employee.request('GET', `/api/v1/centres/${centre.centreId}/top-services`);
  assert.equal(res.status, 200, res.body);
  assert.deepEqual(
    res.json.items.map((i: { id: string; count: number }) => [i.id, i.count]),
    [
      [s.water!.id, 3],
      [s.journalists!.id, 1],
    ],
  );
  assert.deepEqual(res.json.items[1].holder.shortName, 'VID');
  assert.deepEqual(
    res.json.items.map((i: { minimalBasket: boolean }) => i.minimalBasket),
    [false, true],
  );
  assert.equal(
    (await employee.request('GET', `/api/v1/centres/${centre.centreId}/top-services?limit=1`)).json.items.length,
    1,
  );
});

test('the type-ahead search ignores case and diacritics, takes words in any order and the identifier, most used first', async () => {
  const search = (q: string) =>
    employee.request('GET', `/api/v1/centres/${centre.centreId}/counter-services?q=${encodeURIComponent(q)}`);
  assert.deepEqual(ids(await search('zurnalistu')), [s.journalists!.id], 'the draft is not offered');
  assert.deepEqual(ids(await search('AKREDITĀCIJA žurn')), [s.journalists!.id]);
  assert.deepEqual(ids(await search('udens')), [s.water!.id]);
  assert.deepEqual(ids(await search(s.land!.identifier.toLowerCase())), [s.land!.id]);
  assert.deepEqual(
    ids(await search('kontaktu tests')),
    [s.water!.id, s.journalists!.id, s.land!.id],
    'used first, then by name',
  );
  assert.deepEqual(ids(await search('kontaktu%')), [], 'a % is text, not a wildcard');
  const long = await search('x'.repeat(101));
  assert.deepEqual([long.status, long.json.errors?.[0]?.field], [400, '/q']);
});

test("the offline copy is the centre's whole scope: every published service, used or not, most used first", async () => {
  const res = await employee.request('GET', `/api/v1/centres/${centre.centreId}/offline-services`);
  assert.equal(res.status, 200, res.body);
  const all: string[] = ids(res);
  assert.deepEqual(all.slice(0, 2), [s.water!.id, s.journalists!.id], 'used first');
  assert.ok(all.includes(s.land!.id), 'a service never used here is there too');
  assert.ok(!all.includes(s.draft!.id), 'a draft is not in the scope');
  const published = await ctx.db
    .selectFrom('services')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'published')
    .executeTakeFirstOrThrow();
  assert.equal(all.length, Math.min(Number(published.n), OFFLINE_SERVICES_MAX));
});

test("another centre's staff cannot read this centre's services picker (404)", async () => {
  const other = await buildCentre(ctx.db, { hours: '08:00-17:00' });
  const outsider = await login(
    ctx.app,
    (await buildStaff(ctx.db, { municipalityId: other.municipalityId, centreId: other.centreId })).email,
  );
  assert.equal((await outsider.request('GET', `/api/v1/centres/${centre.centreId}/top-services`)).status, 404);
  assert.equal((await outsider.request('GET', `/api/v1/centres/${centre.centreId}/offline-services`)).status, 404);
  assert.equal(
    (await outsider.request('GET', `/api/v1/centres/${centre.centreId}/counter-services?q=udens`)).status,
    404,
  );
});
