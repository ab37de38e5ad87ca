// One chain per actor (audit.ts chainKeyOf): databases written with the former keys (one chain per organisation,
// one `anonymous`) keep verifying, and anchoring, the mailed root digest and verification keep their guarantees
// with ten thousand chains — every head pinned, truncation, removed anchors and recomputation named.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { TestClock, testDatabase } from '../../../test/support/context.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';
import type { Deps } from '../deps.ts';
import {
  activeKeyring,
  chainKeyOf,
  GENESIS_HASH,
  hashEvent,
  instantText,
  recordAudit,
  type HashedEvent,
} from './audit.ts';
import { anchorChains } from './anchor.ts';
import { readDigestPin, type RootPin } from './digest.ts';
import { parseSigningKey, publicKeyPem } from './keys.ts';
import { verifyChain, type ChainReport } from './verify.ts';
import { asSuperuser, chainRows, orgActor } from './test-support.ts';

let database: Database;
let clock: TestClock;
let deps: Deps;
before(async () => {
  database = await testDatabase();
  clock = new TestClock();
  // 09:00 in Riga on 24 November.
  clock.set('2026-11-24T07:00:00Z');
  deps = {
    db: database.db,
    config: loadConfig({ NODE_ENV: 'test', AUDIT_DIGEST_TO: 'revidents@example.lv' }),
    now: clock.now,
  };
});
after(() => database.close());

/** The latest mailed digest as the auditor saved it (the whole mail), read with the installation's public key. */
async function mailedRoot(): Promise<{ text: string; root: RootPin }> {
  const mail = await database.db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('subject', 'like', '%audit trail digest%')
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  const pin = readDigestPin(mail.body_text, publicKeyPem(parseSigningKey(deps.config.auditSigningKey)));
  assert.ok(pin.root, 'the mail carries a root digest');
  return { text: mail.body_text, root: pin.root };
}

/** Writes `count` events on `chainKey` as the former keys did: the transaction starts on that chain. */
async function writeOnChain(chainKey: string, actor: ReturnType<typeof orgActor>, count: number) {
  for (let i = 1; i <= count; i++)
    await inTransaction(database.db, async (trx) => {
      await sql`select set_config('vienuviet.audit_chain', ${chainKey}, true)`.execute(trx);
      await recordAudit(trx, { actor }, { action: 'test.former', entityType: 'thing', entityId: String(i) });
    });
}

/** Deletes the chain's events after position `keep` and moves its head back to match, as the superuser can. */
async function deleteTail(trx: Tx, chain: string, keep: number) {
  const rows = await trx
    .selectFrom('audit_events')
    .select(['id', 'hash'])
    .where('chain_key', '=', chain)
    .orderBy('chain_seq')
    .execute();
  await trx
    .deleteFrom('audit_events')
    .where(
      'id',
      'in',
      rows.slice(keep).map((r) => r.id),
    )
    .execute();
  await trx
    .updateTable('audit_chain_heads')
    .set({ seq: keep, hash: rows[keep - 1]!.hash })
    .where('chain_key', '=', chain)
    .execute();
}

test('a database with events on the former org: and anonymous chains and new ones on per-actor chains verifies clean, the mailed root included', async () => {
  const clerk = orgActor();
  const formerOrg = `org:${clerk.organisationId}`;
  await writeOnChain(formerOrg, clerk, 3);
  await writeOnChain('anonymous', { ...clerk, kind: 'anonymous', userId: null, organisationId: null }, 2);
  await anchorChains(deps, { force: true });
  // The same clerk after the change: the old chain simply ends, the new events go to the clerk's own chain.
  for (let i = 0; i < 3; i++)
    await inTransaction(database.db, (trx) =>
      recordAudit(trx, { actor: clerk }, { action: 'test.new', entityType: 'thing', entityId: String(i) }),
    );
  clock.set('2026-11-24T08:00:00Z');
  await anchorChains(deps);
  assert.deepEqual(
    (await chainRows(database.db, formerOrg)).map((r) => [r.chain_seq, r.action]),
    [
      [1, 'test.former'],
      [2, 'test.former'],
      [3, 'test.former'],
    ],
  );
  const own = await chainRows(database.db, chainKeyOf(clerk));
  assert.deepEqual(
    own.map((r) => [r.chain_key, r.chain_seq, r.organisation_id]),
    [1, 2, 3].map((n) => [`user:${clerk.userId}`, n, clerk.organisationId]),
    'every event still carries its organisation',
  );
  const { root } = await mailedRoot();
  const report = await verifyChain(database.db, { roots: [root] });
  assert.deepEqual([report.ok, report.broken], [true, []]);

  // The old chain is still pinned: its tail deleted with the head moved back is named by its anchor.
  await asSuperuser(database.db, (trx) => deleteTail(trx, formerOrg, 2));
  const broken = (await verifyChain(database.db)).broken.find((b) => b.chainKey === formerOrg);
  assert.deepEqual([broken?.chainSeq, broken?.reason], [3, 'truncated']);
});

