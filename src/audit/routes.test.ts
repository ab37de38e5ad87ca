// The audit trail's API: events written with their change, Riga days, search, who reads, and the chains' check.
import { test, before, after, mock } from 'node:test';
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { call, login, type Session } from '../../test/support/http.ts';
import { systemActor } from '../platform/access/actor.ts';
import { recordAudit, type AuditInput } from '../platform/audit/audit.ts';
import { asSuperuser } from '../platform/audit/test-support.ts';
import type { DB, Tx } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';

let ctx: TestContext;
let auditor: Session;
before(async () => {
  ctx = await testContext();
  auditor = await login(ctx.app, (await buildUser(ctx, { role: 'auditor' })).email);
});
after(() => ctx.close());

const EVENTS = '/api/v1/audit-events';
const VERIFY = '/api/v1/audit-events/verify';
const ids = (res: { json: { items: { entityId: string }[] } }) => res.json.items.map((e) => e.entityId);

/** Writes an event through the one real helper, with the clock held at the given instant. */
async function recordAt(db: Kysely<DB>, at: string, input: AuditInput, actorLabel = 'Sistēma'): Promise<void> {
  mock.timers.enable({ apis: ['Date'], now: new Date(at) });
  try {
    await inTransaction(db, (trx) => recordAudit(trx, { actor: systemActor(actorLabel) }, input));
  } finally {
    mock.timers.reset();
  }
}

