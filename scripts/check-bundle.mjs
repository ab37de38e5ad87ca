#!/usr/bin/env node
// The web UI's JavaScript budgets per route, checked after every build (`npm test`, `npm start`, `npm run build:web`).
// What a route costs a visitor is what the browser must fetch before the page shows: the entry chunk and every chunk
// it imports statically, plus the route's page chunk and its static imports — read from Vite's manifest
// (dist/web/.vite/manifest.json), each file counted once, gzipped with node:zlib. Chunks a page loads only on demand
// (the finder's map) are printed beside it but are not part of its cost. Exit 1 when a route is over its budget.
// Only Node's own modules: run.mjs calls it on a machine that may have nothing else yet.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;

/**
 * Budgets in gzipped kB, by the page module behind the route (as App.tsx imports it). Public pages are opened by
 * citizens on phones: 60 kB. The counter is opened many times a day on the front desk: 120 kB.
 */
export const BUDGETS = [
  { route: '/login', module: 'src/people/Login.tsx', kb: 60 },
  { route: '/set-password', module: 'src/people/SetPassword.tsx', kb: 60 },
  { route: '/forgot-password', module: 'src/people/ForgotPassword.tsx', kb: 60 },
  { route: '/catalogue', module: 'src/catalogue/CatalogueSearch.tsx', kb: 60 },
  { route: '/catalogue/:id', module: 'src/catalogue/CatalogueService.tsx', kb: 60 },
  { route: '/centres', module: 'src/centres/CentreFinder.tsx', kb: 60 },
  { route: '/centres/:id', module: 'src/centres/CentrePublic.tsx', kb: 60 },
  { route: '/counter', module: 'src/counter/Counter.tsx', kb: 120 },
  // The dashboards' tables and forms; Apache ECharts (about 175 kB, its bar chart on the SVG renderer only) is loaded
  // on demand by dashboards/Chart.tsx once the tables show, so it is printed beside the page, not counted in it.
  { route: '/dashboards', module: 'src/dashboards/Dashboards.tsx', kb: 70 },
];

/** Files (JS only) a chunk needs before it runs: itself and its static imports, recursively. */
function staticClosure(manifest, key, into = new Set()) {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, into);
  return into;
}

/**
 * Measures every page chunk the entry loads on demand. `sizeOf(file)` gives a file's gzipped bytes.
 * Returns one row per page (with its budget, when it has one) and the problems found.
 */
export function measure(manifest, sizeOf, budgets = BUDGETS) {
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entryKey) return { entry: null, rows: [], problems: ['the manifest has no entry chunk'] };
  const total = (files) => [...files].reduce((sum, f) => sum + sizeOf(f), 0);
  const entryFiles = staticClosure(manifest, entryKey);
  const rows = (manifest[entryKey].dynamicImports ?? []).map((key) => {
    const files = staticClosure(manifest, key, new Set(entryFiles));
    const onDemand = (manifest[key].dynamicImports ?? []).map((k) => ({
      module: k,
      bytes: total([...staticClosure(manifest, k, new Set(files))].filter((f) => !files.has(f))),
    }));
    const budget = budgets.find((b) => b.module === key);
    return { module: key, route: budget?.route ?? '', bytes: total(files), budgetKb: budget?.kb ?? null, onDemand };
  });
  const problems = [];
  for (const b of budgets)
    if (!manifest[b.module])
      problems.push(`${b.route}: ${b.module} is not a chunk of the build (renamed, or no longer loaded lazily?)`);
  for (const r of rows)
    if (r.budgetKb !== null && r.bytes > r.budgetKb * KB)
      problems.push(`${r.route} loads ${kb(r.bytes)} kB of gzipped JavaScript, over its budget of ${r.budgetKb} kB`);
  return { entry: { module: entryKey, bytes: total(entryFiles) }, rows, problems };
}

const kb = (bytes) => (bytes / KB).toFixed(1);

export function report({ entry, rows, problems }) {
  const lines = [];
  if (entry) lines.push(`  entry ${entry.module}: ${kb(entry.bytes)} kB gzipped (every route loads it)`);
  const width = Math.max(...rows.map((r) => r.module.length), 10);
  for (const r of [...rows].sort((a, b) => a.module.localeCompare(b.module))) {
    const budget =
      r.budgetKb === null ? '' : `  budget ${r.budgetKb} kB ${r.bytes > r.budgetKb * KB ? '✗ OVER' : '✓'} ${r.route}`;
    lines.push(`  ${r.module.padEnd(width)} ${kb(r.bytes).padStart(6)} kB${budget}`);
    for (const d of r.onDemand) lines.push(`  ${''.padEnd(width)}   + ${kb(d.bytes)} kB on demand: ${d.module}`);
  }
  for (const p of problems) lines.push(`✗ ${p}`);
  return lines.join('\n');
}

export function checkBuild(outDir) {
  const path = join(outDir, '.vite', 'manifest.json');
  if (!existsSync(path))
    return { entry: null, rows: [], problems: [`${path} is missing: build with build.manifest (web/vite.config.ts)`] };
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const sizes = new Map();
  const sizeOf = (file) => {
    if (!sizes.has(file)) sizes.set(file, file.endsWith('.js') ? gzipSync(readFileSync(join(outDir, file))).length : 0);
    return sizes.get(file);
  };
  return measure(manifest, sizeOf);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = process.argv[2] ?? new URL('../dist/web', import.meta.url).pathname;
  const result = checkBuild(outDir);
  console.log(`• JavaScript per route (gzipped: entry + the page + their static imports):\n${report(result)}`);
  process.exit(result.problems.length > 0 ? 1 : 0);
}
