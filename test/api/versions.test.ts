// No lost updates, resource by resource: every editable resource is read with an ETag, and of two writers holding the
// same one the first gets 200 and a new ETag, the second 412 with the current version and writes nothing, so the
// first one's change stays; a write without If-Match is 428 naming the header. Parsing itself: etag.test.ts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testContext, type TestContext } from '../support/context.ts';
import { buildUser, organisationId } from '../support/factories.ts';
import { login, type Response, type Session } from '../support/http.ts';
import { balviCentre, buildCentre } from '../../src/centres/test-fixtures.ts';
import { serviceContent } from '../../src/catalogue/test-fixtures.ts';
import { buildService, buildStaff } from '../../src/contacts/test-fixtures.ts';
import { buildMunicipality } from '../../src/people/test-fixtures.ts';

let ctx: TestContext;
let maintainer: Session;
let employee: Session;
const ids: Record<string, string> = {};
const id = (key: string) => ids[key]!;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  maintainer = await login(ctx.app, (await buildUser(ctx, { role: 'maintainer' })).email);
  const balvi = await balviCentre(ctx.db);
  Object.assign(ids, {
    balvi: balvi.municipalityId,
    centre: balvi.centreId,
    point: balvi.pointId,
    vid: await organisationId(ctx.db, 'VID'),
  });
  ids.user = (await buildUser(ctx, { role: 'centre_employee' })).id;
  ids.municipality = (await buildMunicipality(ctx.db)).organisationId;
  const service = await maintainer.request('POST', '/api/v1/services', {
    holderId: balvi.municipalityId,
    ...serviceContent(),
  });
  ids.service = service.json.id;
  ids.person = (
    await maintainer.request('POST', `/api/v1/organisations/${ids.vid}/contacts`, { name: 'Anna Kontakte' })
  ).json.id;
  // A counter with an employee, for the same-day change and undo of a contact.
  const counter = await buildCentre(ctx.db, { hours: '08:00-17:00' });
  const staff = await buildStaff(ctx.db, { municipalityId: counter.municipalityId, centreId: counter.centreId });
  employee = await login(ctx.app, staff.email);
  const about = await buildService(ctx.db, { holderId: id('vid'), name: 'Deklarācijas iesniegšana' });
  const register = () =>
    employee.request('POST', '/api/v1/contacts', {
      centreId: counter.centreId,
      servicePointId: counter.pointId,
      type: 'information',
      serviceIds: [about.id],
    });
  ids.contact = (await register()).json.id;
  ids.undo = (await register()).json.id;
});
after(() => ctx.close());

const etagOf = (res: Response) => String(res.headers.etag);
const tagOf = (version: number) => `"${version}"`;
const ifMatch = (etag: string) => ({ 'if-match': etag });
const auditCount = async () =>
  Number((await sql<{ n: string }>`select count(*) as n from audit_events`.execute(ctx.db)).rows[0]!.n);

interface Resource {
  name: string;
  /** Reads it as a client does: the ETag of its GET, or, for a part without a GET of its own, its version in the parent. */
  read(): Promise<string>;
  /** Changes one field to writer `who`'s value. */
  write(who: 'A' | 'B', headers: Record<string, string>): Promise<Response>;
  /** That field as stored now. */
  stored(): Promise<unknown>;
  value(who: 'A' | 'B'): unknown;
}

const centre = () => maintainer.request('GET', `/api/v1/centres/${ids.centre}`);
const point = async () => (await centre()).json.points.find((p: { id: string }) => p.id === ids.point);
const phones = { A: '+371 64500011', B: '+371 64500022' };
const schedule = (label: string) => ({
  schedules: [{ label, days: [{ weekday: 1, intervals: [{ opens: '09:00', closes: '12:00' }] }] }],
});

