// Migration 0015 on a trail written by the code before it: the old events become the closed chain 'legacy', still
// verified the way they were hashed, and anchored by the migration itself so that even their unkeyed hashes cannot
// be recomputed unnoticed. Needs a database migrated only up to 0014, so it makes its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import { openDatabase, type Database } from '../db/database.ts';
import { migrateToLatest, migrationFiles } from '../db/migrate.ts';
import type { PlatformTables as DB } from '../db/tables.generated.ts';
import { inTransaction } from '../db/transaction.ts';
import { canonicalJson, GENESIS_HASH, recordAudit } from './audit.ts';
import { verifyChain } from './verify.ts';
import { asSuperuser, chainRows, orgActor } from './test-support.ts';

const server = process.env.TEST_DATABASE_URL;
const name = `vv_legacy_${randomBytes(6).toString('hex')}`;
let database: Database;

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

before(async () => {
  if (!server) {
    database = await openDatabase({ dataDir: 'memory://' });
    return;
  }
  await admin(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  database = await openDatabase({ databaseUrl: url.toString(), poolSize: 2 });
});
after(async () => {
  await database.close();
  if (server) await admin(`drop database if exists ${name} with (force)`);
});

/** Kysely's migrator over the migration files before 0015 (the same files migrate.ts applies, in the same table). */
async function migrateBefore0015(db: Kysely<DB>): Promise<void> {
  const migrations: Record<string, Migration> = {};
  for (const file of migrationFiles().filter((f) => f.name < '0015')) {
    const text = readFileSync(file.path, 'utf8');
    migrations[file.name.replace(/\.sql$/, '')] = { up: async (d) => void (await sql.raw(text).execute(d)) };
  }
  const { error } = await new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateToLatest();
  if (error) throw error;
}

/** What recordAudit wrote before 0015: one network chain, unkeyed SHA-256, the time in milliseconds, the id not hashed. */
function oldHash(e: Record<string, unknown>): string {
  const material = canonicalJson({
    prev: e.prev_hash,
    at: (e.occurred_at as Date).toISOString(),
    actorUser: null,
    actorToken: null,
    actor: e.actor_label,
    org: e.organisation_id,
    action: e.action,
    entityType: e.entity_type,
    entityId: e.entity_id,
    before: null,
    after: e.after,
    ip: null,
    requestId: null,
  });
  return createHash('sha256').update(material).digest('hex');
}

test('events written before migration 0015 become the legacy chain: verified the old way, anchored by the migration, closed to new events', async () => {
  await migrateBefore0015(database.db);
  let prev = GENESIS_HASH;
  for (let i = 1; i <= 3; i++) {
    const e = {
      occurred_at: new Date(Date.UTC(2026, 10, 20, 9, i)),
      actor_label: 'Sistēma',
      organisation_id: null,
      action: 'old.write',
      entity_type: 'thing',
      entity_id: `o${i}`,
      after: { i },
      prev_hash: prev,
    };
    const hash = oldHash(e);
    await sql`insert into audit_events (occurred_at, actor_label, organisation_id, action, entity_type, entity_id, after, prev_hash, hash)
      values (${e.occurred_at}, ${e.actor_label}, null, ${e.action}, ${e.entity_type}, ${e.entity_id}, ${JSON.stringify(e.after)}, ${prev}, ${hash})`.execute(
      database.db,
    );
    prev = hash;
  }
  await migrateToLatest(database.db);

  const legacy = await chainRows(database.db, 'legacy');
  assert.deepEqual(
    legacy.map((r) => [r.chain_seq, r.key_id, r.entity_id]),
    [
      [1, 'legacy-sha256', 'o1'],
      [2, 'legacy-sha256', 'o2'],
      [3, 'legacy-sha256', 'o3'],
    ],
  );
  const anchor = await database.db
    .selectFrom('audit_anchors')
    .selectAll()
    .where('chain_key', '=', 'legacy')
    .executeTakeFirstOrThrow();
  assert.deepEqual([anchor.chain_seq, anchor.hash], [3, prev]);

  const actor = orgActor();
  await inTransaction(database.db, (trx) => recordAudit(trx, { actor }, { action: 'new.write', entityType: 'thing' }));
  assert.equal((await chainRows(database.db, 'legacy')).length, 3);
  const report = await verifyChain(database.db);
  assert.deepEqual([report.ok, report.checked, report.chains, report.anchors.checked], [true, 4, 2, 1]);

  // Unkeyed hashes can be recomputed by anybody; the migration's anchor is what still catches it.
  await asSuperuser(database.db, async (trx) => {
    let previous = GENESIS_HASH;
    for (const row of legacy) {
      const changed = { ...row, after: row.entity_id === 'o2' ? { i: 99 } : row.after, prev_hash: previous };
      const hash = oldHash(changed);
      await trx
        .updateTable('audit_events')
        .set({ after: JSON.stringify(changed.after), prev_hash: previous, hash })
        .where('id', '=', row.id)
        .execute();
      previous = hash;
    }
  });
  const broken = (await verifyChain(database.db)).firstBroken;
  assert.deepEqual([broken?.chainKey, broken?.chainSeq, broken?.reason], ['legacy', 3, 'anchor_mismatch']);
});
