// SR-12.2 with several instances on one database: the instance writing an import holds a lease on it. At start-up
// (and every minute) an instance marks interrupted only the imports whose lease ran out; one another live instance
// is writing is left alone, and an instance whose import was taken over stops writing it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login } from '../../test/support/http.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { instanceId } from '../platform/instance.ts';
import { failInterruptedImports, interruptedImportsJob, LEASE_MS } from './import-service.ts';
import { failExpiredImports, findImport, insertImport } from './import-repository.ts';
import { serviceContent } from './test-fixtures.ts';
import { jobList } from '../jobs.ts';

let ctx: TestContext;
let ur: string;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  ur = await organisationId(ctx.db, 'UR');
});
after(() => ctx.close());

const newImport = (lease?: { owner: string; until: Date }) =>
  insertImport(
    ctx.db,
    { holder_id: ur, created_by: null, format: 'json', publish: false, total: 10 },
    ctx.clock.now(),
    lease,
  );
const later = (ms: number) => new Date(ctx.clock.now().getTime() + ms);

test('SR-12.2 at start-up an import with a live lease is left to its instance; expired or lease-less ones are marked interrupted', async () => {
  const live = await newImport({ owner: 'host-b:42:abcdef', until: later(30_000) });
  const expired = await newImport({ owner: 'host-c:7:fedcba', until: later(-1) });
  const older = await newImport();
  assert.equal(await failInterruptedImports(ctx.deps), 2);
  const [l, e, o] = await Promise.all([live, expired, older].map(async (id) => (await findImport(ctx.db, id))!));
  assert.equal(l!.status, 'running', 'another instance is still writing it');
  assert.deepEqual(
    [e!.status, e!.failed_count, (e!.errors as { errors: { code: string }[] }[])[0]!.errors[0]!.code],
    ['failed', 10, 'import_interrupted'],
  );
  assert.equal(o!.status, 'failed');

  // The other instance stops renewing: a minute later the job of any live instance recovers the import.
  ctx.clock.advance(31_000);
  await interruptedImportsJob.run(ctx.deps);
  assert.equal((await findImport(ctx.db, live))!.status, 'failed');
  assert.ok(jobList(ctx.deps).includes(interruptedImportsJob));
});

test("SR-12.2 a running import holds its instance's lease, and an instance whose import was taken over stops writing it", async () => {
  const other = await testContext();
  try {
    const admin = await login(other.app, (await buildUser(other, { role: 'org_admin', organisation: 'UR' })).email);
    const holder = await organisationId(other.db, 'UR');
    const services = Array.from({ length: 3000 }, (_, i) => ({
      externalId: `T-${i}`,
      ...serviceContent({ name: { lv: `Pakalpojums T-${i}`, en: `Service T-${i}` } }),
    }));
    const started = await admin.request('POST', '/api/v1/catalogue/imports', { holderId: holder, services });
    assert.equal(started.status, 202, started.body);
    const id: string = started.json.id;
    const first = (await findImport(other.db, id))!;
    assert.equal(first.lease_owner, instanceId);
    const leaseLeft = new Date(first.lease_until!).getTime() - other.clock.now().getTime();
    assert.ok(leaseLeft > 0 && leaseLeft <= LEASE_MS, `lease of ${leaseLeft} ms`);
    while ((await findImport(other.db, id))!.processed === 0) await delay(5);

    // Another instance found the lease run out (this one paused too long, say) and marked the import interrupted.
    await inTransaction(other.db, async (trx) => {
      await trx
        .updateTable('catalogue_imports')
        .set({ lease_until: new Date(0) })
        .where('id', '=', id)
        .execute();
      assert.equal(
        await failExpiredImports(
          trx,
          [{ index: 0, externalId: null, errors: [{ field: '/', code: 'import_interrupted' }] }],
          other.clock.now(),
        ),
        1,
      );
    });
    await other.app.close();
    const row = (await findImport(other.db, id))!;
    assert.equal(row.status, 'failed');
    assert.ok(row.processed > 0 && row.processed < 3000, `${row.processed}`);
    const written = await other.db
      .selectFrom('services')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('external_id', 'like', 'T-%')
      .executeTakeFirstOrThrow();
    assert.equal(Number(written.n), row.processed, 'no chunk written after the takeover');
  } finally {
    await other.database.close();
  }
});
