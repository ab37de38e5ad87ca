// A spoken registration is one statement after its one read (the contact, its key, its event and the chain head's
// move: platform/audit's appendAfter). When the clerk's chain moved in between — their other tab, another instance —
// that statement writes nothing and the registration is written again in a transaction: still once, with its event.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { buildCentre } from '../centres/test-fixtures.ts';
import { buildService, buildStaff } from './test-fixtures.ts';
import { anonymous } from '../platform/access/actor.ts';
import { chainKeyOf } from '../platform/audit/audit.ts';
import { verifyChain } from '../platform/audit/verify.ts';

let ctx: TestContext;
let centre: Awaited<ReturnType<typeof buildCentre>>;
let clerk: Session;
let clerkId: string;
let service: string;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z'); // Monday, 12:00 in Riga
  const vid = await organisationId(ctx.db, 'VID');
  service = (await buildService(ctx.db, { holderId: vid, name: 'Deklarāciju pieņemšana (viens teikums)' })).id;
  centre = await buildCentre(ctx.db, { hours: '08:00-17:00' });
  const staff = await buildStaff(ctx.db, { municipalityId: centre.municipalityId, centreId: centre.centreId });
  clerkId = staff.id;
  clerk = await login(ctx.app, staff.email);
});
after(() => ctx.close());

const register = (i: number, channel: string) =>
  clerk.request(
    'POST',
    '/api/v1/contacts',
    { centreId: centre.centreId, servicePointId: centre.pointId, type: 'information', serviceIds: [service], channel },
    { 'idempotency-key': `tab-${i}` },
  );

const chain = () =>
  sql<{ chain_seq: number; action: string; entity_id: string | null }>`select chain_seq::int, action, entity_id
    from audit_events where chain_key = ${chainKeyOf({ ...anonymous, kind: 'user', userId: clerkId })}
    order by chain_seq`
    .execute(ctx.db)
    .then((r) => r.rows);

test("CR-17.1 one clerk's parallel registrations (two tabs), spoken and written, are each stored once with one event; the chain stays gapless", async () => {
  const results = await Promise.all(
    Array.from({ length: 16 }, (_, i) => register(i, i % 4 === 3 ? 'email' : 'in_person')),
  );
  assert.deepEqual(
    results.map((r) => r.status),
    Array(16).fill(201),
    results.map((r) => r.body).join('\n'),
  );
  const ids = results.map((r) => r.json.id as string);
  const stored = await ctx.db.selectFrom('contacts').select('id').where('employee_id', '=', clerkId).execute();
  assert.deepEqual(stored.map((r) => r.id).sort(), [...ids].sort());
  const events = await chain();
  assert.deepEqual(
    events.map((e) => e.chain_seq),
    events.map((_, i) => i + 1),
    'gapless',
  );
  const created = events.filter((e) => e.action === 'contact.create').map((e) => e.entity_id);
  assert.deepEqual([...created].sort(), [...ids].sort(), 'one contact.create event per contact');
  // Every retry is answered from the stored response, and nothing more is written.
  const retried = await Promise.all(
    Array.from({ length: 16 }, (_, i) => register(i, i % 4 === 3 ? 'email' : 'in_person')),
  );
  assert.deepEqual(
    retried.map((r) => r.json.id),
    ids,
  );
  assert.equal((await chain()).length, events.length);
  assert.equal((await verifyChain(ctx.db)).ok, true);
});
