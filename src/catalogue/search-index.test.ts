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
import { allowedEdits, MIN_CORRECTED, prefixDistance, Vocabulary } from './search-vocabulary.ts';

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

test('SR-12 the vocabulary keeps its answers for a stem and takes in the words added after them', () => {
  const vocabulary = new Vocabulary();
  vocabulary.wordIdsOf('pensijas pabalsts');
  assert.deepEqual(vocabulary.containing('pens'), [0]);
  assert.deepEqual([...vocabulary.nearTo(['pensj'])], [[0, 1]]);
  vocabulary.wordIdsOf('pensionars pensja pk 000123');
  assert.deepEqual(vocabulary.containing('pens'), [0, 2, 3]);
  assert.deepEqual(vocabulary.containing('0012'), [5]);
  assert.deepEqual(
    [...vocabulary.nearTo(['pensj'])],
    [
      [0, 1],
      [2, 1],
      [3, 0],
    ],
  );
  assert.deepEqual([...vocabulary.nearTo(['pen'])], [], 'a short stem is not corrected');
});

/** The optimal-string-alignment distance of the stem to the nearest beginning of the word, the whole matrix worked out. */
function plainPrefixDistance(stem: string, word: string): number {
  const d = Array.from({ length: stem.length + 1 }, (_, i) =>
    Array.from({ length: word.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= stem.length; i++)
    for (let j = 1; j <= word.length; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (stem[i - 1] === word[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && stem[i - 1] === word[j - 2] && stem[i - 2] === word[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return Math.min(...d[stem.length]!);
}

test('SR-12 the misspelt pass skips no word a letter off: its quick checks agree with the distance of every word', () => {
  // A fixed pseudo-random vocabulary over few letters, so that many words are near the stems.
  let seed = 12_345;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const letter = () => 'aeiknrstuvz'[Math.floor(random() * 11)]!;
  const word = (length: number) => Array.from({ length }, letter).join('');
  const words = Array.from({ length: 3000 }, () => word(2 + Math.floor(random() * 12)));
  const vocabulary = new Vocabulary();
  vocabulary.wordIdsOf(words.join(' '));
  const distinct = [...new Set(words)];
  // The stems: beginnings of the words with one or two letters wrong, missing, added or swapped, and random ones.
  const edited = (w: string) => {
    const at = Math.floor(random() * (w.length - 1));
    const edit = Math.floor(random() * 4);
    if (edit === 0) return w.slice(0, at) + letter() + w.slice(at + 1);
    if (edit === 1) return w.slice(0, at) + w.slice(at + 1);
    if (edit === 2) return w.slice(0, at) + letter() + w.slice(at);
    return w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
  };
  const stems = Array.from({ length: 80 }, (_, i) => {
    if (i % 4 === 3) return word(4 + Math.floor(random() * 9));
    const w = distinct.filter((x) => x.length >= 6)[Math.floor(random() * 1000)]!;
    const stem = edited(w.slice(0, 5 + Math.floor(random() * (w.length - 4))));
    return i % 4 === 2 ? edited(stem) : stem;
  });
  let near = 0;
  for (const stem of stems) {
    const expected = new Map<number, number>();
    for (const [id, w] of distinct.entries()) {
      const d = plainPrefixDistance(stem, w);
      if (stem.length >= MIN_CORRECTED && d <= allowedEdits(stem)) expected.set(id, d);
    }
    assert.deepEqual(vocabulary.nearTo([stem]), expected, stem);
    near += expected.size;
  }
  assert.ok(near > 100, `words were near (${near})`);
});

test('SR-12 a word new to the catalogue is found at once, also by a stem searched before it came', async () => {
  const row = await ctx.db
    .selectFrom('service_versions as v')
    .innerJoin('services as s', 's.id', 'v.service_id')
    .select(['s.id', 'v.id as version_id', 'v.search_text'])
    .where('s.status', '=', 'published')
    .where('v.published_to', 'is', null)
    .where('v.published_from', 'is not', null)
    .orderBy('s.identifier', 'desc')
    .executeTakeFirstOrThrow();
  for (const q of ['saulgriezi', 'saulgrezi']) assert.equal((await both(filterOf({ q }))).memory.total, 0, q);
  await ctx.db
    .updateTable('service_versions')
    .set({ search_text: `${row.search_text} saulgriezu` })
    .where('id', '=', row.version_id)
    .execute();
  await sql`update services set status = status where id = ${row.id}`.execute(ctx.db);
  const { memory, inSql } = await both(filterOf({ q: 'saulgriezi' }));
  assert.deepEqual(memory, inSql);
  assert.deepEqual(memory.ids, [row.version_id], 'found by its stem');
  const filter = await withHolders(ctx.db, { ...filterOf({ q: 'saulgrezi' }), fuzzy: true });
  const misspelt = matchServices(await searchIndex(ctx.db), filter, { limit: 5, offset: 0 });
  assert.deepEqual(
    misspelt.page.map((s) => s.versionId),
    [row.version_id],
    'found a letter off',
  );
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
