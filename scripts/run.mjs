#!/usr/bin/env node
// The README's two commands, made safe for a fresh machine: `npm start` and `npm test` both run through here,
// install what is missing (npm packages, the built web UI, Debian's Chromium for browser tests) and then run.
// Only Node's own modules are used, because nothing else may be installed yet.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function must(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed (exit ${status})`);
    process.exit(status);
  }
}

function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    newest = Math.max(newest, s.isDirectory() ? newestMtime(p) : s.mtimeMs);
  }
  return newest;
}

function ensurePackages() {
  const lock = join(root, 'package-lock.json');
  const marker = join(root, 'node_modules', '.package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('• Installing npm packages (npm ci)…');
  must('npm', ['ci', '--no-audit', '--no-fund']);
}

/** Builds the web UI when web/ changed since the last build; true when it built. */
function ensureWeb() {
  const built = join(root, 'dist', 'web', 'index.html');
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime(join(root, 'web'))) return false;
  console.log('• Building the web UI…');
  must('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
  return true;
}

/** The JavaScript budgets per route (scripts/check-bundle.mjs): a route over its budget fails the build. */
function checkBundle() {
  must(process.execPath, [join(root, 'scripts', 'check-bundle.mjs')]);
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `✗ Browser tests need Chromium at ${CHROMIUM}: run "sudo apt-get install -y chromium" (or set CHROMIUM_PATH).`,
    );
    process.exit(1);
  }
  console.log('• Installing Debian Chromium for the browser tests…');
  must('apt-get', ['update', '-qq']);
  must('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

function testFiles(dir, pattern) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...testFiles(p, pattern));
    else if (pattern.test(name)) out.push(relative(root, p));
  }
  return out.sort();
}

const command = process.argv[2];
if (command === 'start') {
  ensurePackages();
  if (ensureWeb()) checkBundle();
  const status = run(process.execPath, ['--import', 'tsx', 'src/main.ts', 'start', ...process.argv.slice(3)]);
  process.exit(status);
} else if (command === 'test') {
  ensurePackages();
  ensureChromium();
  ensureWeb();
  // Every test run, built now or not: a route over its budget fails `npm test`.
  checkBundle();
  const engine = process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite';
  console.log(`• Type check…`);
  must('npx', ['tsc', '-p', '.']);
  // The tree's habits and the architecture's rules, each a script of its own in package.json: Biome's formatter and
  // linter, the dependency rule (one public face per capability, no cycles, platform imports no capability), and the
  // generated database and API-client types against the migrations and the committed OpenAPI document.
  for (const check of ['lint', 'check:deps', 'check:db-types', 'check:api-client']) {
    console.log(`• ${check}…`);
    must('npm', ['run', '--silent', check]);
  }
  // `--without-browser` leaves out the browser tests (test/e2e/): CI's shifted-clock run uses it.
  const args = process.argv.slice(3);
  const withoutBrowser = args.includes('--without-browser');
  const only = args.filter((a) => a !== '--without-browser');
  const all = ['common', 'src', 'web/src', 'test'].flatMap((dir) => testFiles(join(root, dir), /\.test\.tsx?$/));
  const files = only.length > 0 ? only : withoutBrowser ? all.filter((f) => !f.startsWith(join('test', 'e2e'))) : all;
  console.log(`• ${files.length} test files on ${engine}…`);
  const status = run(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files],
    {
      env: { ...process.env, NODE_ENV: 'test' },
    },
  );
  process.exit(status);
} else {
  console.error('usage: node scripts/run.mjs start|test [files…]');
  process.exit(64);
}
