// The demo's officers: a national and a regional demo centre with officers, an absence and a substitution around the
// day the demo starts, loaded once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { loadDemoData } from '../seed/index.ts';
import { loadPresenceDemo } from './index.ts';

let ctx: TestContext;
before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-24T08:00:00Z');
  await loadDemoData(ctx.db);
});
after(() => ctx.close());

test('CR-19.3 CR-19.4 the demo shows an absence at the regional and a substitution at the national demo centre today, loaded once', async () => {
  assert.equal(await loadPresenceDemo(ctx.deps), 6);
  assert.equal(await loadPresenceDemo(ctx.deps), 0, 'a second start adds nothing');
  const centres = await ctx.db
    .selectFrom('centres')
    .select(['id', 'name'])
    .where('name', 'like', '%demonstrācija%')
    .execute();
  const madona = centres.find((c) => c.name.startsWith('Madonas'))!;
  const valmiera = centres.find((c) => c.name.startsWith('Valmieras'))!;
  // Thursday 26.11: VSAA receives at Madona on Thursdays, and its officer is absent.
  const m = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/public/centres/${madona.id}/receiving?from=2026-11-26&days=1`,
  });
  assert.equal(m.statusCode, 200, m.body);
  assert.ok(m.json().entries.some((e: { status: string }) => e.status === 'absent'));
  const v = await ctx.app.inject({ method: 'GET', url: `/api/v1/public/centres/${valmiera.id}/receiving?days=1` });
  assert.ok(
    v
      .json()
      .entries.some(
        (e: { status: string; substitute: { surname: string } | null }) =>
          e.status === 'substituted' && /demonstrācija/.test(e.substitute?.surname ?? ''),
      ),
  );
});
