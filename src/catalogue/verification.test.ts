// SR-11: the holder confirms each description every quarter; unconfirmed ones are flagged, and confirming all of
// a holder's published services fulfils its SR-11 obligation for the quarter.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { auditEvents } from '../people/test-fixtures.ts';
import { generateRecurringObligations } from '../obligations/index.ts';
import { serviceContent } from './test-fixtures.ts';
import { verificationOf } from './verification.ts';

let ctx: TestContext;
let ur: string;
let coordinator: Session;
let admin: Session;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  ur = await organisationId(ctx.db, 'UR');
  coordinator = await login(
    ctx.app,
    (await buildUser(ctx, { role: 'institution_coordinator', organisation: 'UR' })).email,
  );
  admin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin', organisation: 'UR' })).email);
});
after(() => ctx.close());

const obligation = () =>
  ctx.db
    .selectFrom('obligations')
    .selectAll()
    .where('rule_id', '=', 'SR-11')
    .where('organisation_id', '=', ur)
    .where('period', '=', '2026-Q4')
    .executeTakeFirstOrThrow();

async function published(): Promise<string> {
  const { json } = await coordinator.request('POST', '/api/v1/services', { holderId: ur, ...serviceContent() });
  await admin.request('POST', `/api/v1/services/${json.id}/transitions`, { to: 'published' });
  return json.id;
}

test('SR-11 the quarter is Riga time: a confirmation in an earlier quarter does not count', () => {
  assert.deepEqual(verificationOf('2026-09-30', '2026-10-01'), {
    lastVerifiedOn: '2026-09-30',
    currentQuarter: '2026-Q4',
    verified: false,
  });
  assert.equal(verificationOf('2026-10-01', '2026-12-31').verified, true);
  assert.equal(verificationOf(null, '2026-12-31').verified, false);
});

test("SR-11 a service not verified this quarter is flagged; verifying all fulfils the holder's obligation", async () => {
  await generateRecurringObligations(ctx.deps);
  assert.equal((await obligation()).status, 'open');
  const first = await published();
  const second = await published();
  const shown = await coordinator.request('GET', `/api/v1/services/${first}`);
  assert.deepEqual(shown.json.verification, { lastVerifiedOn: null, currentQuarter: '2026-Q4', verified: false });
  const one = await coordinator.request('POST', `/api/v1/services/${first}/verify`);
  assert.equal(one.status, 200, one.body);
  assert.deepEqual(one.json.verification, { lastVerifiedOn: '2026-11-23', currentQuarter: '2026-Q4', verified: true });
  assert.equal((await obligation()).status, 'open', 'one service is still unverified');
  await coordinator.request('POST', `/api/v1/services/${second}/verify`);
  const done = await obligation();
  assert.deepEqual([done.status, done.fulfilled_on], ['fulfilled_on_time', '2026-11-23']);
  assert.equal((await auditEvents(ctx.db, 'service.verify', second)).length, 1);
});

test('SR-11 a holder without an open obligation (a municipality) verifies without error; others 404', async () => {
  const balviAdmin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin' })).email);
  const balvi = await organisationId(ctx.db, 'Balvu novads');
  const { json } = await balviAdmin.request('POST', '/api/v1/services', { holderId: balvi, ...serviceContent() });
  await balviAdmin.request('POST', `/api/v1/services/${json.id}/transitions`, { to: 'published' });
  const res = await balviAdmin.request('POST', `/api/v1/services/${json.id}/verify`);
  assert.equal(res.status, 200, res.body);
  assert.equal((await coordinator.request('POST', `/api/v1/services/${json.id}/verify`)).status, 404);
});
