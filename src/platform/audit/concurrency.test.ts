// Chains are locked one at a time, and there is one per actor: two clerks never wait for each other, of one
// organisation or not; one actor's writes are ordered and leave no gap. The first test needs two connections, so it
// runs on PostgreSQL only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { engine, testDatabase } from '../../../test/support/context.ts';
import type { Database } from '../db/database.ts';
import { inTransaction } from '../db/transaction.ts';
import { chainKeyOf, recordAudit } from './audit.ts';
import { verifyChain } from './verify.ts';
import { chainRows, orgActor } from './test-support.ts';

let database: Database;
before(async () => {
  database = await testDatabase();
});
after(() => database.close());

const write = (actor: ReturnType<typeof orgActor>, lockTimeout: string) =>
  inTransaction(database.db, async (trx) => {
    // A wait for a lock becomes an error after this long instead of a hang: "did not block" is then an assertion.
    await sql.raw(`set local lock_timeout = '${lockTimeout}'`).execute(trx);
    await recordAudit(trx, { actor }, { action: 'test.write', entityType: 'thing' });
  });

test('a transaction of another clerk of the same organisation commits while one clerk holds its chain open', {
  skip: engine === 'pglite' && 'PGlite has a single connection',
}, async () => {
  const first = orgActor();
  const colleague = orgActor(first.organisationId!);
  const other = orgActor();
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let holding!: () => void;
  const held = new Promise<void>((resolve) => (holding = resolve));
  const open = inTransaction(database.db, async (trx) => {
    await recordAudit(trx, { actor: first }, { action: 'test.held', entityType: 'thing' });
    holding();
    await released;
  });
  await held;
  try {
    for (const actor of [colleague, other]) {
      await write(actor, '2s');
      assert.equal(
        (await chainRows(database.db, chainKeyOf(actor))).length,
        1,
        'committed while the first chain was held',
      );
    }
    // The same actor does wait: its chain's head is locked until the first transaction ends.
    await assert.rejects(write(first, '300ms'), /lock timeout/);
  } finally {
    release();
    await open;
  }
  assert.equal((await chainRows(database.db, chainKeyOf(first))).length, 1);
  assert.equal((await verifyChain(database.db)).ok, true);
});

test('parallel transactions of one actor keep its chain gapless, also when some of their transactions roll back', async () => {
  const actor = orgActor();
  const results = await Promise.allSettled(
    Array.from({ length: 30 }, (_, i) =>
      inTransaction(database.db, async (trx) => {
        for (let n = 0; n < 3; n++)
          await recordAudit(trx, { actor }, { action: 'test.parallel', entityType: 'thing', entityId: `${i}.${n}` });
        if (i % 5 === 4) throw new Error('this change fails after its events');
      }),
    ),
  );
  assert.equal(results.filter((r) => r.status === 'rejected').length, 6);
  const rows = await chainRows(database.db, chainKeyOf(actor));
  assert.deepEqual(
    rows.map((r) => r.chain_seq),
    Array.from({ length: 72 }, (_, i) => i + 1),
  );
  // One transaction's events are consecutive: nobody else got in between while it held the chain.
  for (let i = 0; i < rows.length; i += 3)
    assert.equal(new Set(rows.slice(i, i + 3).map((r) => r.entity_id!.split('.')[0])).size, 1);
  assert.equal((await verifyChain(database.db)).ok, true);
});
