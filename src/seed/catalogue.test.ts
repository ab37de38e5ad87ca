// The catalogue's shipped entries: the basket services that AM-1.7 … AM-1.10 name, published for their institutions
// through the API's checks and identifiers, loaded once; the labelled demo catalogue, in demo mode only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, testDatabase, type TestContext } from '../../test/support/context.ts';
import { buildUser } from '../../test/support/factories.ts';
import { login } from '../../test/support/http.ts';
import { currentVersion } from '../../test/support/versions.ts';
import { loadReferenceData } from './load.ts';
import { demoCentres, loadDemoDirectory } from './directory.ts';
import {
  basketServices,
  demoCatalogue,
  loadBasketCatalogue,
  loadDemoCatalogue,
  loadSeedServices,
  loadShippedCatalogue,
  type SeedService,
} from './catalogue.ts';
import { checkContent } from '../catalogue/test-fixtures.ts';
import type { ServiceContentIn } from '../catalogue/index.ts';
import { verifyChain } from '../platform/audit/verify.ts';
import { rigaDate } from '../platform/time.ts';

const NOW = new Date('2026-11-23T10:00:00Z');
let ctx: TestContext;

before(async () => {
  ctx = await testContext();
  ctx.clock.set(NOW);
  assert.equal(await loadBasketCatalogue(ctx.db, NOW), basketServices().length);
});
after(() => ctx.close());

const services = (db = ctx.db) =>
  db
    .selectFrom('services')
    .innerJoin('organisations as h', 'h.id', 'services.holder_id')
    .selectAll('services')
    .select(['h.short_name as holder'])
    .orderBy('services.identifier')
    .execute();

const versionsOf = (serviceId: string, db = ctx.db) =>
  db.selectFrom('service_versions').selectAll().where('service_id', '=', serviceId).orderBy('number').execute();

test('CR-8 AM-1.7 … AM-1.10 the basket services are published entries of PMLP and VSAA with SR-9 identifiers, version 1 in force, verified today', async () => {
  const rows = await services();
  assert.deepEqual(
    rows.map((r) => [r.external_id, r.holder]),
    [
      ['grozs-3.13', 'PMLP'],
      ['grozs-3.14', 'PMLP'],
      ['grozs-3.15', 'PMLP'],
      ['grozs-6.19', 'VSAA'],
    ],
  );
  for (const row of rows) {
    assert.match(row.identifier, /^PK-\d{6}$/);
    assert.equal(row.status, 'published');
    assert.equal(row.last_verified_on, rigaDate(NOW));
    const versions = await versionsOf(row.id);
    assert.equal(versions.length, 1);
    assert.equal(versions[0]!.number, 1);
    assert.equal(versions[0]!.published_from?.toISOString(), NOW.toISOString());
    assert.equal(versions[0]!.published_to, null);
    assert.equal(versions[0]!.name_lv, row.name_lv);
    // SR-12: the version is findable without diacritics, by its identifier too.
    assert.ok(versions[0]!.search_text.includes(row.identifier.toLowerCase()), versions[0]!.search_text);
    assert.doesNotMatch(versions[0]!.search_text, /[āčēģīķļņšūž]/);
  }
  const capacity = (
    await ctx.db
      .selectFrom('service_versions')
      .select('search_text')
      .where('search_text', 'like', '%ricibspeju%')
      .execute()
  ).length;
  assert.equal(capacity, 1);
});

