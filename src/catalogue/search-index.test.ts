// SR-12: the public search in memory (search-index.ts, search-match.ts) answers exactly what the SQL of
// public-repository.ts answers — the same total and the same services in the same order — for words, filters and
// pages; it sees every change committed before a search, also one whose transaction wrote before the index last
// looked and committed after.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { organisationId } from '../../test/support/factories.ts';
import { loadDemoDirectory, loadShippedCatalogue } from '../seed/index.ts';
import { filterOf } from './public-service.ts';
import { listInSql, withHolders, type PublicFilter } from './public-repository.ts';
import { searchIndex } from './search-index.ts';
import { matchServices } from './search-match.ts';
import { allowedEdits, prefixDistance } from './search-vocabulary.ts';

let ctx: TestContext;
let vid: string;
let balvi: string;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  await loadDemoDirectory(ctx.db, ctx.clock.now());
  await loadShippedCatalogue(ctx.db, { demo: true }, ctx.clock.now());
  vid = await organisationId(ctx.db, 'VID');
  balvi = await organisationId(ctx.db, 'Balvu novads');
});
after(() => ctx.close());

async function both(f: PublicFilter, page = { limit: 50, offset: 0 }) {
  const filter = await withHolders(ctx.db, f);
  const memory = matchServices(await searchIndex(ctx.db), filter, page);
  const inSql = await listInSql(ctx.db, filter, page);
  return { memory: { total: memory.total, ids: memory.page.map((s) => s.versionId) }, inSql };
}

const QUERIES = [
  '',
  'pabalsts',
  'deklaret dzivesvietu',
  'vid',
  'vid nodokli',
  'pmlp',
  'izzinas',
  'personas apliecība',
  'registering unemployed',
  'pk-0000',
  'a',
  'ur',
  '(demonstrācija)',
  'nekas-tāds-nav',
];

test('SR-12 the search in memory answers as the SQL does: the same total and order for words, filters and pages', async () => {
  const filters: Partial<Parameters<typeof filterOf>[0]>[] = [
    {},
    { holderId: vid },
    { cofog: '10' },
    { clientType: 'natural_person' },
    { channel: 'electronic' },
    { municipalityId: balvi },
    { clientType: 'legal_person', channel: 'in_person', municipalityId: balvi },
  ];
  let compared = 0;
  for (const q of QUERIES)
    for (const extra of filters)
      for (const page of q.length % 2 ? [{ limit: 50, offset: 0 }] : [{ limit: 3, offset: 2 }]) {
        const { memory, inSql } = await both(filterOf({ q, ...extra }), page);
        assert.deepEqual(memory, inSql, `q=${q} ${JSON.stringify(extra)} ${JSON.stringify(page)}`);
        compared += memory.total;
      }
  assert.ok(compared > 200, `the comparisons found services (${compared})`);
});

test('SR-12 misspelt words: a word found when a word of the service begins with its stem one letter off, fewer letters off first', async () => {
  const first = async (q: string) => {
    const filter = await withHolders(ctx.db, { ...filterOf({ q }), fuzzy: true });
    const found = matchServices(await searchIndex(ctx.db), filter, { limit: 3, offset: 0 });
    return { total: found.total, names: found.page.map((s) => s.name.trim()) };
  };
  for (const [q, wanted] of [
    ['dzivesvita', 'dzivesvietas deklaresana'],
    ['bezdarbneiks', 'bezdarbnieka statusa'],
    ['pensjas', 'vecuma pensijas'],
    ['rehabilitacja', 'profesionalas rehabilitacijas'],
    ['biblioteka lasitaaja', 'bibliotekas lasitaja'],
  ] as const) {
    const { total, names } = await first(q);
    assert.ok(total > 0 && names.some((n) => n.startsWith(wanted)), `${q} → ${JSON.stringify(names)}`);
  }
  assert.equal((await first('xyzq')).total, 0, 'a short word is not corrected');
  assert.equal((await first('qqqqqqq')).total, 0);
});

test('SR-12 one letter off: wrong, missing, added or two neighbours swapped, against a beginning of the word', () => {
  assert.equal(prefixDistance('dzivesvita', 'dzivesvietas', 1), 1, 'a letter missing');
  assert.equal(prefixDistance('bezdarbneik', 'bezdarbnieka', 1), 1, 'two neighbours swapped');
  assert.equal(prefixDistance('pensj', 'pensijas', 1), 1);
  assert.equal(prefixDistance('pensi', 'pensijas', 1), 0, 'a beginning of the word');
  assert.equal(prefixDistance('pansjas', 'pensijas', 1), Number.POSITIVE_INFINITY, 'two letters off');
  assert.equal(prefixDistance('pansjas', 'pensijas', 2), 2);
  assert.equal(prefixDistance('rehabilitacj', 'rehabilitacijas', allowedEdits('rehabilitacj')), 1);
});

// Two connections at once: on the PostgreSQL server (PGlite has one).
test('SR-12 the index sees a change whose transaction wrote before a search looked and committed after it', {
  skip: !process.env.TEST_DATABASE_URL,
}, async () => {
  const words = filterOf({ q: 'ziemeļblāzmas' });
  assert.equal((await both(words)).memory.total, 0);
  const row = await ctx.db
    .selectFrom('service_versions as v')
    .innerJoin('services as s', 's.id', 'v.service_id')
    .select(['s.id', 'v.id as version_id', 'v.search_text'])
    .where('s.status', '=', 'published')
    .where('v.published_to', 'is', null)
    .where('v.published_from', 'is not', null)
    .executeTakeFirstOrThrow();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('service_versions')
      .set({ search_text: `${row.search_text} ziemelblazmas` })
      .where('id', '=', row.version_id)
      .execute();
    await sql`update services set status = status where id = ${row.id}`.execute(trx);
    // Another connection searches while this transaction is still open: it cannot see the change yet.
    assert.equal((await both(words)).memory.total, 0);
  });
  const { memory, inSql } = await both(words);
  assert.deepEqual(memory, inSql);
  assert.equal(memory.total, 1, 'seen once committed');
});
