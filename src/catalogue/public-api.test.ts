// The public catalogue API out (SR-12.1): search without diacritics, filters, paging, incremental sync
// with withdrawn services, ETag/304, a service's page by uuid or identifier, CSV, and bad parameters (400 naming
// them). No login anywhere. Every service of this file has "ķiploku" in its name, so other data cannot disturb it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { call, login, type Session } from '../../test/support/http.ts';
import { currentVersion } from '../../test/support/versions.ts';
import { serviceContent } from './test-fixtures.ts';

let ctx: TestContext;
let ur: string;
let vid: string;
let balvi: string;
let otherMunicipality: string;
let urAdmin: Session;
let vidAdmin: Session;
const ids: Record<string, { id: string; identifier: string }> = {};

const text = (lv: string, en?: string) => ({ lv, ...(en ? { en } : {}) });

async function register(
  session: Session,
  holderId: string,
  key: string,
  extra: Record<string, unknown>,
  publish = true,
) {
  const created = await session.request('POST', '/api/v1/services', { holderId, ...serviceContent(extra) });
  assert.equal(created.status, 201, created.body);
  if (publish)
    assert.equal(
      (await session.request('POST', `/api/v1/services/${created.json.id}/transitions`, { to: 'published' })).status,
      200,
    );
  ids[key] = { id: created.json.id, identifier: created.json.identifier };
}