test('AM-1.7 AM-1.8 AM-1.9 AM-1.10 the basket entries carry the amended wording; AM-1.6 item 2.3 and the replaced wordings are not shipped', async () => {
  const byItem = new Map((await services()).map((r) => [r.external_id, r.name_lv]));
  assert.equal(byItem.get('grozs-3.13'), 'Ziņas par personas rīcībspēju');
  assert.equal(byItem.get('grozs-3.14'), 'Personas kodu atbilstība vienai personai');
  assert.equal(byItem.get('grozs-3.15'), 'Aktuālais un iepriekšējais personas kods');
  assert.equal(byItem.get('grozs-6.19'), 'Pabalsts mirušā pensijas saņēmēja laulātajam');
  assert.equal(byItem.has('grozs-2.3'), false);
  const names = [...byItem.values()].join(' | ');
  for (const old of [
    'Šengenas vīzas pieteikums',
    'Latvijas pilsonības iegūšanas ceļvedis',
    'vienreizējs pabalsts mirušā pensionāra laulātajam',
  ])
    assert.ok(!names.includes(old), old);
  const shipped = new Map(basketServices().map((s) => [s.basketItem, s]));
  assert.deepEqual(
    [...shipped.values()].map((s) => [s.basketItem, s.amendment, s.inBasketSince]),
    [
      ['3.13', 'AM-1.7', '2019-03-01'],
      ['3.14', 'AM-1.8', '2019-03-01'],
      ['3.15', 'AM-1.9', '2019-03-01'],
      ['6.19', 'AM-1.10', '2019-03-01'],
    ],
  );
  assert.equal(shipped.get('3.13')!.replaces, 'Šengenas vīzas pieteikums');
  assert.equal(shipped.get('3.15')!.basketText, 'aktuālais un iepriekšējais personas kods');
});

test('SR-10 SR-13 the basket descriptions pass the value rules and are complete: Latvian and English, channels, legal basis on likumi.lv, appeal, COFOG, whole country', async () => {
  for (const row of await services()) {
    const [version] = await versionsOf(row.id);
    const content = version!.content as ServiceContentIn;
    assert.deepEqual(checkContent(content, [{ id: row.holder_id, kind: 'institution' }]), [], row.external_id!);
    assert.ok(content.name.en && content.shortDescription.en, `${row.external_id}: English`);
    assert.ok(content.appeal?.lv && content.appeal.en, `${row.external_id}: appeal`);
    assert.ok(Object.keys(content.channels ?? {}).length >= 2, `${row.external_id}: channels`);
    for (const channel of Object.values(content.channels ?? {})) assert.ok(channel!.request.en && channel!.receive.en);
    assert.ok(
      (content.legalBasis ?? []).some((l) => l.url?.startsWith('https://likumi.lv/ta/id/')),
      `${row.external_id}: legal basis`,
    );
    assert.deepEqual(content.coverage, { wholeCountry: true, municipalityIds: [] });
    // SR-10.2: the holder provides it; contacts are the institution's website.
    assert.equal(content.providerId, row.holder_id);
    assert.match(content.contacts!.website!, /^https:\/\/www\.(pmlp|vsaa)\.gov\.lv$/);
    // Nothing invented: no fee amounts, no maximum terms.
    assert.deepEqual(content.fees, []);
    assert.equal(content.maxTermWorkingDays, null);
  }
});

test("SR-8 SR-11 a basket entry is the institution's own: its admin sees it in force and verified, and edits it through the API; another holder cannot", async () => {
  const pmlp = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin', organisation: 'PMLP' })).email);
  const vid = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin', organisation: 'VID' })).email);
  const row = (await services()).find((r) => r.external_id === 'grozs-3.13')!;
  const detail = await pmlp.request('GET', `/api/v1/services/${row.id}`);
  assert.equal(detail.status, 200, detail.body);
  assert.equal(detail.json.status, 'published');
  assert.equal(detail.json.published.state, 'in_force');
  assert.equal(detail.json.verification.verified, true);
  assert.deepEqual(detail.json.rights, ['edit', 'publish', 'verify']);
  // The shipped description is exactly what the API accepts: sent back unchanged, it becomes the draft of version 2.
  const { providerId: _provider, ...content } = detail.json.published.content;
  const edited = await pmlp.request(
    'PUT',
    `/api/v1/services/${row.id}/draft`,
    content,
    await currentVersion(ctx.db, 'services', row.id),
  );
  assert.equal(edited.status, 200, edited.body);
  assert.equal(edited.json.draft.number, 2);
  const foreign = await vid.request(
    'PUT',
    `/api/v1/services/${row.id}/draft`,
    content,
    await currentVersion(ctx.db, 'services', row.id),
  );
  assert.equal(foreign.status, 404);
});