const resources: Resource[] = [
  {
    name: 'a catalogue service draft (PUT /services/{id}/draft)',
    read: async () => etagOf(await maintainer.request('GET', `/api/v1/services/${ids.service}`)),
    write: (who, headers) =>
      maintainer.request(
        'PUT',
        `/api/v1/services/${ids.service}/draft`,
        serviceContent({ name: { lv: `Redakcija ${who}` } }),
        headers,
      ),
    stored: async () => (await maintainer.request('GET', `/api/v1/services/${ids.service}`)).json.draft.content.name.lv,
    value: (who) => `Redakcija ${who}`,
  },
  {
    name: 'a centre (PATCH /centres/{id})',
    read: async () => etagOf(await centre()),
    write: (who, headers) =>
      maintainer.request('PATCH', `/api/v1/centres/${ids.centre}`, { phone: phones[who] }, headers),
    stored: async () => (await centre()).json.phone,
    value: (who) => phones[who],
  },
  {
    name: "a service point's details (PATCH /points/{id})",
    read: async () => tagOf((await point()).version),
    write: (who, headers) =>
      maintainer.request('PATCH', `/api/v1/points/${ids.point}`, { phone: phones[who] }, headers),
    stored: async () => (await point()).phone,
    value: (who) => phones[who],
  },
  {
    name: "a service point's weekly hours (PUT /points/{id}/hours)",
    read: async () => tagOf((await point()).version),
    write: (who, headers) =>
      maintainer.request('PUT', `/api/v1/points/${ids.point}/hours`, schedule(`Grafiks ${who}`), headers),
    stored: async () => (await point()).schedules[0].label,
    value: (who) => `Grafiks ${who}`,
  },
  {
    name: 'an organisation (PATCH /organisations/{id})',
    read: async () => etagOf(await maintainer.request('GET', `/api/v1/organisations/${ids.vid}`)),
    write: (who, headers) =>
      maintainer.request('PATCH', `/api/v1/organisations/${ids.vid}`, { phone: phones[who] }, headers),
    stored: async () => (await maintainer.request('GET', `/api/v1/organisations/${ids.vid}`)).json.phone,
    value: (who) => phones[who],
  },
  {
    name: "an organisation's contact person (PATCH /organisations/{id}/contacts/{contactId})",
    read: async () =>
      tagOf(
        (await maintainer.request('GET', `/api/v1/organisations/${ids.vid}`)).json.contacts.find(
          (c: { id: string }) => c.id === ids.person,
        ).version,
      ),
    write: (who, headers) =>
      maintainer.request(
        'PATCH',
        `/api/v1/organisations/${ids.vid}/contacts/${ids.person}`,
        { phone: phones[who] },
        headers,
      ),
    stored: async () =>
      (await maintainer.request('GET', `/api/v1/organisations/${ids.vid}`)).json.contacts.find(
        (c: { id: string }) => c.id === ids.person,
      ).phone,
    value: (who) => phones[who],
  },
  {
    name: "a municipality's calendar choice (PUT /organisations/{id}/calendar)",
    read: async () => etagOf(await maintainer.request('GET', `/api/v1/organisations/${ids.municipality}`)),
    write: (who, headers) =>
      maintainer.request(
        'PUT',
        `/api/v1/organisations/${ids.municipality}/calendar`,
        { followsCabinetTransfers: who === 'B' },
        headers,
      ),
    stored: async () =>
      (await maintainer.request('GET', `/api/v1/organisations/${ids.municipality}`)).json.followsCabinetTransfers,
    value: (who) => who === 'B',
  },
  {
    name: 'a user (PATCH /users/{id})',
    read: async () => etagOf(await maintainer.request('GET', `/api/v1/users/${ids.user}`)),
    write: (who, headers) => maintainer.request('PATCH', `/api/v1/users/${ids.user}`, { phone: phones[who] }, headers),
    stored: async () => (await maintainer.request('GET', `/api/v1/users/${ids.user}`)).json.phone,
    value: (who) => phones[who],
  },
  {
    name: "a contact's same-day change (PATCH /contacts/{id})",
    read: async () => etagOf(await employee.request('GET', `/api/v1/contacts/${ids.contact}`)),
    write: (who, headers) =>
      employee.request('PATCH', `/api/v1/contacts/${ids.contact}`, { note: `Piezīme ${who}` }, headers),
    stored: async () => (await employee.request('GET', `/api/v1/contacts/${ids.contact}`)).json.note,
    value: (who) => `Piezīme ${who}`,
  },
];

for (const r of resources) {
  test(`${r.name}: of two writers holding one ETag the first gets 200 and a new ETag, the second 412 with the current one, and the first's change stays`, async () => {
    const read = await r.read();
    const first = await r.write('A', ifMatch(read));
    assert.equal(first.status, 200, first.body);
    const next = etagOf(first);
    assert.notEqual(next, read);
    assert.equal(await r.read(), next, 'the answer carries the ETag a read now shows');
    const events = await auditCount();
    const second = await r.write('B', ifMatch(read));
    assert.equal(second.status, 412, second.body);
    assert.deepEqual([second.json.code, second.json.currentEtag, second.headers.etag], ['stale_version', next, next]);
    assert.equal(await r.stored(), r.value('A'), "the first writer's change is kept");
    assert.equal(await auditCount(), events, 'the refused write left no event');
    // Having seen the other change, the second writer re-applies theirs over the current version.
    const again = await r.write('B', ifMatch(next));
    assert.equal(again.status, 200, again.body);
    assert.equal(await r.stored(), r.value('B'));
  });

  test(`${r.name}: without If-Match 428 naming the header, and nothing is written`, async () => {
    const read = await r.read();
    const kept = await r.stored();
    const events = await auditCount();
    for (const headers of [{}, { 'if-match': '*' }] as Record<string, string>[]) {
      const res = await r.write('A', headers);
      assert.equal(res.status, 428, res.body);
      assert.deepEqual(
        [res.json.code, res.json.errors[0].field, res.json.errors[0].in],
        ['if_match_required', '/if-match', 'header'],
      );
    }
    assert.deepEqual([await r.read(), await r.stored(), await auditCount()], [read, kept, events]);
  });
}

