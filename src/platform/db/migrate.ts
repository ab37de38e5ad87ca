// Numbered plain-SQL migrations (migrations/NNNN_name.sql), applied in order inside a transaction each and
// recorded by Kysely's Migrator in its own table (kysely_migration).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// kysely 0.28 exports Migrator from its root ('kysely/migration' arrives in a later release).
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

const folder = fileURLToPath(new URL('./migrations/', import.meta.url));

export function migrationNames(): string[] {
  return readdirSync(folder)
    .filter((name) => /^\d{4}_[a-z0-9_]+\.sql$/.test(name))
    .sort();
}

class SqlFileProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const migrations: Record<string, Migration> = {};
    for (const file of migrationNames()) {
      const text = readFileSync(join(folder, file), 'utf8');
      migrations[file.replace(/\.sql$/, '')] = {
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
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new SqlFileProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(`Migration ${failed} failed: ${(error as Error).message ?? String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** True when every migration file has been applied (the readiness check). */
export async function migrationsApplied(db: Kysely<any>): Promise<boolean> {
  const migrator = new Migrator({ db, provider: new SqlFileProvider() });
  const list = await migrator.getMigrations();
  return list.every((m) => m.executedAt !== undefined);
}
