import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testDatabase } from '../../../test/support/context.ts';
import type { Database } from '../db/database.ts';
import { inTransaction } from '../db/transaction.ts';
import { systemActor } from '../access/actor.ts';
import {
  appendClaimed,
  canonicalJson,
  ANONYMOUS_SHARDS,
  chainKeyOf,
  claimHead,
  GENESIS_HASH,
  hashEvent,
  instantText,
  recordAudit,
  type ChainHead,
} from './audit.ts';
import { verifyChain } from './verify.ts';
import { DEV_AUDIT_KEY } from './keys.ts';
import { chainRows, orgActor, writeEvents } from './test-support.ts';

let database: Database;
before(async () => {
  database = await testDatabase();
});
after(() => database.close());

const count = async () =>
  Number(
    (
      await database.db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

test('canonical JSON does not depend on key order, as jsonb reorders keys', () => {
  assert.equal(
    canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } }),
    canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }),
  );
});

test('each organisation has its own chain: positions 1, 2, 3 …, the first linked to the genesis hash, each next to the one before', async () => {
  const a = await writeEvents(database.db, orgActor(), 4);
  const b = await writeEvents(database.db, orgActor(), 2);
  for (const [chain, n] of [
    [a, 4],
    [b, 2],
  ] as const) {
    const rows = await chainRows(database.db, chain);
    assert.deepEqual(
      rows.map((r) => r.chain_seq),
      Array.from({ length: n }, (_, i) => i + 1),
    );
    assert.equal(rows[0]!.prev_hash, GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) assert.equal(rows[i]!.prev_hash, rows[i - 1]!.hash);
    const head = await database.db
      .selectFrom('audit_chain_heads')
      .selectAll()
      .where('chain_key', '=', chain)
      .executeTakeFirstOrThrow();
    assert.deepEqual([head.seq, head.hash], [n, rows.at(-1)!.hash]);
  }
  assert.notEqual(a, b);
  const report = await verifyChain(database.db);
  assert.equal(report.ok, true);
  assert.equal(report.checked, await count());
});

test('chain keys: one per actor (user, token, job), callers without an identity spread over shards by their IP', () => {
  const actor = orgActor('3f0c8a52-1d2e-4c4b-9a51-0a8c2f1e7b10');
  assert.equal(chainKeyOf(actor), `user:${actor.userId}`);
  // Two clerks of one organisation: two chains, so they never wait on each other.
  assert.notEqual(chainKeyOf(orgActor(actor.organisationId!)), chainKeyOf(actor));
  const token = { ...actor, kind: 'token' as const, userId: null, tokenId: '9b1c2d3e-0000-4000-8000-000000000001' };
  assert.equal(chainKeyOf(token), 'token:9b1c2d3e-0000-4000-8000-000000000001');
  assert.equal(chainKeyOf(systemActor('obligation-reminders')), 'system:obligation-reminders');
  const nobody = { ...actor, kind: 'anonymous' as const, userId: null, organisationId: null };
  assert.equal(chainKeyOf(nobody, '203.0.113.7'), chainKeyOf(nobody, '203.0.113.7'), 'one IP, one shard');
  const shards = new Set(Array.from({ length: 200 }, (_, i) => chainKeyOf(nobody, `198.51.100.${i}`)));
  assert.equal(shards.size, ANONYMOUS_SHARDS, 'many IPs spread over every shard');
  for (const key of shards) assert.match(key, /^anonymous:([0-9]|1[0-5])$/);
  assert.match(chainKeyOf(nobody), /^anonymous:\d+$/);
});

test('a transaction that writes for two organisations stays on the chain of its first event, so it never holds two chain locks', async () => {
  const first = orgActor();
  const second = orgActor();
  await inTransaction(database.db, async (trx) => {
    await recordAudit(trx, { actor: first }, { action: 'test.one', entityType: 'thing' });
    await recordAudit(trx, { actor: second }, { action: 'test.two', entityType: 'thing' });
  });
  assert.deepEqual(
    (await chainRows(database.db, chainKeyOf(first))).map((r) => r.action),
    ['test.one', 'test.two'],
  );
  assert.equal((await chainRows(database.db, chainKeyOf(second))).length, 0);
  // The next transaction starts afresh.
  await writeEvents(database.db, second, 1);
  assert.equal((await chainRows(database.db, chainKeyOf(second))).length, 1);
});