const CHAINS = 10_000;
/** The breaks of the chains of this test: the former org chain truncated by the test before stays broken. */
const ours = (report: ChainReport) => report.broken.filter((b) => !b.chainKey.startsWith('org:'));

/** CHAINS chains of two events each, written in bulk exactly as recordAudit would hash them, with their heads. */
async function manyChains(prefix: string): Promise<string[]> {
  const key = activeKeyring().current;
  const at = clock.now();
  const keys: string[] = [];
  for (let from = 0; from < CHAINS; from += 500) {
    const events: (HashedEvent & { hash: string; occurred: Date })[] = [];
    const heads: { chain_key: string; seq: number; hash: string }[] = [];
    for (let i = from; i < Math.min(from + 500, CHAINS); i++) {
      const chain = `${prefix}:${String(i).padStart(5, '0')}`;
      keys.push(chain);
      let previous = GENESIS_HASH;
      for (const seq of [1, 2]) {
        const event: HashedEvent = {
          id: randomUUID(),
          chain_key: chain,
          chain_seq: seq,
          key_id: key.id,
          occurred_at: instantText(at),
          actor_user_id: null,
          actor_token_id: null,
          actor_label: chain,
          organisation_id: null,
          action: 'test.bulk',
          entity_type: 'thing',
          entity_id: String(seq),
          before: null,
          after: null,
          ip: null,
          request_id: null,
          prev_hash: previous,
        };
        previous = hashEvent(event, key.secret);
        events.push({ ...event, hash: previous, occurred: at });
      }
      heads.push({ chain_key: chain, seq: 2, hash: previous });
    }
    await inTransaction(database.db, async (trx) => {
      await trx
        .insertInto('audit_events')
        .values(
          events.map(({ occurred, occurred_at: _, ...e }) => ({
            ...e,
            before: null,
            after: null,
            occurred_at: occurred,
          })),
        )
        .execute();
      await trx.insertInto('audit_chain_heads').values(heads).execute();
    });
  }
  return keys;
}

test('ten thousand chains: one anchoring pins every head, the mail carries one root in a few lines, and truncation, removed anchors and recomputation are each named', async () => {
  const keys = await manyChains(`user:${randomUUID().slice(0, 8)}`);
  // 10:10 in Riga on 25 November: a new day's digest is due.
  clock.set('2026-11-25T08:10:00Z');
  let started = performance.now();
  const run = await anchorChains(deps);
  const anchorMs = performance.now() - started;
  assert.ok(run.chains >= CHAINS, `${run.chains} heads anchored`);
  const { text, root } = await mailedRoot();
  assert.ok(root.chains >= CHAINS + 1);
  assert.ok(text.split('\n').length < 40, `the mail has ${text.split('\n').length} lines`);

  started = performance.now();
  const clean = await verifyChain(database.db, { roots: [root] });
  const verifyMs = performance.now() - started;
  assert.deepEqual([ours(clean), clean.chains > CHAINS], [[], true]);
  process.stdout.write(
    `# ${CHAINS} chains: anchoring ${anchorMs.toFixed(0)} ms, verification ${verifyMs.toFixed(0)} ms\n`,
  );

  const [truncated, unpinned, rehashed] = [keys[17]!, keys[4242]!, keys[9999]!];
  await asSuperuser(database.db, async (trx) => {
    // A tail deleted with the head moved back: the chain's anchor names it.
    await deleteTail(trx, truncated, 1);
    // The same, and the chain's anchors deleted too: the database alone no longer shows it, the mailed root does.
    await deleteTail(trx, unpinned, 1);
    await trx.deleteFrom('audit_anchors').where('chain_key', '=', unpinned).execute();
    // An event edited and re-hashed without the key (any hash but the HMAC), the head moved along: named at it.
    await sql`update audit_events set after = '{"i": 99}', hash = md5(hash) || md5(id::text)
      where chain_key = ${rehashed} and chain_seq = 2`.execute(trx);
    await sql`update audit_chain_heads set hash = (select hash from audit_events where chain_key = ${rehashed} and chain_seq = 2)
      where chain_key = ${rehashed}`.execute(trx);
  });
  const alone = await verifyChain(database.db);
  assert.deepEqual(
    ours(alone).map((b) => [b.chainKey, b.chainSeq, b.reason]),
    [
      [truncated, 2, 'truncated'],
      [rehashed, 2, 'hash_mismatch'],
    ],
  );
  const withRoot = await verifyChain(database.db, { roots: [root] });
  assert.deepEqual(
    ours(withRoot).map((b) => [b.chainKey, b.reason]),
    [
      ['digest', 'anchor_mismatch'],
      [truncated, 'truncated'],
      [rehashed, 'hash_mismatch'],
    ],
    "the anchors no longer give the mailed root: the digest's check fails",
  );
  assert.equal(ours(withRoot)[0]!.occurredAt, root.issuedAt);
});
