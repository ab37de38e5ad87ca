// SR-12: the catalogue as CPSV-AP 3.2.0 JSON-LD, checked the way a receiving system would: a real JSON-LD
// processor turns it into RDF (no network: the profile's context comes from the local copy) and a real SHACL
// validator checks it against the profile's official shapes (shared reference, release 3.2.0). And back: fromCpsv
// reads what toCpsv wrote into the same SR-10 description.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { call, login } from '../../test/support/http.ts';
import type { ServiceContentIn } from './content.ts';
import { validContent } from './content-rules.ts';
import { IRI, toCpsv } from './jsonld.ts';
import { fromCpsv } from './jsonld-read.ts';
import { serviceContent } from './test-fixtures.ts';

const reference = new URL('../../../shared/reference/cpsv-ap-3.2.0/', import.meta.url);
const OFFICIAL_CONTEXT =
  'https://semiceu.github.io/uri.semic.eu-generated/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld';

/** Resolves the CPSV-AP context from the local copy; anything else would need the network and fails. */
const documentLoader = async (url: string) => {
  if (url !== OFFICIAL_CONTEXT) throw new Error(`no network in tests: ${url}`);
  return {
    contextUrl: null,
    documentUrl: url,
    document: JSON.parse(readFileSync(new URL('./data/cpsv-ap-3.2.0-context.jsonld', import.meta.url), 'utf8')),
  };
};

const shapes = new Store(new Parser().parse(readFileSync(new URL('cpsv-ap-SHACL.ttl', reference), 'utf8')));

async function shacl(doc: unknown) {
  const nquads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, {
    format: 'application/n-quads',
    documentLoader: documentLoader as never,
  })) as unknown as string;
  const data = new Store(new Parser({ format: 'application/n-quads' }).parse(nquads));
  const report = await new SHACLValidator(shapes).validate(data);
  const problems = report.results.map(
    (r) => `${r.focusNode?.value} ${r.path?.value}: ${r.message.map((m) => m.value).join('; ')}`,
  );
  return { conforms: report.conforms, problems, quads: data };
}

const CPSV_SERVICE = 'http://purl.org/vocab/cpsv#PublicService';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

const holder = '11111111-1111-4111-8111-111111111111';
const provider = '22222222-2222-4222-8222-222222222222';
const municipality = '33333333-3333-4333-8333-333333333333';
const names = new Map([
  [holder, { name: 'Uzņēmumu reģistrs', kind: 'institution' }],
  [provider, { name: 'Valsts ieņēmumu dienests', kind: 'institution' }],
  [municipality, { name: 'Balvu novads', kind: 'municipality' }],
]);

/** A description using every SR-10 field, stored as the catalogue stores it (validContent normalises). */
function fullContent(): ServiceContentIn {
  const c = serviceContent({
    name: { lv: 'Uzņēmuma reģistrācija', en: 'Registering a company' },
    fees: [
      { label: { lv: 'Valsts nodeva', en: 'State fee' }, amount: 14.23, channel: 'electronic' },
      { label: { lv: 'Pasta izdevumi' }, amount: 3, channel: 'post' },
      { label: { lv: 'Steidzamība' }, amount: 20.5 },
    ],
    providerId: provider,
    forms: [
      { title: { lv: 'Veidlapa K1', en: 'Form K1' } },
      { title: { lv: 'Veidlapa K2' }, url: 'https://www.ur.gov.lv/k2' },
    ],
    legalBasis: [
      { title: 'Komerclikums, 8. pants', url: 'https://likumi.lv/ta/id/5490' },
      { title: 'Noteikumi Nr. 1' },
    ],
    cofog: ['01.3', '04.1'],
    coverage: { wholeCountry: false, municipalityIds: [municipality] },
    stageProviders: { request: municipality, resultDelivery: provider },
    channels: {
      in_person: {
        request: { lv: 'Iesniedziet klātienē.', en: 'Apply in person.' },
        receive: { lv: 'Saņemiet klātienē.' },
        workingHours: { lv: 'P.–Pk. 8.30–16.30', en: 'Mon–Fri 8:30–16:30' },
      },
      electronic: { request: { lv: 'Portālā.' }, receive: { lv: 'E-adresē.' } },
    },
  }) as ServiceContentIn;
  return validContent(
    c,
    holder,
    [...names].map(([id, n]) => ({ id, kind: n.kind as 'institution' })),
  );
}

const service = (
  content: ServiceContentIn,
  identifier = 'PK-000042',
  status: 'published' | 'withdrawn' = 'published',
) => ({
  identifier,
  status,
  holderId: holder,
  content,
  updatedAt: '2026-11-23T10:00:00.000Z',
});

