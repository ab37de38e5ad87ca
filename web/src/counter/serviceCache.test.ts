// The counter's offline copy of the centre's scope: bounded (OFFLINE_MAX, and what the browser's storage takes),
// loaded once a day and once per session, searched like the server searches.
import { beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { keepScope, OFFLINE_MAX, remember, scopeDue, searchRemembered } from './serviceCache.ts';
import type { CounterService } from './types.ts';

/** Web Storage in memory, refusing values longer than `quota` characters in all. */
function fakeStorage(quota = Number.POSITIVE_INFINITY): Storage {
  const data = new Map<string, string>();
  const used = () => [...data.values()].reduce((n, v) => n + v.length, 0);
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => {
      if (used() - (data.get(k)?.length ?? 0) + v.length > quota) throw new Error('QuotaExceededError');
      data.set(k, v);
    },
  };
}

const service = (i: number, count = 0): CounterService => ({
  id: `id-${i}`,
  identifier: `PK-${100000 + i}`,
  name: i === 7 ? 'Ūdens lietošanas atļauja' : `Pakalpojums ${i}`,
  holder: { id: 'h', name: 'Valsts ieņēmumu dienests', shortName: 'VID' },
  minimalBasket: false,
  count,
});

beforeEach(() => {
  Object.assign(globalThis, { localStorage: fakeStorage(), sessionStorage: fakeStorage() });
});

test('the whole scope is kept, at most OFFLINE_MAX services, and searched with the recent ones', () => {
  const scope = Array.from({ length: OFFLINE_MAX + 10 }, (_, i) => service(i));
  assert.equal(keepScope('c', scope, '2026-12-02'), OFFLINE_MAX);
  assert.deepEqual(
    searchRemembered('c', 'udens LIETOSANAS', 5).map((s) => s.id),
    ['id-7'],
    'a service never looked up in this browser is found',
  );
  remember('c', [service(7, 5)]);
  assert.deepEqual(
    searchRemembered('c', 'udens', 5).map((s) => [s.id, s.count]),
    [['id-7', 5]],
    'once, with the fresher count',
  );
});

test('a browser storage too small for the whole scope keeps its most used part', () => {
  Object.assign(globalThis, { localStorage: fakeStorage(100_000) });
  const kept = keepScope(
    'c',
    Array.from({ length: 2000 }, (_, i) => service(i)),
    '2026-12-02',
  );
  assert.ok(kept > 0 && kept < 2000, String(kept));
  assert.ok(localStorage.getItem('vienuviet.counter.scope.c')!.length <= 100_000);
});

test('the scope is loaded again on another day and in another browser session, not on every page', () => {
  assert.equal(scopeDue('c', '2026-12-02'), true, 'never loaded');
  keepScope('c', [service(1)], '2026-12-02');
  sessionStorage.setItem('vienuviet.counter.scope.c', '2026-12-02');
  assert.equal(scopeDue('c', '2026-12-02'), false);
  assert.equal(scopeDue('c', '2026-12-03'), true, 'a new day');
  sessionStorage.clear();
  assert.equal(scopeDue('c', '2026-12-02'), true, 'a new session');
});

test('offline, a service is found by the stems of the words typed, as the server finds it, and by its holder', () => {
  keepScope(
    'c',
    [
      {
        ...service(1),
        name: 'Dzīvesvietas deklarēšana',
        holder: { id: 'p', name: 'Pilsonības un migrācijas lietu pārvalde', shortName: 'PMLP' },
      },
      {
        ...service(2),
        name: 'Individuālā komersanta reģistrācija',
        holder: { id: 'u', name: 'Uzņēmumu reģistrs', shortName: 'UR' },
      },
      service(3),
    ],
    '2026-12-02',
  );
  const ids = (q: string) => searchRemembered('c', q, 5).map((s) => s.id);
  assert.deepEqual(ids('deklaret dzivesvietu'), ['id-1'], 'other forms of both words, without diacritics');
  assert.deepEqual(ids('vid'), ['id-3'], "the holder's abbreviation, not a word that merely contains it");
  assert.deepEqual(ids('komersants'), ['id-2']);
  assert.deepEqual(ids('zzz'), []);
});
