// Every way of tampering with the trail that the design answers, each detected and named. Each case writes a chain
// of its own (an organisation nobody else writes for) and damages it as the database superuser would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { TestClock, testDatabase } from '../../../test/support/context.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { Tx } from '../db/transaction.ts';
import type { Deps } from '../deps.ts';
import { canonicalJson, GENESIS_HASH, hashEvent, type HashedEvent } from './audit.ts';
import { verifyChain } from './verify.ts';
import { anchorChains, currentDigest } from './anchor.ts';
import { readSignedDigest } from './digest.ts';
import { auditKeyring, DEV_AUDIT_KEY, LEGACY_KEY_ID } from './keys.ts';
import { asSuperuser, chainRows, orgActor, writeEvents } from './test-support.ts';

let database: Database;
let deps: Deps;
before(async () => {
  database = await testDatabase();
  const clock = new TestClock();
  clock.set('2026-11-23T10:00:00Z');
  deps = { db: database.db, config: loadConfig({ NODE_ENV: 'test' }), now: clock.now };
});
after(() => database.close());

/** The first broken event of this chain, as verify-audit reports it. */
async function brokenIn(chain: string, options: Parameters<typeof verifyChain>[1] = {}) {
  return (await verifyChain(database.db, options)).broken.find((b) => b.chainKey === chain);
}

/** Five events in a chain of their own. */
async function freshChain() {
  const chain = await writeEvents(database.db, orgActor(), 5);
  return { chain, rows: await chainRows(database.db, chain) };
}

const deleteEvents = (trx: Tx, ids: string[]) => trx.deleteFrom('audit_events').where('id', 'in', ids).execute();
const resetHead = (trx: Tx, chain: string, seq: number, hash: string) =>
  trx.updateTable('audit_chain_heads').set({ seq, hash }).where('chain_key', '=', chain).execute();

/**
 * The attacker's re-hash: from position `from` on, every event re-linked and re-hashed with `hashWith`, and the head
 * moved along — everything the application itself does, minus (unless given) the key.
 */
async function recompute(
  chain: string,
  from: number,
  hashWith: (event: HashedEvent) => string,
  change: Partial<HashedEvent> = {},
) {
  await asSuperuser(database.db, async (trx) => {
    const rows = await sql<
      HashedEvent & { hash: string; at: string }
    >`select *, to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at
      from audit_events where chain_key = ${chain} order by chain_seq`.execute(trx);
    let previous = rows.rows[from - 2]?.hash ?? GENESIS_HASH;
    for (const row of rows.rows.slice(from - 1)) {
      const { hash: _old, at, ...stored } = row;
      const event: HashedEvent = { ...stored, occurred_at: at, ...change, prev_hash: previous };
      const hash = hashWith(event);
      await trx
        .updateTable('audit_events')
        .set({ prev_hash: previous, hash, key_id: event.key_id, after: JSON.stringify(event.after) })
        .where('id', '=', row.id)
        .execute();
      previous = hash;
    }
    await trx.updateTable('audit_chain_heads').set({ hash: previous }).where('chain_key', '=', chain).execute();
  });
}

const plainSha256 = (e: HashedEvent) => createHash('sha256').update(canonicalJson(e)).digest('hex');

test('an edited event is named: hash_mismatch at it', async () => {
  const { chain, rows } = await freshChain();
  await asSuperuser(database.db, (trx) =>
    trx
      .updateTable('audit_events')
      .set({ after: JSON.stringify({ i: 99 }) })
      .where('id', '=', rows[2]!.id)
      .execute(),
  );
  const broken = await brokenIn(chain);
  assert.deepEqual([broken?.chainSeq, broken?.id, broken?.reason], [3, rows[2]!.id, 'hash_mismatch']);
});

test('an event deleted in the middle is named: missing_events at the event after it', async () => {
  const { chain, rows } = await freshChain();
  await asSuperuser(database.db, (trx) => deleteEvents(trx, [rows[2]!.id]));
  const broken = await brokenIn(chain);
  assert.deepEqual([broken?.chainSeq, broken?.id, broken?.reason], [4, rows[3]!.id, 'missing_events']);
});

test('a deleted tail is named by the chain head: truncated at the first missing position', async () => {
  const { chain, rows } = await freshChain();
  await asSuperuser(database.db, (trx) => deleteEvents(trx, [rows[3]!.id, rows[4]!.id]));
  const broken = await brokenIn(chain);
  assert.deepEqual([broken?.chainSeq, broken?.id, broken?.reason], [4, null, 'truncated']);
});

test('a deleted tail with the head moved back to match is named by the anchor: truncated', async () => {
  const { chain, rows } = await freshChain();
  await anchorChains(deps, { force: true });
  await asSuperuser(database.db, async (trx) => {
    await deleteEvents(trx, [rows[3]!.id, rows[4]!.id]);
    await resetHead(trx, chain, 3, rows[2]!.hash);
  });
  const broken = await brokenIn(chain);
  assert.deepEqual([broken?.chainSeq, broken?.id, broken?.reason], [4, null, 'truncated']);
});