test('SR-12 a service with every SR-10 field passes the CPSV-AP 3.2.0 SHACL shapes', async () => {
  const doc = toCpsv([service(fullContent())], names, 'https://vienuviet.example');
  const { conforms, problems, quads } = await shacl(doc);
  assert.deepEqual(problems, []);
  assert.equal(conforms, true);
  const services = quads.getSubjects(RDF_TYPE, CPSV_SERVICE, null);
  assert.deepEqual(
    services.map((s) => s.value),
    ['https://vienuviet.example/api/v1/public/services/PK-000042'],
  );
  const titles = quads
    .getObjects(services[0]!, 'http://purl.org/dc/terms/title', null)
    .map((o) => `${o.value}@${(o as { language?: string }).language}`);
  assert.deepEqual(titles.sort(), ['Registering a company@en', 'Uzņēmuma reģistrācija@lv']);
  assert.equal(quads.getObjects(services[0]!, 'http://data.europa.eu/m8g/hasCost', null).length, 3);
  assert.equal(
    quads.getObjects(services[0]!, 'http://data.europa.eu/m8g/hasCompetentAuthority', null)[0]!.value,
    IRI.organisation(holder),
  );
});

test('SR-12 the SHACL check is real: a service without its identifier or competent authority is refused', async () => {
  const doc = toCpsv([service(fullContent())], names, 'https://vienuviet.example');
  const node = doc['@graph'][0]!;
  delete node['dct:identifier'];
  delete node['cv:hasCompetentAuthority'];
  const { conforms, problems } = await shacl(doc);
  assert.equal(conforms, false);
  assert.equal(problems.length, 2, problems.join('\n'));
});

test('SR-12.2 round trip: fromCpsv(toCpsv(description)) gives the same SR-10 description, every field', () => {
  const content = fullContent();
  const { records } = fromCpsv(
    toCpsv([service(content), service(serviceContent() as ServiceContentIn, 'PK-000043')], names, 'https://x.example'),
  );
  assert.equal(records.length, 2);
  assert.deepEqual(records[0]!.errors, []);
  assert.equal(records[0]!.externalId, 'PK-000042');
  assert.deepEqual(records[0]!.content, content);
  const minimal = validContent(
    {
      ...(serviceContent() as ServiceContentIn),
      appeal: undefined,
      contacts: undefined,
      maxTermWorkingDays: null,
      filableOnBehalf: false,
    },
    holder,
    [],
  );
  const again = fromCpsv(toCpsv([service(minimal)], names, 'https://x.example')).records[0]!;
  assert.deepEqual(again.content, minimal);
});

test('SR-12.2 fromCpsv reads the same graph after a real JSON-LD processor expanded it (absolute IRIs, value objects)', async () => {
  const content = fullContent();
  const expanded = await jsonld.expand(
    toCpsv([service(content)], names, 'https://x.example') as jsonld.JsonLdDocument,
    { documentLoader: documentLoader as never },
  );
  const { records } = fromCpsv(expanded);
  assert.deepEqual(records[0]!.errors, []);
  assert.deepEqual(records[0]!.content, content);
});

test("SR-12.2 fromCpsv reads the profile's own example through the official context (local copy) and names what SR-10 lacks", () => {
  const example = JSON.parse(readFileSync(new URL('example-rdf_public_service.jsonld', reference), 'utf8'));
  const { records } = fromCpsv(example);
  assert.equal(records.length, 1);
  assert.equal(records[0]!.externalId, 'Tax-on-web');
  assert.equal(records[0]!.content, null);
  const fields = records[0]!.errors.map((e) => e.field);
  // Its title is English, its description and evidence French (SR-10 wants Latvian); its channel type is from
  // another code list; COFOG, client type and coverage are missing. Each is found, so the example was read whole.
  assert.deepEqual(fields.sort(), [
    '/channels',
    '/clientType',
    '/cofog',
    '/coverage',
    '/documents/0/title/lv',
    '/name/lv',
    '/shortDescription/lv',
  ]);
});