const get = (url: string, headers: Record<string, string> = {}) => call(ctx.app, 'GET', url, undefined, headers);
/** The public list among this file's services ("ķiploku"), with more words to find and other parameters. */
const list = async (query: string, words = '') => {
  const res = await get(`/api/v1/public/services?q=${encodeURIComponent(`kiploku ${words}`)}&${query}`);
  assert.equal(res.status, 200, res.body);
  return res.json as { total: number; items: { identifier: string; status: string; name: { lv: string } }[] };
};
const keysOf = (items: { identifier: string }[]) =>
  items.map((i) => Object.keys(ids).find((k) => ids[k]!.identifier === i.identifier)).sort();

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  ur = await organisationId(ctx.db, 'UR');
  vid = await organisationId(ctx.db, 'VID');
  balvi = await organisationId(ctx.db, 'Balvu novads');
  const now = new Date();
  otherMunicipality = (
    await ctx.db
      .insertInto('organisations')
      .values({ kind: 'municipality', name: 'Ķiploku novads', created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  urAdmin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin', organisation: 'UR' })).email);
  vidAdmin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin', organisation: 'VID' })).email);
  await register(urAdmin, ur, 'company', {
    name: text('Ķiploku uzņēmuma reģistrācija', 'Registering a garlic company'),
  });
  await register(vidAdmin, vid, 'family', {
    name: text('Ķiploku ģimenes pabalsts', 'Garlic family benefit'),
    shortDescription: text('Pabalsts ģimenēm ar bērniem.', 'A benefit for families with children.'),
    cofog: ['10.4'],
    clientType: 'natural_person',
    fees: [],
    channels: { post: { request: text('Sūtiet iesniegumu pa pastu.'), receive: text('Lēmumu saņemsiet pa pastu.') } },
    coverage: { wholeCountry: false, municipalityIds: [balvi] },
    stageProviders: { request: balvi },
  });
  await register(urAdmin, ur, 'certificate', {
    name: text('Izziņa par ķiploku uzņēmumu'),
    cofog: ['01.1'],
    clientType: 'anyone',
    channels: { electronic: { request: text('Portālā.'), receive: text('E-adresē.') } },
  });
  await register(urAdmin, ur, 'draft', { name: text('Ķiploku melnraksts par uzņēmumu') }, false);
  await register(urAdmin, ur, 'quoted', {
    name: text('Ķiploku "zaļā" izziņa, ātri'),
    shortDescription: text('Teksts ar "pēdiņām", komatu\nun jaunu rindu; ŽŪŠĒĀ.'),
    fees: [{ label: text('=Nodeva, ar komatu'), amount: 7.5 }],
  });
  await register(urAdmin, ur, 'withdrawn', { name: text('Ķiploku atsaucamais pakalpojums') });
});
after(() => ctx.close());

test('SR-12 the public search needs no login and ignores case and Latvian diacritics ("uznemumu" finds "uzņēmumu")', async () => {
  const found = await list('', 'UZNEMUM');
  assert.deepEqual(keysOf(found.items), ['certificate', 'company'], 'the draft is never public');
  assert.deepEqual(keysOf((await list('', 'izzina uznemumu')).items), ['certificate'], 'every word must match (AND)');
  assert.deepEqual(keysOf((await list('', 'garlic FAMILY')).items), ['family'], 'English names count too');
  assert.deepEqual(
    keysOf((await list('', ids.company!.identifier.toLowerCase())).items),
    ['company'],
    'the identifier is searchable',
  );
  assert.deepEqual(keysOf((await list('', '%')).items), [], 'a % is taken literally');
  const item = found.items.find((i) => i.identifier === ids.company!.identifier) as any;
  assert.deepEqual(item.holder, { id: ur, name: item.holder.name });
  assert.deepEqual(
    [item.status, item.cofog, item.clientType, item.channels, item.coverage],
    ['published', ['01.3'], 'legal_person', ['in_person', 'electronic'], { wholeCountry: true, municipalities: [] }],
  );
  assert.deepEqual(item.name, { lv: 'Ķiploku uzņēmuma reģistrācija', en: 'Registering a garlic company' });
});

test("SR-12 the search text the application writes is what migration 0006's backfill computes for the same version", async () => {
  const { rows } = await sql<{ stored: string; backfill: string }>`
    select v.search_text as stored, lower(unaccent(concat_ws(' ', s.identifier, v.content #>> '{name,lv}', v.content #>> '{name,en}',
      v.content #>> '{shortDescription,lv}', v.content #>> '{shortDescription,en}'))) as backfill
    from service_versions v join services s on s.id = v.service_id where v.search_text like '%kiploku%'`.execute(
    ctx.db,
  );
  assert.ok(rows.length >= 6);
  for (const row of rows) assert.equal(row.stored, row.backfill);
  assert.ok(
    rows.some((r) => r.stored.includes('zusea')),
    'ŽŪŠĒĀ folded to zusea',
  );
});

test('SR-12 SR-17 filters: holder, COFOG (a division finds its groups), client type, channel, municipality', async () => {
  assert.deepEqual(keysOf((await list(`holderId=${vid}`)).items), ['family']);
  assert.deepEqual(keysOf((await list('cofog=10')).items), ['family'], 'division 10 finds group 10.4');
  assert.deepEqual(keysOf((await list('cofog=10.4')).items), ['family']);
  assert.deepEqual(keysOf((await list('cofog=01')).items), ['certificate', 'company', 'quoted', 'withdrawn']);
  assert.deepEqual(keysOf((await list('cofog=01.1')).items), ['certificate']);
  assert.deepEqual(
    keysOf((await list('clientType=natural_person')).items),
    ['certificate', 'family'],
    'services for anyone too',
  );
  assert.deepEqual(keysOf((await list('clientType=anyone')).items), ['certificate']);
  assert.deepEqual(keysOf((await list('channel=post')).items), ['family']);
  assert.deepEqual(keysOf((await list(`channel=electronic&holderId=${ur}`)).items), [
    'certificate',
    'company',
    'quoted',
    'withdrawn',
  ]);
  assert.deepEqual(
    keysOf((await list(`municipalityId=${otherMunicipality}&holderId=${vid}`)).items),
    [],
    'covers Balvi only',
  );
  const inBalvi = await list(`municipalityId=${balvi}`);
  assert.deepEqual(
    keysOf(inBalvi.items),
    ['certificate', 'company', 'family', 'quoted', 'withdrawn'],
    'whole-country services and those listing it',
  );
  const family = inBalvi.items.find((i) => i.identifier === ids.family!.identifier) as any;
  assert.deepEqual(family.coverage, {
    wholeCountry: false,
    municipalities: [{ id: balvi, name: family.coverage.municipalities[0].name }],
  });
  assert.match(family.coverage.municipalities[0].name, /Balv/);
});

test('SR-12 paging: total counts every match, pages follow the identifier order without overlap', async () => {
  const all = await list('limit=100');
  assert.equal(all.total, 5);
  const sorted = [...all.items].map((i) => i.identifier);
  assert.deepEqual(sorted, [...sorted].sort());
  const first = await list('limit=2&offset=0');
  const second = await list('limit=2&offset=2');
  const third = await list('limit=2&offset=4');
  assert.deepEqual([first.total, second.total, third.total], [5, 5, 5]);
  assert.deepEqual(
    [...first.items, ...second.items, ...third.items].map((i) => i.identifier),
    sorted,
  );
  assert.deepEqual((await list('offset=50')).items, []);
  assert.equal((await get('/api/v1/public/services?q=kiploku')).json.items.length, 5, 'default page size is 20');
});

test('SR-12 a service page by uuid and by identifier, organisations named; a draft is 404, a withdrawn one 410', async () => {
  const byId = await get(`/api/v1/public/services/${ids.family!.id}`);
  assert.equal(byId.status, 200, byId.body);
  const byIdentifier = await get(`/api/v1/public/services/${ids.family!.identifier.toLowerCase()}`);
  assert.deepEqual(byIdentifier.json, byId.json);
  const s = byId.json;
  assert.equal(s.content.channels.post.request.lv, 'Sūtiet iesniegumu pa pastu.');
  assert.deepEqual(s.provider.id, vid);
  assert.match(s.stageProviders.request.name, /Balv/);
  assert.equal(s.stageProviders.execution, null);
  assert.equal(s.publishedFrom, '2026-11-23T10:00:00.000Z');
  assert.equal(s.lastVerifiedOn, null);
  assert.equal(s.status, 'published');
  const draft = ids.draft!;
  assert.equal((await get(`/api/v1/public/services/${draft.id}`)).status, 404);
  assert.equal((await get(`/api/v1/public/services/${draft.identifier}`)).status, 404);
  assert.equal((await get('/api/v1/public/services/PK-999999')).status, 404);
  assert.equal((await get('/api/v1/public/services/00000000-0000-4000-8000-000000000000')).status, 404);
  const bad = await get('/api/v1/public/services/robert');
  assert.deepEqual([bad.status, bad.json.errors?.[0]?.field], [400, '/id']);
  const cofog = await get('/api/v1/cofog');
  assert.equal(cofog.status, 200, 'the COFOG list is public');
});

test('SR-12 ETag: the same answer again is 304 Not Modified; any change to the catalogue changes the tag', async () => {
  for (const [url, headers] of [
    ['/api/v1/public/services?q=kiploku', {}],
    [`/api/v1/public/services/${ids.company!.identifier}`, {}],
    ['/api/v1/public/services.csv?q=kiploku', {}],
    ['/api/v1/public/services?q=kiploku', { accept: 'application/ld+json' }],
    [`/api/v1/public/services/${ids.company!.id}`, { accept: 'application/ld+json' }],
  ] as [string, Record<string, string>][]) {
    const first = await get(url, headers);
    assert.equal(first.status, 200, `${url}: ${first.body.slice(0, 200)}`);
    const etag = String(first.headers.etag);
    assert.match(etag, /^W\/".+"$/);
    assert.match(String(first.headers['cache-control']), /public/);
    const again = await get(url, { ...headers, 'if-none-match': etag });
    assert.equal(again.status, 304, url);
    assert.equal(again.body, '');
    assert.equal(again.headers.etag, etag);
  }
  const json = await get('/api/v1/public/services?q=kiploku');
  const ld = await get('/api/v1/public/services?q=kiploku', { accept: 'application/ld+json' });
  assert.notEqual(json.headers.etag, ld.headers.etag, 'each representation has its own tag');
  assert.match(String(json.headers.vary), /Accept/);
  ctx.clock.set('2026-11-23T10:05:00Z');
  const edited = await urAdmin.request(
    'PUT',
    `/api/v1/services/${ids.draft!.id}/draft`,
    serviceContent({ name: text('Ķiploku melnraksts, otrais') }),
    await currentVersion(ctx.db, 'services', ids.draft!.id),
  );
  assert.equal(edited.status, 200, edited.body);
  const changed = await get('/api/v1/public/services?q=kiploku', { 'if-none-match': String(json.headers.etag) });
  assert.equal(changed.status, 200);
  assert.notEqual(changed.headers.etag, json.headers.etag);
});

test('SR-12 changedSince: only services changed since then, withdrawn ones included with status withdrawn', async () => {
  ctx.clock.set('2026-11-24T09:00:00Z');
  const admin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin', organisation: 'UR' })).email);
  const withdrawn = await admin.request('POST', `/api/v1/services/${ids.withdrawn!.id}/transitions`, {
    to: 'withdrawn',
  });
  assert.equal(withdrawn.status, 200, withdrawn.body);
  const since = await list('changedSince=2026-11-24T08:00:00Z');
  assert.deepEqual(keysOf(since.items), ['withdrawn']);
  assert.equal(since.items[0]!.status, 'withdrawn');
  assert.equal(since.items[0]!.name.lv, 'Ķiploku atsaucamais pakalpojums', 'with the version in force last');
  assert.deepEqual(keysOf((await list('changedSince=2026-11-23T00:00:00%2B02:00')).items), [
    'certificate',
    'company',
    'family',
    'quoted',
    'withdrawn',
  ]);
  assert.ok(!keysOf((await list('')).items).includes('withdrawn'), 'without changedSince only services in force');
  assert.equal((await get(`/api/v1/public/services/${ids.withdrawn!.identifier}`)).status, 410);
  const csv = await get('/api/v1/public/services.csv?q=kiploku&changedSince=2026-11-24T08:00:00Z');
  assert.equal(csv.body.trim().split('\r\n').length, 2);
  assert.match(csv.body, /,withdrawn,/);
});

/** RFC 4180 parsing, to check the export the way a spreadsheet reads it. */
function parseCsv(body: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

test('SR-12 CSV export: UTF-8 with BOM, RFC 4180 quoting of commas, quotes and line breaks, Latvian letters kept, fees with the decimal comma', async () => {
  const res = await get('/api/v1/public/services.csv?q=kiploku');
  assert.equal(res.status, 200);
  assert.equal(res.headers['content-type'], 'text/csv; charset=utf-8');
  assert.ok(res.body.startsWith('\uFEFFidentifier,id,status,name_lv,'), res.body.slice(0, 50));
  assert.ok(res.body.endsWith('\r\n'));
  const rows = parseCsv(res.body.slice(1));
  const header = rows[0]!;
  assert.equal(rows.length, 1 + (await list('')).total);
  assert.ok(
    rows.every((r) => r.length === header.length),
    'every row has every column',
  );
  const quoted = Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === ids.quoted!.identifier)![i]]));
  assert.equal(quoted.name_lv, 'Ķiploku "zaļā" izziņa, ātri');
  assert.equal(quoted.short_description_lv, 'Teksts ar "pēdiņām", komatu\nun jaunu rindu; ŽŪŠĒĀ.');
  assert.equal(quoted.fees, "'=Nodeva, ar komatu: 7,50 EUR", 'a formula-like cell is defused');
  assert.equal(quoted.whole_country, 'true');
  assert.match(res.body, /"Ķiploku ""zaļā"" izziņa, ātri"/);
  const family = Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === ids.family!.identifier)![i]]));
  assert.deepEqual(
    [family.cofog, family.client_type, family.channels, family.whole_country],
    ['10.4', 'natural_person', 'post', 'false'],
  );
  assert.match(family.municipalities!, /Balv/);
  const filtered = parseCsv((await get(`/api/v1/public/services.csv?q=kiploku&holderId=${vid}`)).body.slice(1));
  assert.equal(filtered.length, 2, 'the same filters as the list');
});

