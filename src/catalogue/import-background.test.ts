// The catalogue import (SR-12.2) in the background: chunks with progress, and imports that a stopped or shutting
// down process left running.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { testContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login } from '../../test/support/http.ts';
import { failInterruptedImports } from './import-service.ts';
import { insertImport, findImport } from './import-repository.ts';
import { createApp } from '../app.ts';
import { asAdmin, ctx, finished, records, setup, ur, URL_ } from './test-imports.ts';

before(setup);
after(() => ctx.close());

test('SR-12 a large push runs in chunks: progress reaches the total, one audit event per chunk', async () => {
  const started = await asAdmin('POST', URL_, { holderId: ur, services: records('L', 1100) });
  assert.equal(started.json.total, 1100);
  const seen = new Set<number>();
  let done: { status: string; processed: number; created: number } | undefined;
  for (;;) {
    const res = await asAdmin('GET', `${URL_}/${started.json.id}`);
    seen.add(res.json.processed);
    if (res.json.status !== 'running') {
      done = res.json;
      break;
    }
    await delay(5);
  }
  assert.deepEqual([done?.status, done?.processed, done?.created], ['done', 1100, 1100]);
  assert.ok(
    [...seen].every((p) => [0, 500, 1000, 1100].includes(p)),
    `progress moves by chunks: ${[...seen]}`,
  );
  const events = await ctx.db
    .selectFrom('audit_events')
    .select('after')
    .where('action', '=', 'service.import')
    .where('entity_id', '=', started.json.id)
    .execute();
  assert.deepEqual(
    events.map((e) => (e.after as { created: unknown[] }).created.length),
    [500, 500, 100],
  );
  const identifiers = (
    await ctx.db.selectFrom('services').select('identifier').where('external_id', 'like', 'L-%').execute()
  ).map((s) => s.identifier);
  assert.equal(new Set(identifiers).size, 1100, 'SR-9 each its own identifier');
});

test('SR-12 imports a stopped process left running are marked failed (interrupted) at start-up', async () => {
  const id = await insertImport(
    ctx.db,
    { holder_id: ur, created_by: null, format: 'json', publish: false, total: 10 },
    new Date(),
  );
  assert.ok((await failInterruptedImports(ctx.deps)) >= 1);
  const row = (await findImport(ctx.db, id))!;
  assert.deepEqual([row.status, row.failed_count], ['failed', 10]);
  const res = await asAdmin('GET', `${URL_}/${id}`);
  assert.equal(res.json.errors[0].errors[0].code, 'import_interrupted');
  assert.ok(res.json.errors[0].errors[0].message);
});

test('SR-12 a shutdown mid-import lets the current chunk finish and marks the import interrupted; a re-push completes it', async () => {
  const other = await testContext();
  try {
    const email = (await buildUser(other, { role: 'org_admin', organisation: 'UR' })).email;
    const admin = await login(other.app, email);
    const holder = await organisationId(other.db, 'UR');
    const body = { holderId: holder, services: records('Z', 3000) };
    const started = await admin.request('POST', URL_, body);
    assert.equal(started.status, 202, started.body);
    while ((await admin.request('GET', `${URL_}/${started.json.id}`)).json.processed === 0) await delay(5);
    await other.app.close();
    const row = (await findImport(other.db, started.json.id))!;
    assert.equal(row.status, 'failed');
    assert.ok(
      row.processed > 0 && row.processed < 3000 && row.processed % 500 === 0,
      `whole chunks only: ${row.processed}`,
    );
    assert.equal(row.failed_count, 3000 - row.processed);
    assert.equal((row.errors as { errors: { code: string }[] }[])[0]!.errors[0]!.code, 'import_interrupted');
    const written = await other.db
      .selectFrom('services')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('external_id', 'like', 'Z-%')
      .executeTakeFirstOrThrow();
    assert.equal(Number(written.n), row.processed, 'the chunks written stay written');
    // The next start: the same push again registers the rest and leaves the written ones alone.
    const restarted = await createApp(other.deps, { serveWeb: false });
    try {
      const again = await login(restarted, email);
      const done = await finished(await again.request('POST', URL_, body), (method, url) => again.request(method, url));
      assert.deepEqual([done.status, done.created, done.unchanged], ['done', 3000 - row.processed, row.processed]);
    } finally {
      await restarted.close();
    }
  } finally {
    await other.database.close();
  }
});