const countEvents = async (db: Kysely<DB>) =>
  Number(
    (
      await db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

test('a change and its audit event commit together, and roll back together', async () => {
  const orgId = await organisationId(ctx.db, 'VID');
  const change = (website: string) => async (trx: Tx) => {
    await trx.updateTable('organisations').set({ website }).where('id', '=', orgId).execute();
    await recordAudit(
      trx,
      { actor: systemActor() },
      { action: 'organisation.update', entityType: 'organisation', entityId: orgId, after: { website } },
    );
  };
  await assert.rejects(
    inTransaction(ctx.db, async (trx) => {
      await change('https://rolled-back.example')(trx);
      throw new Error('the change fails after its event was written');
    }),
  );
  const website = async () =>
    (await ctx.db.selectFrom('organisations').select('website').where('id', '=', orgId).executeTakeFirstOrThrow())
      .website;
  const eventsFor = () => ctx.db.selectFrom('audit_events').selectAll().where('entity_id', '=', orgId).execute();
  assert.notEqual(await website(), 'https://rolled-back.example');
  assert.equal((await eventsFor()).length, 0);

  await inTransaction(ctx.db, change('https://www.vid.gov.lv'));
  assert.equal(await website(), 'https://www.vid.gov.lv');
  const events = await eventsFor();
  assert.equal(events.length, 1);
  assert.deepEqual(events[0]!.after, { website: 'https://www.vid.gov.lv' });
});

test('days are Riga days: an event at 2026-03-01T22:30:00Z belongs to 2 March', async () => {
  const entityType = 'riga_day_test';
  await recordAt(ctx.db, '2026-03-01T21:59:59Z', { action: 'test.day', entityType, entityId: '1-mar-23:59:59' });
  await recordAt(ctx.db, '2026-03-01T22:30:00Z', { action: 'test.day', entityType, entityId: '2-mar-00:30' });
  await recordAt(ctx.db, '2026-03-02T21:59:59Z', { action: 'test.day', entityType, entityId: '2-mar-23:59:59' });
  await recordAt(ctx.db, '2026-03-02T22:00:00Z', { action: 'test.day', entityType, entityId: '3-mar-00:00' });

  const second = await auditor.request('GET', `${EVENTS}?entityType=${entityType}&from=2026-03-02&to=2026-03-02`);
  assert.equal(second.status, 200);
  assert.deepEqual(ids(second), ['2-mar-23:59:59', '2-mar-00:30']);
  assert.equal(second.json.total, 2);
  const first = await auditor.request('GET', `${EVENTS}?entityType=${entityType}&to=2026-03-01`);
  assert.deepEqual(ids(first), ['1-mar-23:59:59']);
  const fromThird = await auditor.request('GET', `${EVENTS}?entityType=${entityType}&from=2026-03-03`);
  assert.deepEqual(ids(fromThird), ['3-mar-00:00']);
  assert.equal(second.json.items[1].occurredAt, '2026-03-01T22:30:00.000Z');
});

test('days around the clock changes: 29 March 2026 has 23 hours in Riga and 25 October 2026 has 25', async () => {
  const entityType = 'dst_test';
  const at = [
    ['2026-03-28T21:59:00Z', 'mar-28-23:59-EET'],
    ['2026-03-28T22:00:00Z', 'mar-29-00:00-EET'],
    ['2026-03-29T20:59:00Z', 'mar-29-23:59-EEST'],
    ['2026-03-29T21:00:00Z', 'mar-30-00:00-EEST'],
    ['2026-10-24T20:59:00Z', 'oct-24-23:59-EEST'],
    ['2026-10-24T21:00:00Z', 'oct-25-00:00-EEST'],
    ['2026-10-25T21:59:00Z', 'oct-25-23:59-EET'],
    ['2026-10-25T22:00:00Z', 'oct-26-00:00-EET'],
  ] as const;
  for (const [instant, id] of at) await recordAt(ctx.db, instant, { action: 'test.dst', entityType, entityId: id });
  const spring = await auditor.request('GET', `${EVENTS}?entityType=${entityType}&from=2026-03-29&to=2026-03-29`);
  assert.deepEqual(ids(spring), ['mar-29-23:59-EEST', 'mar-29-00:00-EET']);
  const autumn = await auditor.request('GET', `${EVENTS}?entityType=${entityType}&from=2026-10-25&to=2026-10-25`);
  assert.deepEqual(ids(autumn), ['oct-25-23:59-EET', 'oct-25-00:00-EEST']);
});

test('search filters: action prefix, actor in any case, entity, organisation with its name, newest first and paged', async () => {
  const entityType = 'filter_test';
  const vid = await organisationId(ctx.db, 'VID');
  await recordAt(
    ctx.db,
    '2026-04-01T08:00:00Z',
    { action: 'grant.create', entityType, entityId: 'g1', organisationId: vid },
    'Jānis Bērziņš',
  );
  await recordAt(
    ctx.db,
    '2026-04-02T08:00:00Z',
    { action: 'grant.revoke', entityType, entityId: 'g2' },
    'Anna Kalniņa',
  );
  await recordAt(
    ctx.db,
    '2026-04-03T08:00:00Z',
    { action: 'grantee.update', entityType, entityId: 'g3' },
    'Jānis Bērziņš',
  );
  await recordAt(ctx.db, '2026-04-04T08:00:00Z', { action: 'user.create', entityType, entityId: 'u1' }, '100%_sure');

  const q = (params: string) => auditor.request('GET', `${EVENTS}?entityType=${entityType}&${params}`);
  assert.deepEqual(ids(await q('action=grant.')), ['g2', 'g1']);
  assert.deepEqual(ids(await q('action=grant')), ['g3', 'g2', 'g1']);
  assert.deepEqual(ids(await q(`actor=${encodeURIComponent('jānis')}`)), ['g3', 'g1']);
  assert.deepEqual(ids(await q('actor=KALN')), ['g2']);
  // LIKE wildcards in the filter are taken literally.
  assert.deepEqual(ids(await q('actor=0%25_')), ['u1']);
  assert.deepEqual(ids(await q('actor=%25')), ['u1']);
  assert.deepEqual(ids(await q('action=user_')), []);
  assert.deepEqual(ids(await q('entityId=g2')), ['g2']);
  assert.deepEqual(ids(await auditor.request('GET', `${EVENTS}?entityType=nothing_here`)), []);

  const byOrg = await q(`organisationId=${vid}`);
  assert.deepEqual(ids(byOrg), ['g1']);
  const event = byOrg.json.items[0];
  assert.equal(event.organisationName, 'Valsts ieņēmumu dienests');
  assert.equal(event.actorLabel, 'Jānis Bērziņš');
  assert.equal(event.action, 'grant.create');
  assert.equal(event.actorUserId, null);
  assert.ok(Number.isInteger(event.seq) && event.id);

  const page = await q('limit=2&offset=1');
  assert.equal(page.json.total, 4);
  assert.deepEqual(ids(page), ['g3', 'g2']);
});

test('bad search parameters are 400 naming the field', async () => {
  const order = await auditor.request('GET', `${EVENTS}?from=2026-03-02&to=2026-03-01`);
  assert.equal(order.status, 400);
  assert.deepEqual(
    order.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    [['/to', 'field_date_order']],
  );
  const impossible = await auditor.request('GET', `${EVENTS}?from=2026-02-30`);
  assert.equal(impossible.status, 400);
  assert.equal(impossible.json.errors[0].field, '/from');
  const unknown = await auditor.request('GET', `${EVENTS}?who=me&limit=500`);
  assert.equal(unknown.status, 400);
  assert.deepEqual(unknown.json.errors.map((e: { field: string }) => e.field).sort(), ['/limit', '/who']);
  const long = await auditor.request('GET', `${EVENTS}?actor=${'x'.repeat(201)}`);
  assert.equal(long.status, 400);
  assert.equal(long.json.errors[0].code, 'field_too_long');
});

test('auditors, ministry supervisors and maintainers read the trail; centre staff and org admins get 403, nobody 401', async () => {
  for (const role of ['auditor', 'ministry_supervisor', 'maintainer'] as const) {
    const session = await login(ctx.app, (await buildUser(ctx, { role })).email);
    assert.equal((await session.request('GET', EVENTS)).status, 200, role);
    assert.equal((await session.request('GET', VERIFY)).status, 200, role);
  }
  for (const role of ['centre_employee', 'centre_head', 'org_admin', 'institution_coordinator'] as const) {
    const session = await login(ctx.app, (await buildUser(ctx, { role })).email);
    const res = await session.request('GET', EVENTS);
    assert.equal(res.status, 403, role);
    assert.equal(res.json.code, 'forbidden');
    assert.equal((await session.request('GET', VERIFY)).status, 403, role);
  }
  assert.equal((await call(ctx.app, 'GET', EVENTS)).status, 401);
  assert.equal((await call(ctx.app, 'GET', VERIFY)).status, 401);
});

test('reading and verifying the trail does not change it', async () => {
  const before = await countEvents(ctx.db);
  await auditor.request('GET', EVENTS);
  await auditor.request('GET', `${EVENTS}?action=auth.`);
  const verified = await auditor.request('GET', VERIFY);
  assert.deepEqual(
    [verified.json.ok, verified.json.checked, verified.json.firstBroken, verified.json.broken],
    [true, before, null, []],
  );
  assert.equal(await countEvents(ctx.db), before);
});

test('the check names the chain, the edited event and hash_mismatch; once restored the chain is whole; after a deleted event, missing_events', async () => {
  // A database of its own: this test damages the trail on purpose (as the database superuser: the table refuses the app).
  const own = await testContext();
  try {
    const reader = await login(own.app, (await buildUser(own, { role: 'auditor' })).email);
    for (let i = 1; i <= 5; i++) {
      await inTransaction(own.db, (trx) =>
        recordAudit(
          trx,
          { actor: systemActor() },
          { action: 'test.chain', entityType: 'chain_test', entityId: `c${i}`, after: { n: i } },
        ),
      );
    }
    const chain = await own.db
      .selectFrom('audit_events')
      .select(['seq', 'id', 'after', 'chain_key', 'chain_seq'])
      .where('entity_type', '=', 'chain_test')
      .orderBy('chain_seq')
      .execute();
    const total = await countEvents(own.db);
    const whole = (await reader.request('GET', VERIFY)).json;
    assert.deepEqual([whole.ok, whole.checked, whole.firstBroken], [true, total, null]);
    assert.ok(whole.chains >= 2);

    const edited = chain[2]!;
    const setAfter = (after: unknown) =>
      asSuperuser(own.db, (trx) =>
        trx
          .updateTable('audit_events')
          .set({ after: JSON.stringify(after) })
          .where('id', '=', edited.id)
          .execute(),
      );
    await setAfter({ n: 999 });
    const broken = await reader.request('GET', VERIFY);
    assert.equal(broken.status, 200);
    assert.equal(broken.json.ok, false);
    assert.deepEqual(broken.json.firstBroken, {
      ...broken.json.firstBroken,
      chainKey: 'system:system',
      chainSeq: 3,
      seq: edited.seq,
      id: edited.id,
      reason: 'hash_mismatch',
    });
    assert.match(broken.json.firstBroken.occurredAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    assert.deepEqual(broken.json.broken, [broken.json.firstBroken]);
    assert.equal(broken.json.checked, total - 3);

    await setAfter(edited.after);
    assert.equal((await reader.request('GET', VERIFY)).json.ok, true);

    await asSuperuser(own.db, (trx) => trx.deleteFrom('audit_events').where('id', '=', chain[1]!.id).execute());
    const gap = await reader.request('GET', VERIFY);
    assert.equal(gap.json.ok, false);
    assert.deepEqual(
      [gap.json.firstBroken.chainSeq, gap.json.firstBroken.id, gap.json.firstBroken.reason],
      [3, chain[2]!.id, 'missing_events'],
    );
  } finally {
    await own.close();
  }
});