test("a head claimed inside the caller's own write chains like recordAudit's, and a write that gives no row claims no position", async () => {
  const actor = orgActor();
  const chain = await writeEvents(database.db, actor, 1);
  const write = (rows: number) =>
    inTransaction(database.db, async (trx) => {
      const claimed = (
        await sql<ChainHead>`with w as (select g from generate_series(1, ${rows}::int) g), head as (${claimHead({ actor }, 'w')})
        select head.chain_key, head.seq, head.hash from head`.execute(trx)
      ).rows[0];
      if (claimed) await appendClaimed(trx, { actor }, { action: 'test.claimed', entityType: 'thing' }, claimed);
      return claimed;
    });
  assert.equal(await write(0), undefined);
  assert.equal((await write(3))?.seq, 2, 'one position, however many rows the write gave');
  await writeEvents(database.db, actor, 1);
  assert.deepEqual(
    (await chainRows(database.db, chain)).map((r) => [r.chain_seq, r.action]),
    [
      [1, 'test.write'],
      [2, 'test.claimed'],
      [3, 'test.write'],
    ],
  );
  assert.equal((await verifyChain(database.db)).ok, true);
});

test('an event written in a transaction that fails is gone with it, and leaves no gap in its chain', async () => {
  const actor = orgActor();
  const chain = await writeEvents(database.db, actor, 1);
  const before = await count();
  await assert.rejects(
    inTransaction(database.db, async (trx) => {
      await recordAudit(trx, { actor }, { action: 'test.doomed', entityType: 'thing' });
      throw new Error('the change fails after its audit event');
    }),
  );
  assert.equal(await count(), before);
  await writeEvents(database.db, actor, 1);
  assert.deepEqual(
    (await chainRows(database.db, chain)).map((r) => r.chain_seq),
    [1, 2],
  );
});

test('the hash is an HMAC of the stored event, timestamp at microseconds and id included: recomputing it from the row gives the stored hash', async () => {
  const chain = await writeEvents(database.db, orgActor(), 1);
  const row = (await chainRows(database.db, chain))[0]!;
  const stored = await sql<{
    t: string;
  }>`select to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as t from audit_events where id = ${row.id}`.execute(
    database.db,
  );
  assert.equal(stored.rows[0]!.t, instantText(row.occurred_at));
  assert.match(stored.rows[0]!.t, /\.\d{3}000Z$/);
  const event = { ...row, occurred_at: stored.rows[0]!.t };
  assert.equal(hashEvent(event, DEV_AUDIT_KEY), row.hash);
  assert.notEqual(hashEvent(event, 'another key'), row.hash);
  assert.notEqual(
    hashEvent({ ...event, occurred_at: event.occurred_at.replace(/000Z$/, '001Z') }, DEV_AUDIT_KEY),
    row.hash,
  );
});

test('the audit tables refuse UPDATE, DELETE and TRUNCATE from the application', async () => {
  const chain = await writeEvents(database.db, orgActor(), 1);
  const before = await count();
  await assert.rejects(
    sql`update audit_events set action = 'x' where chain_key = ${chain}`.execute(database.db),
    /append-only: UPDATE on audit_events/,
  );
  await assert.rejects(
    sql`delete from audit_events where chain_key = ${chain}`.execute(database.db),
    /append-only: DELETE on audit_events/,
  );
  await assert.rejects(sql`truncate audit_events`.execute(database.db), /append-only: TRUNCATE on audit_events/);
  await assert.rejects(sql`truncate audit_anchors`.execute(database.db), /append-only: TRUNCATE on audit_anchors/);
  await assert.rejects(
    sql`truncate audit_anchor_runs cascade`.execute(database.db),
    /append-only: TRUNCATE on audit_anchor_runs/,
  );
  assert.equal(await count(), before);
  assert.equal((await verifyChain(database.db)).ok, true);
});