test('SR-12 bad query values are 400 naming the parameter, never 500', async () => {
  const cases: [string, string][] = [
    ['changedSince=yesterday', '/changedSince'],
    ['changedSince=2026-11-24', '/changedSince'],
    ['clientType=robot', '/clientType'],
    ['channel=fax', '/channel'],
    ['cofog=99', '/cofog'],
    ['cofog=1', '/cofog'],
    ['holderId=UR', '/holderId'],
    ['municipalityId=1', '/municipalityId'],
    ['limit=0', '/limit'],
    ['limit=101', '/limit'],
    ['offset=-1', '/offset'],
    ['sort=name', '/sort'],
    [`q=${'a'.repeat(201)}`, '/q'],
  ];
  for (const [query, field] of cases) {
    for (const [path, headers] of [
      ['/api/v1/public/services', {}],
      ['/api/v1/public/services', { accept: 'application/ld+json' }],
      ['/api/v1/public/services.csv', {}],
    ] as [string, Record<string, string>][]) {
      if (path.endsWith('.csv') && /^(limit|offset)/.test(query)) continue;
      const res = await get(`${path}?${query}`, headers);
      assert.equal(res.status, 400, `${path}?${query}: ${res.body}`);
      assert.ok(
        res.json.errors.some((e: { field: string }) => e.field === field),
        `${path}?${query}: ${res.body}`,
      );
    }
  }
  const unknownCofog = await get('/api/v1/public/services?cofog=11');
  assert.equal(unknownCofog.json.errors[0].code, 'cofog_unknown');
});

test('SR-12 the holder filter lists the holders with published services, counted, without a login', async () => {
  const res = await get('/api/v1/public/holders');
  assert.equal(res.status, 200, res.body);
  const items = res.json.items as { id: string; name: string; services: number }[];
  const byId = new Map(items.map((h) => [h.id, h]));
  // UR has three services in force (its draft is not counted; the withdrawn one counts only before it was withdrawn).
  assert.ok((byId.get(ur)?.services ?? 0) >= 3, JSON.stringify(byId.get(ur)));
  assert.ok((byId.get(vid)?.services ?? 0) >= 1);
  assert.equal(byId.has(otherMunicipality), false, 'a holder without published services is not offered');
  const names = items.map((h) => h.name);
  assert.deepEqual(names, [...names].sort(new Intl.Collator('lv').compare), 'Latvian alphabetical order');
  assert.ok(res.headers.etag, 'an ETag for revalidation');
  assert.equal((await get('/api/v1/public/holders', { 'if-none-match': String(res.headers.etag) })).status, 304);
});