test('the limit of anchoring: a tail written after the latest anchor and deleted with the head moved back is not seen (hence hourly anchors)', async () => {
  const { chain, rows } = await freshChain();
  await asSuperuser(database.db, async (trx) => {
    await deleteEvents(trx, [rows[4]!.id]);
    await resetHead(trx, chain, 4, rows[3]!.hash);
  });
  assert.equal(await brokenIn(chain), undefined);
});

test('a timestamp moved by one microsecond is named: hash_mismatch', async () => {
  const { chain, rows } = await freshChain();
  await asSuperuser(database.db, (trx) =>
    sql`update audit_events set occurred_at = occurred_at + interval '1 microsecond' where id = ${rows[1]!.id}`.execute(
      trx,
    ),
  );
  const broken = await brokenIn(chain);
  assert.deepEqual([broken?.chainSeq, broken?.reason], [2, 'hash_mismatch']);
  assert.match(broken!.occurredAt!, /\.\d{3}001Z$/);
});

test('a changed event id is named: hash_mismatch', async () => {
  const { chain, rows } = await freshChain();
  await asSuperuser(database.db, (trx) =>
    sql`update audit_events set id = gen_random_uuid() where id = ${rows[1]!.id}`.execute(trx),
  );
  const broken = await brokenIn(chain);
  assert.deepEqual([broken?.chainSeq, broken?.reason], [2, 'hash_mismatch']);
  assert.notEqual(broken?.id, rows[1]!.id);
});

test('an edit with every later hash recomputed with plain SHA-256 (no key) is named: hash_mismatch at the edited event', async () => {
  const { chain } = await freshChain();
  await recompute(chain, 2, plainSha256, { after: { i: 99 } });
  const broken = await brokenIn(chain);
  assert.deepEqual([broken?.chainSeq, broken?.reason], [2, 'hash_mismatch']);
});

test('an edit with every later hash recomputed with a guessed key is named: hash_mismatch at the edited event', async () => {
  const { chain } = await freshChain();
  await recompute(chain, 2, (e) => hashEvent(e, 'guessed-key-of-the-attacker-0123456789'), { after: { i: 99 } });
  const broken = await brokenIn(chain);
  assert.deepEqual([broken?.chainSeq, broken?.reason], [2, 'hash_mismatch']);
});

test('a chain re-hashed the pre-0015 unkeyed way (key id legacy-sha256) is refused outside the legacy chain: unknown_key', async () => {
  const { chain } = await freshChain();
  await recompute(chain, 2, plainSha256, { key_id: LEGACY_KEY_ID });
  const broken = await brokenIn(chain);
  assert.deepEqual([broken?.chainSeq, broken?.reason], [2, 'unknown_key']);
});

test('a chain rewritten with the key after it was anchored (an insider) is named: anchor_mismatch at the anchored event', async () => {
  const { chain } = await freshChain();
  await anchorChains(deps, { force: true });
  await recompute(chain, 2, (e) => hashEvent(e, DEV_AUDIT_KEY), { after: { i: 99 } });
  const broken = await brokenIn(chain);
  assert.deepEqual([broken?.chainSeq, broken?.reason], [5, 'anchor_mismatch']);
});

test('tail deleted, head moved back and the anchors deleted by the superuser: only the signed digest the auditor kept names it, truncated', async () => {
  const { chain, rows } = await freshChain();
  await anchorChains(deps, { force: true });
  const kept = JSON.stringify(await currentDigest(deps));
  await asSuperuser(database.db, async (trx) => {
    await deleteEvents(trx, [rows[4]!.id]);
    await resetHead(trx, chain, 4, rows[3]!.hash);
    await trx.deleteFrom('audit_anchors').where('chain_key', '=', chain).execute();
  });
  assert.equal(await brokenIn(chain), undefined, 'the database alone no longer shows it');
  const anchors = readSignedDigest(kept, JSON.parse(kept).publicKey);
  const broken = await brokenIn(chain, { anchors });
  assert.deepEqual([broken?.chainSeq, broken?.id, broken?.reason], [5, null, 'truncated']);
});

test('key rotation: events of the previous key verify while it is listed in AUDIT_PREVIOUS_KEYS, and are unknown_key without it', async () => {
  const { chain } = await freshChain();
  const rotated = 'the-next-audit-key-after-rotation-0123456789';
  assert.equal(
    await brokenIn(chain, { keyring: auditKeyring({ auditKey: rotated, auditPreviousKeys: [DEV_AUDIT_KEY] }) }),
    undefined,
  );
  const broken = await brokenIn(chain, { keyring: auditKeyring({ auditKey: rotated, auditPreviousKeys: [] }) });
  assert.deepEqual([broken?.chainSeq, broken?.reason], [1, 'unknown_key']);
});