test("the basket load is idempotent: a second start adds nothing, and a holder's withdrawal is not undone", async () => {
  const before = await services();
  const withdrawn = before.find((r) => r.external_id === 'grozs-6.19')!;
  await ctx.db.updateTable('services').set({ status: 'withdrawn' }).where('id', '=', withdrawn.id).execute();
  const result = await loadShippedCatalogue(ctx.db, { demo: false }, new Date('2026-12-01T10:00:00Z'));
  assert.deepEqual(result, { basket: 0, demo: 0 });
  const afterRows = await services();
  assert.deepEqual(
    afterRows.map((r) => r.identifier),
    before.map((r) => r.identifier),
  );
  assert.equal(afterRows.find((r) => r.id === withdrawn.id)!.status, 'withdrawn');
  const events = await ctx.db
    .selectFrom('audit_events')
    .select(['action', 'entity_id', 'organisation_id'])
    .where('action', '=', 'seed.basket_service')
    .execute();
  assert.equal(events.length, basketServices().length, 'one audit event per service, on the first load only');
  assert.ok(events.every((e) => before.some((r) => r.id === e.entity_id && r.holder_id === e.organisation_id)));
  assert.equal((await verifyChain(ctx.db)).ok, true);
});

test("shipped entries go through the API's rules: a bad COFOG code, an unknown property or an unknown holder stops the load, naming the entry, and nothing is written", async () => {
  const good = basketServices()[0]!;
  const entry = (
    externalId: string,
    content: Partial<SeedService['content']> & Record<string, unknown> = {},
    holder = 'ur',
  ): SeedService => ({
    holder,
    externalId,
    content: { ...good.content, ...content } as SeedService['content'],
  });
  const count = async () => (await ctx.db.selectFrom('services').select('id').execute()).length;
  const n = await count();
  const load = (list: SeedService[]) => loadSeedServices(ctx.db, list, { action: 'seed.test', withDemo: false }, NOW);
  await assert.rejects(
    load([entry('test-ok'), entry('test-cofog', { cofog: ['99.9'] })]),
    /test-cofog.*\/cofog\/0.*cofog_unknown/,
  );
  await assert.rejects(load([entry('test-extra', { extra: 'x' })]), /test-extra does not match the SR-10 schema/);
  await assert.rejects(
    load([entry('test-http', { contacts: { website: 'javascript:alert(1)' } })]),
    /test-http does not match the SR-10 schema/,
  );
  await assert.rejects(load([entry('test-holder', {}, 'nobody')]), /test-holder names an unknown organisation nobody/);
  assert.equal(await count(), n, 'the good entry before the bad one was rolled back too');
  assert.equal(
    (await ctx.db.selectFrom('audit_events').select('id').where('action', '=', 'seed.test').execute()).length,
    0,
  );
});

test('the demo catalogue loads only in demo mode: none without it, all of it (labelled) with it, once', async () => {
  const database = await testDatabase();
  try {
    await loadReferenceData(database.db);
    await loadDemoDirectory(database.db, NOW);
    assert.deepEqual(await loadShippedCatalogue(database.db, { demo: false }, NOW), {
      basket: basketServices().length,
      demo: 0,
    });
    const demoRows = () =>
      database.db.selectFrom('services').selectAll().where('external_id', 'like', 'demo-%').execute();
    assert.equal((await demoRows()).length, 0);
    assert.deepEqual(await loadShippedCatalogue(database.db, { demo: true }, NOW), {
      basket: 0,
      demo: demoCatalogue().length,
    });
    assert.deepEqual(await loadShippedCatalogue(database.db, { demo: true }, NOW), { basket: 0, demo: 0 });
    const rows = await demoRows();
    assert.ok(rows.length >= 25, `${rows.length} demo services`);
    assert.ok(new Set(rows.map((r) => r.holder_id)).size >= 10, 'several holders');
    for (const row of rows) {
      const [version] = await versionsOf(row.id, database.db);
      const content = version!.content as ServiceContentIn;
      assert.ok(row.name_lv.endsWith(' (demonstrācija)'), row.name_lv);
      if (content.name.en) assert.ok(content.name.en.endsWith(' (demo)'), content.name.en);
    }
  } finally {
    await database.close();
  }
});

