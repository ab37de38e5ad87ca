import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from './database.ts';
import { migrateToLatest, migrationFiles, migrationNames, migrationsApplied, orderMigrations } from './migrate.ts';
import { testDatabase } from '../../../test/support/context.ts';

const root = new URL('../../../', import.meta.url).pathname;

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

test('migrations are applied in order, recorded in a table, and a second run applies nothing', async () => {
  const database = await testDatabase();
  try {
    const recorded = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(database.db);
    assert.deepEqual(
      recorded.rows.map((r) => r.name),
      migrationNames().map((n) => n.replace(/\.sql$/, '')),
    );
    assert.deepEqual(await migrateToLatest(database.db), []);
    assert.equal(await migrationsApplied(database.db), true);
  } finally {
    await database.close();
  }
});

test('dates come back as YYYY-MM-DD strings whatever the server time zone', async () => {
  const database = await testDatabase();
  try {
    const row = await sql<{ d: string }>`select date '2026-11-18' as d`.execute(database.db);
    assert.equal(row.rows[0]!.d, '2026-11-18');
  } finally {
    await database.close();
  }
});

test('a second process opening the same embedded data folder gets a clear error, and the lock is released on close', async (t) => {
  if (process.env.TEST_DATABASE_URL) t.diagnostic('runs on PGlite only: the lock guards the embedded folder');
  const dir = mkdtempSync(join(tmpdir(), 'vienuviet-lock-'));
  try {
    const first = await openDatabase({ dataDir: dir });
    const second = await runCli(['migrate'], { DATA_DIR: dir, DATABASE_URL: '', NODE_ENV: 'development' });
    assert.equal(second.code, 1);
    assert.match(second.out, /in use by another Vienuviet process \(pid \d+\)/);
    await first.close();
    assert.equal(existsSync(join(dir, 'vienuviet.lock')), false);
    const third = await runCli(['migrate'], { DATA_DIR: dir, DATABASE_URL: '', NODE_ENV: 'development' });
    assert.equal(third.code, 0, third.out);
    assert.match(third.out, /Migrations applied on pglite/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a lock left by a process that died is taken over', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vienuviet-stale-'));
  try {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'vienuviet.lock'), '999999');
    const database = await openDatabase({ dataDir: dir });
    await database.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('unaccent and pg_trgm are available on both engines', async () => {
  const database = await testDatabase();
  try {
    const row = await sql<{
      u: string;
      s: number;
    }>`select unaccent('Uzņēmumu reģistrs') as u, similarity('uznemumu', 'uzņēmumu') as s`.execute(database.db);
    assert.equal(row.rows[0]!.u, 'Uznemumu registrs');
    assert.ok(row.rows[0]!.s >= 0);
  } finally {
    await database.close();
  }
});

test('migrations are gathered from the platform and every capability folder under one numbering', () => {
  const files = migrationFiles();
  assert.ok(files.some((f) => f.path.includes('/src/platform/db/migrations/')));
  assert.ok(files.some((f) => f.path.includes('/src/catalogue/migrations/')));
  const numbers = files.map((f) => f.name.slice(0, 4));
  assert.equal(new Set(numbers).size, numbers.length, 'every migration number is used once');
  assert.deepEqual(numbers, [...numbers].sort());
  assert.throws(
    () =>
      orderMigrations([
        { name: '0004_directory.sql', path: '/src/centres/migrations/0004_directory.sql' },
        { name: '0004_other.sql', path: '/src/people/migrations/0004_other.sql' },
      ]),
    /same number 0004/,
  );
});
