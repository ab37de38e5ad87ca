// The route budgets of scripts/check-bundle.mjs: what a route costs is the entry, the page and their static imports,
// each file once; chunks loaded on demand are not part of it; a route over its budget, or a budgeted page that is
// no longer a chunk of its own, is a problem (and `npm test` / the build fail on it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measure, report, type Manifest } from '../../scripts/check-bundle.mjs';

const KB = 1024;
// The shape Vite writes: the entry imports the framework statically and every page dynamically.
const MANIFEST: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_vendor.js'],
    dynamicImports: ['src/pages/Finder.tsx', 'src/pages/Counter.tsx'],
  },
  '_vendor.js': { file: 'assets/vendor.js' },
  '_shared.js': { file: 'assets/shared.js', imports: ['_vendor.js'] },
  'src/pages/Finder.tsx': {
    file: 'assets/Finder.js',
    isDynamicEntry: true,
    imports: ['_shared.js', '_vendor.js'],
    dynamicImports: ['src/pages/Map.tsx'],
  },
  'src/pages/Map.tsx': { file: 'assets/Map.js', isDynamicEntry: true, imports: ['_shared.js', '_leaflet.js'] },
  '_leaflet.js': { file: 'assets/leaflet.js' },
  'src/pages/Counter.tsx': { file: 'assets/Counter.js', isDynamicEntry: true, imports: ['_shared.js'] },
};
const SIZES: Record<string, number> = {
  'assets/index.js': 10 * KB,
  'assets/vendor.js': 20 * KB,
  'assets/shared.js': 15 * KB,
  'assets/Finder.js': 5 * KB,
  'assets/Map.js': 2 * KB,
  'assets/leaflet.js': 40 * KB,
  'assets/Counter.js': 70 * KB,
};
const sizeOf = (file: string) => SIZES[file]!;
const budgets = [
  { route: '/centres', module: 'src/pages/Finder.tsx', kb: 60 },
  { route: '/counter', module: 'src/pages/Counter.tsx', kb: 120 },
];

test('a route costs its entry, its page and their static imports, each file once; on-demand chunks are listed apart', () => {
  const result = measure(MANIFEST, sizeOf, budgets);
  assert.deepEqual(result.entry, { module: 'index.html', bytes: 30 * KB });
  const finder = result.rows.find((r) => r.module === 'src/pages/Finder.tsx')!;
  assert.equal(finder.bytes, 50 * KB, 'index 10 + vendor 20 (once) + shared 15 + page 5');
  assert.deepEqual(
    finder.onDemand,
    [{ module: 'src/pages/Map.tsx', bytes: 42 * KB }],
    'the map and Leaflet, not what the page already has',
  );
  assert.deepEqual(result.problems, []);
  assert.match(report(result), /src\/pages\/Finder\.tsx\s+50\.0 kB {2}budget 60 kB ✓ \/centres/);
});

test('a route over its budget is a problem naming the route and both sizes', () => {
  const result = measure(MANIFEST, sizeOf, [{ route: '/counter', module: 'src/pages/Counter.tsx', kb: 100 }]);
  assert.deepEqual(result.problems, ['/counter loads 115.0 kB of gzipped JavaScript, over its budget of 100 kB']);
  assert.match(report(result), /✗ OVER \/counter/);
});

test('a budgeted page that is not a chunk of its own (renamed, or imported statically again) is a problem too', () => {
  const result = measure(MANIFEST, sizeOf, [{ route: '/login', module: 'src/pages/Login.tsx', kb: 60 }]);
  assert.deepEqual(result.problems, [
    '/login: src/pages/Login.tsx is not a chunk of the build (renamed, or no longer loaded lazily?)',
  ]);
  assert.deepEqual(measure({}, sizeOf).problems, ['the manifest has no entry chunk']);
});