test('SR-12.2 fromCpsv reports per record: bad COFOG, a foreign currency, unknown organisations; and whole-document errors', () => {
  const doc = toCpsv([service(fullContent()), service(fullContent(), 'PK-000050')], names, 'https://x.example');
  const graph = doc['@graph'];
  const second = graph.find((n) => n['@id'] === 'https://x.example/api/v1/public/services/PK-000050')!;
  second['dct:type'] = [{ '@id': 'urn:vienuviet:cofog:99.9' }];
  second['cv:hasCompetentAuthority'] = { '@id': 'urn:vienuviet:organisation:x' };
  const cost = graph.find((n) => n['@id'] === 'https://x.example/api/v1/public/services/PK-000050#cost-1')!;
  cost['cv:currency'] = { '@id': 'http://publications.europa.eu/resource/authority/currency/USD' };
  const participation = graph.find(
    (n) => n['@id'] === 'https://x.example/api/v1/public/services/PK-000050#participation-provider',
  )!;
  participation['cv:hasParticipant'] = { '@id': 'https://example.org/somebody' };
  const { records } = fromCpsv(doc);
  assert.deepEqual(records[0]!.errors, [], 'the first record is unaffected');
  assert.equal(records[1]!.content, null);
  assert.deepEqual(records[1]!.errors.map((e) => `${e.field} ${e.code}`).sort(), [
    '/cofog/0 cofog_unknown',
    '/fees/0/amount field_invalid',
    '/providerId organisation_unknown',
  ]);
  assert.deepEqual(fromCpsv('text').records[0]!.errors, [{ field: '', code: 'jsonld_invalid' }]);
  assert.deepEqual(fromCpsv({ '@context': 'https://example.org/ctx.jsonld', '@graph': [] }).records[0]!.errors, [
    { field: '/@context', code: 'jsonld_context_unknown' },
  ]);
  assert.deepEqual(fromCpsv({ '@graph': [{ '@id': 'x', '@type': 'http://example.org/Other' }] }).records[0]!.errors, [
    { field: '', code: 'jsonld_no_service' },
  ]);
});

// ---- Through HTTP: Accept: application/ld+json ----

let ctx: TestContext;
before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
});
after(() => ctx.close());

test('SR-12 Accept: application/ld+json gives each service and the whole filtered catalogue as CPSV-AP that passes SHACL', async () => {
  const ur = await organisationId(ctx.db, 'UR');
  const balvi = await organisationId(ctx.db, 'Balvu novads');
  const admin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin', organisation: 'UR' })).email);
  const identifiers: string[] = [];
  for (const extra of [
    {},
    { coverage: { wholeCountry: false, municipalityIds: [balvi] }, stageProviders: { execution: balvi } },
    { name: { lv: 'Atsaucamais pakalpojums' } },
  ]) {
    const created = await admin.request('POST', '/api/v1/services', { holderId: ur, ...serviceContent(extra) });
    await admin.request('POST', `/api/v1/services/${created.json.id}/transitions`, { to: 'published' });
    identifiers.push(created.json.identifier);
  }
  ctx.clock.set('2026-11-23T12:00:00Z');
  const later = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin', organisation: 'UR' })).email);
  const last = await call(ctx.app, 'GET', `/api/v1/public/services/${identifiers[2]}`);
  assert.equal(
    (await later.request('POST', `/api/v1/services/${last.json.id}/transitions`, { to: 'withdrawn' })).status,
    200,
  );

  const one = await call(ctx.app, 'GET', `/api/v1/public/services/${identifiers[1]}`, undefined, {
    accept: 'application/ld+json',
  });
  assert.equal(one.status, 200, one.body);
  assert.equal(one.headers['content-type'], 'application/ld+json; charset=utf-8');
  const single = await shacl(one.json);
  assert.deepEqual(single.problems, []);
  assert.equal(single.quads.getSubjects(RDF_TYPE, CPSV_SERVICE, null).length, 1);

  const all = await call(ctx.app, 'GET', `/api/v1/public/services?holderId=${ur}&limit=1`, undefined, {
    accept: 'application/ld+json',
  });
  assert.equal(all.status, 200);
  const catalogue = await shacl(all.json);
  assert.deepEqual(catalogue.problems, []);
  assert.equal(
    catalogue.quads.getSubjects(RDF_TYPE, CPSV_SERVICE, null).length,
    2,
    'the whole catalogue, not a page; no withdrawn service',
  );

  const sync = await call(
    ctx.app,
    'GET',
    `/api/v1/public/services?holderId=${ur}&changedSince=2026-11-23T11:00:00Z`,
    undefined,
    { accept: 'application/ld+json' },
  );
  const synced = await shacl(sync.json);
  assert.deepEqual(synced.problems, []);
  const [withdrawn] = synced.quads.getSubjects(RDF_TYPE, CPSV_SERVICE, null);
  assert.equal(withdrawn?.value.endsWith(identifiers[2]!), true);
  assert.equal(
    synced.quads.getObjects(withdrawn!, 'http://www.w3.org/ns/adms#status', null)[0]!.value,
    IRI.status.withdrawn,
  );

  const back = fromCpsv(one.json).records[0]!;
  assert.deepEqual(back.errors, []);
  assert.deepEqual(back.content?.coverage, { wholeCountry: false, municipalityIds: [balvi] });
  assert.equal(back.content?.stageProviders?.execution, balvi);
  const json = await call(ctx.app, 'GET', `/api/v1/public/services/${identifiers[1]}`, undefined, {
    accept: 'application/json, application/ld+json;q=0.5',
  });
  assert.equal(json.json.identifier, identifiers[1], 'plain JSON when the caller prefers it');
});
