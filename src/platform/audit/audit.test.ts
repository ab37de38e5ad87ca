import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testDatabase } from '../../../test/support/context.ts';
import type { Database } from '../db/database.ts';
import { inTransaction } from '../db/transaction.ts';
import { systemActor } from '../access/actor.ts';
import { canonicalJson, GENESIS_HASH, recordAudit, verifyChain } from './audit.ts';

let database: Database;
before(async () => {
  database = await testDatabase();
});
after(() => database.close());

const context = { actor: systemActor('test') };

test('canonical JSON does not depend on key order, as jsonb reorders keys', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } }), canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }));
});

test('events are chained: the first links to the genesis hash, each next to the one before', async () => {
  for (let i = 0; i < 5; i++) {
    await inTransaction(database.db, (trx) => recordAudit(trx, context, { action: 'test.write', entityType: 'thing', entityId: String(i), after: { i, name: 'Ērglis' } }));
  }
  const rows = await database.db.selectFrom('audit_events').selectAll().orderBy('seq').execute();
  assert.equal(rows[0]!.prev_hash, GENESIS_HASH);
  for (let i = 1; i < rows.length; i++) assert.equal(rows[i]!.prev_hash, rows[i - 1]!.hash);
  assert.deepEqual(await verifyChain(database.db), { ok: true, checked: rows.length });
});

test('an event written in a transaction that fails is gone with it', async () => {
  const count = async () => (await database.db.selectFrom('audit_events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n;
  const before = await count();
  await assert.rejects(
    inTransaction(database.db, async (trx) => {
      await recordAudit(trx, context, { action: 'test.doomed', entityType: 'thing' });
      throw new Error('the change fails after its audit event');
    }),
  );
  assert.equal(await count(), before);
});

test('concurrent writers never fork the chain', async () => {
  await Promise.all(
    Array.from({ length: 8 }, (_, i) => inTransaction(database.db, (trx) => recordAudit(trx, context, { action: 'test.parallel', entityType: 'thing', entityId: `p${i}` }))),
  );
  const report = await verifyChain(database.db);
  assert.equal(report.ok, true);
});

test('editing a stored event is detected at that event; deleting one at the next', async () => {
  const rows = await database.db.selectFrom('audit_events').select(['seq', 'id']).orderBy('seq').execute();
  const victim = rows[2]!;
  await sql`update audit_events set after = '{"i": 99}'::jsonb where seq = ${victim.seq}`.execute(database.db);
  let report = await verifyChain(database.db, 3);
  assert.equal(report.ok, false);
  assert.equal(report.firstBroken?.seq, victim.seq);
  assert.equal(report.firstBroken?.reason, 'hash_mismatch');
  assert.equal(report.checked, 2);
  // Put the value back: the chain is whole again (the hash covers content, not storage).
  await sql`update audit_events set after = ${JSON.stringify({ i: 2, name: 'Ērglis' })}::jsonb where seq = ${victim.seq}`.execute(database.db);
  assert.equal((await verifyChain(database.db)).ok, true);
  await sql`delete from audit_events where seq = ${rows[3]!.seq}`.execute(database.db);
  report = await verifyChain(database.db);
  assert.equal(report.firstBroken?.seq, rows[4]!.seq);
  assert.equal(report.firstBroken?.reason, 'link_mismatch');
});
