// Opens the database: PGlite (embedded, through its node-postgres adapter) or a PostgreSQL server.
// Either way the rest of the code sees one Kysely instance over `pg`, so the same SQL runs on both.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import pg from 'pg';
import { Kysely, sql } from 'kysely';
import type { PlatformTables } from './tables.generated.ts';
import { acquireLock, type FolderLock } from './lock.ts';
import { VienuvietDialect } from './dialect.ts';

// Legal dates stay 'YYYY-MM-DD' strings: turning them into JS Dates would shift them by the server's zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// Counts and bigserial ids fit in a double for any volume this system will see.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

export type Engine = 'pglite' | 'postgres';

/**
 * Written at the start of a hot statement's SQL (sql`/* prepared *\/ select …`): on a PostgreSQL server it runs as a
 * named prepared statement, parsed once per connection instead of on every call (measured on contact registration's
 * one-query context: 1.05 → 0.39 ms a call). It is planned once too only if PostgreSQL keeps its generic plan: it
 * plans the first five calls with their values and goes on so while such a plan is estimated cheaper, which a list or
 * a date given as a value can make so for good (`planless` in contacts/repository.ts: 0.6 ms of planning a call).
 * Only for statements whose text is fixed (values as parameters): every distinct text stays prepared for the
 * connection's life. PGlite ignores the mark, and so does a server opened with `prepared: false`
 * (DATABASE_PREPARED=off): PgBouncer before 1.21 in transaction pooling mode hands each transaction whichever server
 * connection is free, where the statement was never prepared (or already is, under another client's feet: "prepared
 * statement … already exists").
 */
const MARKED = /^\s*\/\* prepared \*\//;
const preparedNames = new Map<string, string>();

function statementName(text: string): string {
  let name = preparedNames.get(text);
  if (!name) {
    name = `vv_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    preparedNames.set(text, name);
  }
  return name;
}

/** A pg client that runs the statements marked `/* prepared *\/` as named prepared statements. */
class PreparingClient extends pg.Client {
  override query(...args: unknown[]): never {
    const run = super.query as (...a: unknown[]) => never;
    const [text, values, callback] = args;
    if (typeof text === 'string' && MARKED.test(text))
      return run.call(this, { name: statementName(text), text, values }, callback);
    return run.apply(this, args);
  }
}

/** D: the tables the caller sees (the composition root's src/db.ts has them all; platform code its own). */
export interface Database<D = PlatformTables> {
  db: Kysely<D>;
  engine: Engine;
  /** Where the data is, for logs: a folder or a server URL without its password. */
  location: string;
  close(): Promise<void>;
  /** PGlite only: the data folder as a tarball (tests start each file's database from a migrated one). */
  dumpDataDir?: () => Promise<Blob>;
}

export interface OpenOptions {
  /** PostgreSQL server URL; without it PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data folder, or 'memory://' for a throw-away database (tests). */
  dataDir?: string;
  /** Connections in the pool (PostgreSQL only; PGlite has exactly one). */
  poolSize?: number;
  /** PGlite only: start from this dump of a data folder (PGlite's dumpDataDir) instead of an empty cluster. */
  loadDataDir?: Blob | undefined;
  /** PostgreSQL only: run the statements marked `/* prepared *\/` as named prepared statements (default true). */
  prepared?: boolean;
}

export async function openDatabase<D = PlatformTables>(options: OpenOptions): Promise<Database<D>> {
  if (options.databaseUrl)
    return openPostgres<D>(options.databaseUrl, options.poolSize ?? 10, options.prepared ?? true);
  return openPglite<D>(options.dataDir ?? './data', options.loadDataDir);
}

async function openPostgres<D>(url: string, max: number, prepared: boolean): Promise<Database<D>> {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    application_name: 'vienuviet',
    Client: prepared ? PreparingClient : pg.Client,
  });
  // An idle connection the server closes (restart, failover, an administrator) emits 'error' on the pool; without a
  // listener that is an uncaught exception that would stop the whole process. The pool drops the connection and
  // opens a new one on the next query, so noting it is enough.
  pool.on('error', (error) => {
    process.stderr.write(`vienuviet: an idle database connection was closed by the server: ${error.message}\n`);
  });
  const db = new Kysely<D>({ dialect: new VienuvietDialect({ pool }) });
  // Fail at start-up, with the server's own message, rather than on the first request.
  await sql`select 1`.execute(db);
  const safe = new URL(url);
  safe.password = '';
  return { db, engine: 'postgres', location: safe.toString(), close: () => db.destroy() };
}

async function openPglite<D>(dataDir: string, loadDataDir?: Blob): Promise<Database<D>> {
  // Loaded lazily: a server deployment never pays for the WebAssembly build.
  const [{ PGlite }, { createPgConfig }, { unaccent }, { pg_trgm }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/node-postgres'),
    import('@electric-sql/pglite/contrib/unaccent'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
  ]);
  const inMemory = dataDir.startsWith('memory://');
  let lock: FolderLock | undefined;
  if (!inMemory) {
    mkdirSync(dataDir, { recursive: true });
    // PGlite does not lock its folder; two processes writing one folder would corrupt it silently.
    lock = acquireLock(dataDir);
  }
  try {
    // We own the PGlite instance (the adapter does not close one it was given), so close() can shut it down
    // and flush it; otherwise its handles keep the process alive after the pool has ended.
    const pglite = await PGlite.create(inMemory ? 'memory://' : dataDir, {
      extensions: { unaccent, pg_trgm },
      ...(loadDataDir ? { loadDataDir } : {}),
    });
    const pool = new pg.Pool(createPgConfig(pglite) as unknown as pg.PoolConfig);
    const db = new Kysely<D>({ dialect: new VienuvietDialect({ pool }) });
    await sql`select 1`.execute(db);
    return {
      db,
      engine: 'pglite',
      location: inMemory ? 'memory' : dataDir,
      dumpDataDir: async () => (await pglite.dumpDataDir('none')) as Blob,
      close: async () => {
        await db.destroy();
        await pglite.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