test('SR-4 SR-10.8 SR-11 SR-13 the demo catalogue has drafts, a withdrawn service, municipal services covering only their municipality, and deliberate quality problems', async () => {
  const database = await testDatabase();
  try {
    await loadReferenceData(database.db);
    await loadDemoDirectory(database.db, NOW);
    await loadDemoCatalogue(database.db, NOW);
    const rows = await database.db
      .selectFrom('services')
      .innerJoin('organisations as h', 'h.id', 'services.holder_id')
      .selectAll('services')
      .select(['h.kind as holder_kind', 'h.name as holder_name'])
      .execute();
    const content = async (id: string) => (await versionsOf(id, database.db)).at(-1)!.content as ServiceContentIn;
    const byExternal = new Map(rows.map((r) => [r.external_id!, r]));
    const statuses = rows.map((r) => r.status);
    assert.ok(statuses.filter((s) => s === 'draft').length >= 3);
    assert.equal(statuses.filter((s) => s === 'withdrawn').length, 1);
    // The withdrawn one was published and then withdrawn: a past version, nothing in force, no draft.
    const withdrawn = rows.find((r) => r.status === 'withdrawn')!;
    const [past] = await versionsOf(withdrawn.id, database.db);
    assert.ok(past!.published_from && past!.published_to && past!.published_from < past!.published_to);
    // Drafts have no published version.
    for (const draft of rows.filter((r) => r.status === 'draft'))
      assert.equal((await versionsOf(draft.id, database.db))[0]!.published_from, null);
    // SR-10.8: a municipality's own services cover only that municipality.
    const municipal = rows.filter((r) => r.holder_kind === 'municipality');
    assert.ok(municipal.length >= 6);
    for (const row of municipal)
      assert.deepEqual(
        (await content(row.id)).coverage,
        { wholeCountry: false, municipalityIds: [row.holder_id] },
        row.external_id!,
      );
    const demoMunicipalities = new Set(demoCentres().municipalities.map((m) => m.name));
    assert.ok(municipal.filter((r) => demoMunicipalities.has(r.holder_name)).length >= 5);
    // The problems the quality dashboard is meant to show.
    assert.equal((await content(byExternal.get('demo-vid-2')!.id)).name.en, undefined, 'missing English');
    assert.equal((await content(byExternal.get('demo-vsaa-2')!.id)).appeal, undefined, 'no appeal procedure');
    assert.match((await content(byExternal.get('demo-nva-2')!.id)).contacts!.website!, /^http:\/\//);
    assert.deepEqual((await content(byExternal.get('demo-pmlp-2')!.id)).legalBasis, [], 'no legal basis');
    assert.equal(byExternal.get('demo-vsaa-3')!.last_verified_on, '2025-06-30', 'stale verification');
    assert.equal(byExternal.get('demo-balvi-2')!.last_verified_on, null, 'never verified');
    assert.equal(byExternal.get('demo-vid-1')!.last_verified_on, '2026-11-23');
    assert.equal((await verifyChain(database.db)).ok, true);
  } finally {
    await database.close();
  }
});

test('without the demo municipalities (demo directory not loaded) their demo services are skipped, the rest load', async () => {
  const database = await testDatabase();
  try {
    await loadReferenceData(database.db);
    const added = await loadDemoCatalogue(database.db, NOW);
    const onDemoMunicipalities = demoCatalogue().filter((s) => s.holder.startsWith('demo-')).length;
    assert.ok(onDemoMunicipalities > 0);
    assert.equal(added, demoCatalogue().length - onDemoMunicipalities);
    await loadDemoDirectory(database.db, NOW);
    assert.equal(await loadDemoCatalogue(database.db, NOW), onDemoMunicipalities, 'filled in on the next start');
  } finally {
    await database.close();
  }
});
