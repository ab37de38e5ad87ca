// A real database and a real app for one test file: in-memory PGlite by default, a fresh database on the
// PostgreSQL server named by TEST_DATABASE_URL otherwise. No mocks of our own database.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Kysely } from 'kysely';
import { loadConfig, type Config } from '../../src/config.ts';
import { openDatabase, type Database } from '../../src/platform/db/database.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import type { DB } from '../../src/platform/db/schema.ts';
import type { Deps } from '../../src/platform/deps.ts';
import { createApp, type App } from '../../src/app.ts';
import { loadReferenceData } from '../../src/seed/load.ts';

export const engine: 'pglite' | 'postgres' = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

/** A fresh, migrated, empty database. */
export async function testDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({ dataDir: 'memory://' });
    await migrateToLatest(database.db);
    return database;
  }
  const name = `vv_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  await migrateToLatest(database.db);
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
  now = (): Date => (this.fixed ? new Date(this.fixed.getTime() + this.offsetMs) : new Date(Date.now() + this.offsetMs));
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
