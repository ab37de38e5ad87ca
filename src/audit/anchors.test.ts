import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createPublicKey, verify } from 'node:crypto';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser } from '../../test/support/factories.ts';
import { call, login, type Session } from '../../test/support/http.ts';
import { canonicalJson } from '../platform/audit/audit.ts';
import { readSignedDigest } from '../platform/audit/digest.ts';

let ctx: TestContext;
let auditor: Session;
before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  auditor = await login(ctx.app, (await buildUser(ctx, { role: 'auditor' })).email);
});
after(() => ctx.close());

const DIGEST = '/api/v1/audit-events/digest';
const ANCHORS = '/api/v1/audit-events/anchors';
const rows = async (table: 'audit_anchors' | 'audit_anchor_runs' | 'audit_events') =>
  Number(
    (
      await ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

test('an auditor anchors the chains on demand and gets the signed digest, which checks out with the public key in it', async () => {
  const res = await auditor.request('POST', ANCHORS);
  assert.equal(res.status, 200, res.body);
  const { digest, signature, publicKey, algorithm } = res.json;
  assert.equal(algorithm, 'Ed25519');
  assert.equal(digest.format, 'vienuviet-audit-digest/1');
  assert.equal(digest.issuedAt, '2026-11-23T10:00:00.000Z');
  assert.ok(
    verify(null, Buffer.from(canonicalJson(digest)), createPublicKey(publicKey), Buffer.from(signature, 'base64')),
  );
  // The anchoring is audited in the auditor's own chain, and that event is itself anchored.
  const event = await ctx.db
    .selectFrom('audit_events')
    .selectAll()
    .where('action', '=', 'audit.anchor')
    .orderBy('seq', 'desc')
    .executeTakeFirstOrThrow();
  const own = digest.chains.find((c: { chainKey: string }) => c.chainKey === event.chain_key);
  assert.deepEqual([own?.seq, own?.hash], [event.chain_seq, event.hash]);

  const verified = await auditor.request('GET', '/api/v1/audit-events/verify');
  assert.equal(verified.json.ok, true);
  assert.equal(verified.json.anchors.checked, digest.chains.length);
});

test('the digest download reads only, and is the same signed document verify-audit --anchors accepts', async () => {
  const before = [await rows('audit_events'), await rows('audit_anchor_runs')];
  const res = await auditor.request('GET', DIGEST);
  assert.equal(res.status, 200);
  assert.deepEqual([await rows('audit_events'), await rows('audit_anchor_runs')], before);
  assert.equal(readSignedDigest(res.body, res.json.publicKey).length, res.json.digest.chains.length);
});

test('centre staff and organisation admins get 403 for the digest and for anchoring, nobody 401; a body that is not JSON anchors nothing', async () => {
  for (const role of ['centre_employee', 'org_admin'] as const) {
    const session = await login(ctx.app, (await buildUser(ctx, { role })).email);
    assert.equal((await session.request('GET', DIGEST)).status, 403, role);
    assert.equal((await session.request('POST', ANCHORS)).status, 403, role);
  }
  assert.equal((await call(ctx.app, 'GET', DIGEST)).status, 401);
  assert.equal((await call(ctx.app, 'POST', ANCHORS)).status, 401);
  const before = await rows('audit_anchors');
  const bad = await auditor.request('POST', ANCHORS, '{"not json', { 'content-type': 'application/json' });
  assert.equal(bad.status, 400);
  assert.equal(await rows('audit_anchors'), before);
});
