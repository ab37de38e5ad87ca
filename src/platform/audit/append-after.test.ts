// One-statement appends (appendAfter): the change, its event and the head's move in a statement of their own, after
// the head as it was read. A head that moved since then fails the whole statement — nothing of it stays, the change
// included — so the caller can write it again the transactional way; a change that gave no row audits nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { testDatabase } from '../../../test/support/context.ts';
import type { Database } from '../db/database.ts';
import type { PlatformTables as DB } from '../db/tables.generated.ts';
import { appendAfter, chainKeyOf, isHeadMoved, seenHeadSql, type AuditContext, type SeenHead } from './audit.ts';
import { verifyChain } from './verify.ts';
import { chainRows, orgActor, writeEvents } from './test-support.ts';

let database: Database;
before(async () => {
  database = await testDatabase();
  await sql`create table append_after_things (id int primary key)`.execute(database.db);
});
after(() => database.close());

const seen = async (db: Kysely<DB>, context: AuditContext) =>
  (await sql<{ head: SeenHead | null }>`select ${seenHeadSql(context)} as head`.execute(db)).rows[0]!.head;

/** Inserts a thing (none when `id` is taken) and audits it after `head`, in one statement. */
const insertAudited = (context: AuditContext, id: number, head: SeenHead) => {
  const append = appendAfter(
    context,
    { action: 'test.thing', entityType: 'thing', entityId: String(id) },
    head,
    'thing',
  );
  return sql<{ id: number }>`with thing as (
      insert into append_after_things (id) values (${id}) on conflict do nothing returning id),
    ${append.ctes} select thing.id, ${append.check} as moved from thing`.execute(database.db);
};
const things = async () =>
  (await sql<{ id: number }>`select id from append_after_things order by id`.execute(database.db)).rows.map(
    (r) => r.id,
  );

test('the change, its event after the head read and the head moved to it, in one statement; the chain verifies', async () => {
  const context = { actor: orgActor() };
  await writeEvents(database.db, context.actor, 2);
  const head = await seen(database.db, context);
  assert.equal(head?.seq, 2);
  assert.equal((await insertAudited(context, 1, head!)).rows.length, 1);
  const rows = await chainRows(database.db, chainKeyOf(context.actor));
  assert.deepEqual(
    rows.map((r) => [r.chain_seq, r.action, r.entity_id]),
    [
      [1, 'test.write', '1'],
      [2, 'test.write', '2'],
      [3, 'test.thing', '1'],
    ],
  );
  assert.equal(rows[2]!.prev_hash, head!.hash);
  assert.deepEqual(await seen(database.db, context), { seq: 3, hash: rows[2]!.hash });
  assert.equal((await verifyChain(database.db)).ok, true);
});

test('a head that moved since it was read fails the statement with audit_head_moved, and nothing of it stays', async () => {
  const context = { actor: orgActor() };
  await writeEvents(database.db, context.actor, 1);
  const stale = (await seen(database.db, context))!;
  await writeEvents(database.db, context.actor, 1);
  const before = await things();
  await assert.rejects(insertAudited(context, 2, stale), (error) => isHeadMoved(error));
  assert.deepEqual(await things(), before, 'the change is rolled back with the statement');
  assert.equal((await chainRows(database.db, chainKeyOf(context.actor))).length, 2);
  assert.equal((await seen(database.db, context))?.seq, 2);
  assert.equal((await verifyChain(database.db)).ok, true);
});

test('a change that gives no row (its key taken) audits nothing and moves nothing', async () => {
  const context = { actor: orgActor() };
  await writeEvents(database.db, context.actor, 1);
  const head = (await seen(database.db, context))!;
  assert.equal((await insertAudited(context, 3, head)).rows.length, 1);
  const moved = (await seen(database.db, context))!;
  assert.equal((await insertAudited(context, 3, moved)).rows.length, 0);
  assert.deepEqual(await seen(database.db, context), moved);
  assert.equal((await chainRows(database.db, chainKeyOf(context.actor))).length, 2);
});

test('the head of a writer without events is null: the caller then claims one in a transaction', async () => {
  assert.equal(await seen(database.db, { actor: orgActor() }), null);
});
