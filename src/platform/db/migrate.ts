// Numbered plain-SQL migrations (NNNN_name.sql), applied in order inside a transaction each and recorded by Kysely's
// Migrator in its own table (kysely_migration) under the file name without '.sql' (the key deployed databases keep, so
// a file keeps its name when it moves). The platform's own are in ./migrations/; each capability keeps the migrations of
// the tables it owns in src/<capability>/migrations/. One numbering runs across all folders: Kysely refuses a migration
// sorting before one already applied, so a new file takes the next free number (0013 stays unused for that reason).
//
// The folders are found by that convention on the file system rather than passed in by the composition root: the
// platform imports no capability either way, and every caller (server, CLI, tests, scripts) gets the same complete list
// without one of them being able to forget a folder and silently leave tables out.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// kysely 0.28 exports Migrator from its root ('kysely/migration' arrives in a later release).
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/** src/, relative to this file: the same under tsx from any working directory. */
const sourceRoot = fileURLToPath(new URL('../../', import.meta.url));
const platformFolder = fileURLToPath(new URL('./migrations/', import.meta.url));
const FILE = /^(\d{4})_[a-z0-9_]+\.sql$/;

export interface MigrationFile {
  /** The file name, e.g. 0004_directory.sql. */
  name: string;
  /** Its absolute path. */
  path: string;
}

/** The folders holding migrations: the platform's and every src/<capability>/migrations/. */
export function migrationFolders(): string[] {
  const capabilities = readdirSync(sourceRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'platform')
    .map((entry) => join(sourceRoot, entry.name, 'migrations'))
    .filter((folder) => existsSync(folder))
    .sort();
  return [platformFolder, ...capabilities];
}

/** Orders migration files by their number; two files with one number are an error (which would run first?). */
export function orderMigrations(files: MigrationFile[]): MigrationFile[] {
  const byNumber = new Map<string, MigrationFile>();
  for (const file of files) {
    const number = FILE.exec(file.name)?.[1];
    if (!number) continue;
    const other = byNumber.get(number);
    if (other) throw new MigrationError(`Migrations ${other.path} and ${file.path} have the same number ${number}`);
    byNumber.set(number, file);
  }
  return [...byNumber.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Every migration file of every folder, in the order they are applied. */
export function migrationFiles(): MigrationFile[] {
  const files = migrationFolders().flatMap((folder) =>
    readdirSync(folder).map((name) => ({ name, path: join(folder, name) })),
  );
  return orderMigrations(files);
}

/** The migration file names (NNNN_name.sql) in the order they are applied. */
export function migrationNames(): string[] {
  return migrationFiles().map((file) => file.name);
}

class SqlFileProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const migrations: Record<string, Migration> = {};
    for (const file of migrationFiles()) {
      const text = readFileSync(file.path, 'utf8');
      migrations[file.name.replace(/\.sql$/, '')] = {
        // No parameters: pg sends it as a simple query, so one file may hold many statements.
        up: async (db) => {
          await sql.raw(text).execute(db);
        },
      };
    }
    return migrations;
  }
}

export class MigrationError extends Error {}

/** Applies every pending migration; returns the names applied now. */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new SqlFileProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(`Migration ${failed} failed: ${(error as Error).message ?? String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** True when every migration file has been applied (the readiness check). */
export async function migrationsApplied<DB>(db: Kysely<DB>): Promise<boolean> {
  const migrator = new Migrator({ db, provider: new SqlFileProvider() });
  const list = await migrator.getMigrations();
  return list.every((m) => m.executedAt !== undefined);
}
