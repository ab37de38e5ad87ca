// A real database and a real app for one test file: in-memory PGlite by default, a fresh database on the
// PostgreSQL server named by TEST_DATABASE_URL otherwise. No mocks of our own database.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Kysely } from 'kysely';
import { loadConfig, type Config } from '../../src/platform/config.ts';
import { openDatabase, type Database as AnyDatabase } from '../../src/platform/db/database.ts';
import type { DB, Database, Deps } from '../../src/db.ts';
import { migrateToLatest, migrationFiles } from '../../src/platform/db/migrate.ts';
import { createApp, type App } from '../../src/app.ts';
import { loadReferenceData } from '../../src/seed/load.ts';

export const engine: 'pglite' | 'postgres' = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

/**
 * Every test file starts from the same migrated, empty database. Creating and migrating one takes seconds, so it is
 * done once per set of migrations and copied: on PGlite from a dump of the data folder kept in the temp folder, on
 * PostgreSQL with CREATE DATABASE … TEMPLATE. The key is a hash of the migration files, so a new migration makes a
 * new template (so does a change of the installed packages); the copy is exactly what migrating would have produced.
 */
function templateKey(): string {
  const hash = createHash('sha256');
  for (const file of migrationFiles()) hash.update(file.name).update(readFileSync(file.path));
  // A new PGlite release may write its data folder differently.
  hash.update(readFileSync(new URL('../../package-lock.json', import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}

async function pgliteTemplate(key: string): Promise<Blob> {
  const file = join(tmpdir(), `vienuviet-test-template-${key}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrateToLatest(database.db);
    const dump = await database.dumpDataDir!();
    // Written aside and renamed: test files starting at the same time never read half a file.
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
    return dump;
  } finally {
    await database.close();
  }
}

async function postgresTemplate(serverUrl: string, admin: pg.Client, key: string): Promise<string> {
  const name = `vv_template_${key}`;
  // One process builds it; the others wait on the lock and then find it.
  await admin.query('select pg_advisory_lock(724001)');
  try {
    const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) {
      const stale = await admin.query<{ datname: string }>(
        "select datname from pg_database where datname like 'vv_template_%'",
      );
      for (const row of stale.rows) await admin.query(`drop database if exists ${row.datname} with (force)`);
      await admin.query(`create database ${name}_build`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}_build`;
      const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
      await migrateToLatest(database.db);
      await database.close();
      await admin.query(`alter database ${name}_build rename to ${name}`);
    }
  } finally {
    await admin.query('select pg_advisory_unlock(724001)');
  }
  return name;
}

/**
 * On a PostgreSQL server: an empty database of its own (no migrations), as a fresh server would find it, named
 * `<prefix>_<random>`, with the call that drops it.
 */
export async function emptyDatabaseUrl(
  serverUrl: string,
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** A fresh, migrated, empty database. */
/** D: the tables the caller sees (a platform test names only the platform's). */
export async function testDatabase<D = DB>(): Promise<AnyDatabase<D>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const key = templateKey();
  if (!serverUrl) return openDatabase<D>({ dataDir: 'memory://', loadDataDir: await pgliteTemplate(key) });
  const name = `vv_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const template = await postgresTemplate(serverUrl, admin, key);
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase<D>({ databaseUrl: url.toString(), poolSize: 5 });
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** A clock tests can move: expiry, idle timeouts and "today" follow it. */
export class TestClock {
  private offsetMs = 0;
  private fixed: Date | undefined;
  now = (): Date =>
    this.fixed ? new Date(this.fixed.getTime() + this.offsetMs) : new Date(Date.now() + this.offsetMs);
  advance(ms: number): void {
    this.offsetMs += ms;
  }
  set(instant: Date | string): void {
    this.fixed = new Date(instant);
    this.offsetMs = 0;
  }
}

export interface TestContext {
  app: App;
  db: Kysely<DB>;
  deps: Deps;
  config: Config;
  clock: TestClock;
  database: Database;
  close(): Promise<void>;
}

export async function testContext(overrides: Record<string, string> = {}): Promise<TestContext> {
  const database = await testDatabase();
  // Tests log in many times a minute from one address; the rate-limit test sets its own low limit.
  const config = loadConfig({ NODE_ENV: 'test', LOGIN_RATE_PER_MINUTE: '10000', ...overrides });
  const clock = new TestClock();
  const deps: Deps = { db: database.db, config, now: clock.now };
  await loadReferenceData(database.db);
  const app = await createApp(deps, { serveWeb: false });
  await app.ready();
  return {
    app,
    db: database.db,
    deps,
    config,
    clock,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
