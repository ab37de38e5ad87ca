// SR-12: the stemmers behind search: Kreslins' Latvian endings with the syllable condition, the verbal nouns added,
// folding before stemming (diacritics optional), and a light English stemmer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { queryTerms, stemEnglish, stemLatvian, wordStems } from './index.ts';

const stems = (words: string[]) => words.map((w) => wordStems(w).join('|'));

test('SR-12 the forms of a Latvian noun or adjective share a stem, with or without diacritics', () => {
  assert.deepEqual(stems(['dzīvesvieta', 'dzīvesvietas', 'dzivesvietu', 'dzīvesvietām']), Array(4).fill('dzivesviet'));
  assert.deepEqual(stems(['uzņēmums', 'uzņēmuma', 'uznemumiem', 'uzņēmumos']), Array(4).fill('uznemum'));
  assert.deepEqual(stems(['nekustamais', 'nekustamā', 'nekustamajam', 'nekustamo']), Array(4).fill('nekustam'));
  assert.deepEqual(stems(['bezdarbnieks', 'bezdarbnieka', 'bezdarbniekiem']), Array(3).fill('bezdarbniek'));
});

test('SR-12 a verb and its verbal noun share a stem (the -šana endings and -t, -ties added to the algorithm)', () => {
  assert.deepEqual(stems(['deklarēt', 'deklarēšana', 'deklaresanas', 'deklaret']), Array(4).fill('deklare'));
  assert.deepEqual(stems(['pieteikties', 'pieteikšanās']), ['pieteik', 'pieteik']);
});

test('SR-12 the syllable condition keeps short words whole; the labials lose the j an ending inserted', () => {
  assert.equal(stemLatvian('pase'), 'pase');
  assert.equal(stemLatvian('vid'), 'vid');
  assert.equal(stemLatvian('zivju'), 'zivju');
  assert.equal(stemLatvian('ziemelju'), 'ziemelj');
  assert.equal(stemLatvian('virsmju'), 'virsmju');
  assert.equal(stemLatvian('kalnupju'), 'kalnup');
});

test('SR-12 English plurals, -ing and -ed; identifiers and signs are left as they are', () => {
  assert.deepEqual(
    ['families', 'family', 'registering', 'registered', 'certificates', 'boxes', 'status'].map(stemEnglish),
    ['famil', 'famil', 'register', 'register', 'certificate', 'box', 'status'],
  );
  assert.deepEqual(stems(['PK-000123', '50%', 'kontaktu%', '"izziņa",']), ['pk-000123', '50%', 'kontaktu%', 'izzin']);
  assert.deepEqual(
    queryTerms('  Izziņa  izziņa VID ').map((t) => t.word),
    ['izzina', 'vid'],
  );
});
