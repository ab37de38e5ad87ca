// SR-22 open data's metadata checked the way the open data portal would: a real JSON-LD processor turns the DCAT-AP
// document into RDF (no network: the context is inline) and a real SHACL validator checks it against the official
// DCAT-AP 3.0.1 shapes (shared reference: shapes.ttl and range.ttl). The CSV is RFC 4180 with the Latvian letters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { datasetJsonLd } from './dcat.ts';
import { CSV_COLUMNS, toCsv } from './open-data.ts';

const reference = new URL('../../../shared/reference/dcat-ap-3.0.1/', import.meta.url);
const noNetwork = async (url: string) => {
  throw new Error(`no network in tests: ${url}`);
};

function shapes(...files: string[]) {
  const store = new Store();
  for (const f of files) store.addQuads(new Parser().parse(readFileSync(new URL(f, reference), 'utf8')));
  return store;
}

async function validate(doc: unknown, shapeFiles: string[]) {
  const nquads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, {
    format: 'application/n-quads',
    documentLoader: noNetwork as never,
  })) as unknown as string;
  const data = new Store(new Parser({ format: 'application/n-quads' }).parse(nquads));
  const report = await new SHACLValidator(shapes(...shapeFiles)).validate(data);
  return {
    conforms: report.conforms,
    problems: report.results.map(
      (r) => `${r.focusNode?.value} ${r.path?.value}: ${r.message.map((m) => m.value).join('; ')}`,
    ),
    quads: data,
  };
}

const DCAT = 'http://www.w3.org/ns/dcat#';
const years = [
  { year: 2026, lastPublishedOn: '2027-03-02' },
  { year: 2025, lastPublishedOn: '2026-03-30' },
];

test('SR-22 the dataset metadata passes the official DCAT-AP 3.0.1 shapes (mandatory and ranges)', async () => {
  const doc = datasetJsonLd('https://vienuviet.example.lv', years);
  const { conforms, problems, quads } = await validate(doc, ['shapes.ttl', 'range.ttl']);
  assert.deepEqual(problems, []);
  assert.equal(conforms, true);
  const type = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
  assert.equal(quads.getQuads(null, type, `${DCAT}Dataset`, null).length, 1);
  assert.equal(quads.getQuads(null, type, `${DCAT}Distribution`, null).length, 4, 'JSON and CSV for each year');
  const urls = quads
    .getQuads(null, `${DCAT}downloadURL`, null, null)
    .map((q) => q.object.value)
    .sort();
  assert.deepEqual(urls, [
    'https://vienuviet.example.lv/api/v1/public/indicators.csv?year=2025',
    'https://vienuviet.example.lv/api/v1/public/indicators.csv?year=2026',
    'https://vienuviet.example.lv/api/v1/public/indicators?year=2025',
    'https://vienuviet.example.lv/api/v1/public/indicators?year=2026',
  ]);
});

test('SR-22 the dataset with no year published yet still passes the mandatory shapes', async () => {
  const { problems } = await validate(datasetJsonLd('https://vienuviet.example.lv', []), ['shapes.ttl']);
  assert.deepEqual(problems, []);
});

test('SR-22 the CSV: a byte order mark, the columns, RFC 4180 quoting of commas and quotes', () => {
  const csv = toCsv([
    {
      year: 2026,
      holderId: '00000000-0000-4000-8000-000000000000',
      holder: 'Valsts ieņēmumu dienests',
      serviceIdentifier: 'PK-000123',
      serviceName: 'Izziņa, "steidzami"',
      channel: 'in_person',
      applications: 5,
      delayed: 1,
      complaints: 0,
      version: 2,
      publishedOn: '2027-03-02',
    },
  ]);
  assert.ok(csv.startsWith('\uFEFF'));
  const [header, line] = csv.slice(1).split('\r\n');
  assert.equal(header, CSV_COLUMNS.join(','));
  assert.equal(line, '2026,Valsts ieņēmumu dienests,PK-000123,"Izziņa, ""steidzami""",in_person,5,1,0,2,2027-03-02');
});