/** DELETE of a versioned resource: one changed since it was read is not removed unseen. */
const removable = [
  {
    name: "an organisation's contact person (DELETE /organisations/{id}/contacts/{contactId})",
    url: () => `/api/v1/organisations/${ids.vid}/contacts/${ids.person}`,
    session: () => maintainer,
    read: async () =>
      tagOf(
        (await maintainer.request('GET', `/api/v1/organisations/${ids.vid}`)).json.contacts.find(
          (c: { id: string }) => c.id === ids.person,
        ).version,
      ),
    change: { position: 'Vadītāja' },
  },
  {
    name: "a contact's same-day undo (DELETE /contacts/{id})",
    url: () => `/api/v1/contacts/${ids.undo}`,
    session: () => employee,
    read: async () => etagOf(await employee.request('GET', `/api/v1/contacts/${ids.undo}`)),
    change: { note: 'Labots' },
  },
];

for (const r of removable) {
  test(`${r.name}: without If-Match 428; with the ETag of a version changed since 412 and it stays; with the current one it goes`, async () => {
    const session = r.session();
    const missing = await session.request('DELETE', r.url());
    assert.deepEqual([missing.status, missing.json.errors?.[0]?.field], [428, '/if-match']);
    const read = await r.read();
    assert.equal((await session.request('PATCH', r.url(), r.change, ifMatch(read))).status, 200);
    const stale = await session.request('DELETE', r.url(), undefined, ifMatch(read));
    assert.deepEqual([stale.status, stale.json.code], [412, 'stale_version']);
    const current = stale.json.currentEtag as string;
    assert.equal(current, await r.read(), 'still there, changed');
    assert.equal((await session.request('DELETE', r.url(), undefined, ifMatch(current))).status, 200);
    assert.equal((await session.request('DELETE', r.url(), undefined, ifMatch(current))).status, 404);
  });
}

test('writers racing with one ETag: exactly one succeeds, the others get 412 (the check is in the UPDATE, not before it)', async () => {
  const read = etagOf(await centre());
  const answers = await Promise.all(
    ['+371 64500031', '+371 64500032', '+371 64500033', '+371 64500034'].map((phone) =>
      maintainer.request('PATCH', `/api/v1/centres/${ids.centre}`, { phone }, ifMatch(read)),
    ),
  );
  assert.deepEqual(answers.map((a) => a.status).sort(), [200, 412, 412, 412]);
  const winner = answers.find((a) => a.status === 200)!;
  assert.equal((await centre()).json.phone, winner.json.phone);
  assert.equal(etagOf(await centre()), tagOf(Number(JSON.parse(read)) + 1), 'one change, one version');
});

test('If-Match: a weak or listed ETag counts as its version, a tag that is no version never matches, a malformed header is 400 naming it', async () => {
  const url = `/api/v1/users/${ids.user}`;
  const version = Number(JSON.parse(etagOf(await maintainer.request('GET', url))));
  assert.equal((await maintainer.request('PATCH', url, { position: 'Vājais' }, ifMatch(`W/"${version}"`))).status, 200);
  assert.equal(
    (await maintainer.request('PATCH', url, { position: 'Sarakstā' }, ifMatch(`"${version}", "${version + 1}"`)))
      .status,
    200,
  );
  const foreign = await maintainer.request('PATCH', url, { position: 'Svešs' }, ifMatch('"abc"'));
  assert.deepEqual([foreign.status, foreign.json.currentVersion], [412, version + 2]);
  const malformed = await maintainer.request('PATCH', url, { position: 'Bez pēdiņām' }, ifMatch(String(version + 2)));
  assert.deepEqual(
    [malformed.status, malformed.json.errors[0].field, malformed.json.errors[0].in, malformed.json.errors[0].code],
    [400, '/if-match', 'header', 'if_match_invalid'],
  );
  assert.equal((await maintainer.request('GET', url)).json.position, 'Sarakstā');
});

test('a stale write is explained in the caller language, and its ETag answers are never stored by caches', async () => {
  const read = await maintainer.request('GET', `/api/v1/centres/${ids.centre}`);
  assert.equal(read.headers['cache-control'], 'no-store');
  await maintainer.request(
    'PATCH',
    `/api/v1/centres/${ids.centre}`,
    { website: 'https://balvi.lv' },
    ifMatch(etagOf(read)),
  );
  const stale = await maintainer.request(
    'PATCH',
    `/api/v1/centres/${ids.centre}`,
    { website: 'https://www.balvi.lv' },
    { ...ifMatch(etagOf(read)), 'accept-language': 'en' },
  );
  assert.match(stale.json.title, /^Someone else changed this while you were editing \(it is now version \d+\)/);
});
