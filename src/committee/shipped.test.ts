// The committee's shipped data: in demo mode the ministry and the three CR-9 associations as members and one planned
// meeting with its agenda, every invented text labelled "demo"; loading again adds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { loadCommitteeDemo } from './shipped.ts';

let ctx: TestContext;
before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T09:30:00Z');
});
after(() => ctx.close());

test('CR-9 CR-11 demo: the ministry and the three associations as members and a planned meeting, labelled demo, once', async () => {
  await loadCommitteeDemo(ctx.db, ctx.clock.now());
  await loadCommitteeDemo(ctx.db, ctx.clock.now());
  const members = await ctx.db.selectFrom('committee_members').selectAll().execute();
  assert.equal(members.length, 4);
  assert.ok(members.every((m) => /\(demo\)$/.test(m.representative_name) && m.valid_from === '2026-01-01'));
  const meetings = await ctx.db.selectFrom('committee_meetings').selectAll().execute();
  assert.deepEqual(
    meetings.map((m) => [m.status, m.planned_on, m.demo, m.place]),
    [['planned', '2026-12-23', true, 'Ministrijas sēžu zāle (demo)']],
  );
  const items = await ctx.db
    .selectFrom('committee_agenda_items')
    .select(['title', 'subject_kind'])
    .orderBy('position')
    .execute();
  assert.deepEqual(
    items.map((i) => i.subject_kind),
    ['survey_report', 'centres_analysis'],
  );
  assert.ok(items.every((i) => i.title.endsWith('(demo)')));
});
