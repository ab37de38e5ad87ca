import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync, sign } from 'node:crypto';
import { TestClock, testDatabase } from '../../../test/support/context.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { canonicalJson } from './audit.ts';
import { verifyChain } from './verify.ts';
import { anchorChains, currentDigest } from './anchor.ts';
import { DigestError, headsRoot, readDigestPin, readSignedDigest } from './digest.ts';
import { chainRows, orgActor, writeEvents } from './test-support.ts';

let database: Database;
let clock: TestClock;
let deps: Deps;
before(async () => {
  database = await testDatabase();
  clock = new TestClock();
  // 23:30 in Riga on 23 November.
  clock.set('2026-11-23T21:30:00Z');
  deps = {
    db: database.db,
    config: loadConfig({ NODE_ENV: 'test', AUDIT_DIGEST_TO: 'revidents@example.lv, vraa-audits@example.lv' }),
    now: clock.now,
  };
});
after(() => database.close());

const count = async (table: 'audit_events' | 'audit_anchors' | 'mail_outbox') =>
  Number(
    (
      await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const digestMails = () =>
  database.db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('subject', 'like', '%audit trail digest%')
    .orderBy('created_at')
    .execute();

test("anchoring records every moved chain head, its own event included, and e-mails the day's signed digest to each auditor once", async () => {
  const chain = await writeEvents(database.db, orgActor(), 3);
  const result = await anchorChains(deps);
  assert.ok(result.runId);
  assert.equal(result.digestSentTo, 2);
  const anchors = await database.db
    .selectFrom('audit_anchors')
    .selectAll()
    .where('run_id', '=', result.runId)
    .execute();
  const head = (await chainRows(database.db, chain)).at(-1)!;
  assert.deepEqual(
    anchors.filter((a) => a.chain_key === chain).map((a) => [a.chain_seq, a.hash]),
    [[3, head.hash]],
  );
  const own = (await chainRows(database.db, 'system:audit-anchor')).at(-1)!;
  assert.equal(own.action, 'audit.anchor');
  assert.equal(own.entity_id, result.runId);
  assert.ok(
    anchors.some((a) => a.chain_key === 'system:audit-anchor' && a.hash === own.hash),
    'the anchor covers its own event',
  );

  const mails = await digestMails();
  assert.deepEqual(mails.map((m) => m.to_address).sort(), ['revidents@example.lv', 'vraa-audits@example.lv']);
  assert.match(mails[0]!.subject, /23\.11\.2026\./);
  const digest = await currentDigest(deps);
  // The full digest (the download) lists every chain's anchor.
  assert.deepEqual(
    readSignedDigest(JSON.stringify(digest), digest.publicKey).find((a) => a.chainKey === chain),
    { chainKey: chain, seq: 3, hash: head.hash },
  );
  // The mail, saved whole, is a digest file: its signature checks out with the installation's public key, and it
  // carries the root of every chain's anchor, which the database's anchors of its time still give.
  const fromMail = readDigestPin(mails[0]!.body_text, digest.publicKey);
  assert.equal(fromMail.root?.chains, digest.digest.chains.length);
  assert.equal(
    fromMail.root?.root,
    headsRoot(digest.digest.chains.map(({ chainKey, seq, hash }) => ({ chainKey, seq, hash }))),
  );
  const report = await verifyChain(database.db, { roots: [fromMail.root!] });
  assert.equal(report.ok, true);
  assert.equal(report.anchors.checked, 2 * digest.digest.chains.length);
});

test('the hourly job writes nothing when no chain moved, and the next Riga day gets its own digest', async () => {
  const before = [await count('audit_events'), await count('audit_anchors'), await count('mail_outbox')];
  clock.set('2026-11-23T21:50:00Z');
  assert.deepEqual(await anchorChains(deps), { runId: null, chains: 0, digestSentTo: 0, skipped: false });
  assert.deepEqual([await count('audit_events'), await count('audit_anchors'), await count('mail_outbox')], before);

  // 00:10 in Riga on 24 November: nothing moved, but the day's digest is due.
  clock.set('2026-11-23T22:10:00Z');
  const next = await anchorChains(deps);
  assert.equal(next.digestSentTo, 2);
  const run = await database.db
    .selectFrom('audit_anchor_runs')
    .selectAll()
    .where('id', '=', next.runId!)
    .executeTakeFirstOrThrow();
  assert.equal(run.digest_day, '2026-11-24');
  assert.equal((await digestMails()).length, 4);
  assert.equal((await verifyChain(database.db)).ok, true);
});

test('a digest file changed after signing, signed by another key, or not a digest at all is refused', async () => {
  await writeEvents(database.db, orgActor(), 1);
  await anchorChains(deps, { force: true });
  const digest = await currentDigest(deps);
  assert.ok(readSignedDigest(JSON.stringify(digest), digest.publicKey).length > 0);

  const changed = structuredClone(digest);
  changed.digest.chains[0]!.seq += 1;
  assert.throws(() => readSignedDigest(JSON.stringify(changed), digest.publicKey), DigestError);

  // A forger signs with a key of their own and puts their public key in the file: the installation's key decides.
  const forger = generateKeyPairSync('ed25519');
  const forged = {
    ...changed,
    signature: sign(null, Buffer.from(canonicalJson(changed.digest)), forger.privateKey).toString('base64'),
  };
  forged.publicKey = forger.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  assert.throws(() => readSignedDigest(JSON.stringify(forged), digest.publicKey), /does not verify/);

  assert.throws(() => readSignedDigest('not json', digest.publicKey), /not JSON/);
  assert.throws(
    () => readSignedDigest(JSON.stringify({ digest: { format: 'other' }, signature: '' }), digest.publicKey),
    /not a vienuviet-audit-digest/,
  );
});
