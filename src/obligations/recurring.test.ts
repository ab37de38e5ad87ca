// Recurring duties generated for everybody who owes them, on a real database, as the clock moves through a year.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildMunicipality } from '../people/test-fixtures.ts';
import { generateRecurringObligations } from './recurring.ts';

let ctx: TestContext;
before(async () => {
  ctx = await testContext();
});
after(() => ctx.close());

const rows = (ruleId: string, period: string) =>
  ctx.db
    .selectFrom('obligations')
    .innerJoin('organisations', 'organisations.id', 'obligations.organisation_id')
    .select([
      'obligations.id',
      'organisations.short_name',
      'organisations.kind',
      'obligations.centre_id',
      'obligations.subject_type',
      'obligations.start_date',
      'obligations.due_date',
    ])
    .where('rule_id', '=', ruleId)
    .where('period', '=', period)
    .execute();

const centreCount = async () =>
  Number(
    (
      await ctx.db
        .selectFrom('centres')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const kinds = async (...of: string[]) =>
  (
    await ctx.db
      .selectFrom('organisations')
      .select('short_name')
      .where('kind', 'in', of as never)
      .execute()
  )
    .map((o) => o.short_name)
    .sort();

test('SR-11 each holder owes a verification every quarter, due on the quarter’s last working day', async () => {
  ctx.clock.set('2026-11-23T08:00:00Z');
  const report = await generateRecurringObligations(ctx.deps);
  assert.ok(report.opened > 0 && !report.skipped);
  const q4 = await rows('SR-11', '2026-Q4');
  assert.deepEqual(q4.map((r) => r.short_name).sort(), await kinds('institution', 'holder'));
  assert.ok(
    q4.every((r) => r.start_date === '2026-10-01' && r.due_date === '2026-12-30' && r.subject_type === 'organisation'),
  );
  assert.equal(
    (await rows('SR-11', '2026-Q3')).length,
    0,
    'the last quarter’s deadline passed before the system saw it',
  );

  ctx.clock.set('2027-01-04T08:00:00Z');
  await generateRecurringObligations(ctx.deps);
  const q1 = await rows('SR-11', '2027-Q1');
  assert.equal(q1.length, q4.length, 'the next quarter opens for each of them');
  assert.ok(q1.every((r) => r.due_date === '2027-03-31'));
});

test('CR-18.1 yearly training, CR-11 two committee meetings, DR-16 the basket review, CR-17.16 each centre’s survey, SR-24 each holder’s measurement', async () => {
  ctx.clock.set('2026-11-23T08:00:00Z');
  await generateRecurringObligations(ctx.deps);
  assert.deepEqual(
    (await rows('CR-18.1', '2026')).map((r) => r.short_name).sort(),
    await kinds('institution', 'holder'),
  );
  const meetings = [...(await rows('CR-11', '2026/1')), ...(await rows('CR-11', '2026/2'))];
  assert.deepEqual(
    meetings.map((r) => [r.short_name, r.due_date]),
    [
      ['VARAM', '2026-12-30'],
      ['VARAM', '2026-12-30'],
    ],
  );
  assert.deepEqual(
    (await rows('DR-16', '2026')).map((r) => r.short_name),
    ['VARAM'],
  );
  const surveys = await rows('CR-17.16', '2026-2028');
  assert.equal(surveys.length, await centreCount(), 'one per centre');
  const balvi = surveys.find((r) => r.short_name === 'Balvu novads');
  assert.ok(balvi?.centre_id && balvi.subject_type === 'centre');
  assert.ok(surveys.every((r) => r.due_date === '2028-12-29'));
  assert.deepEqual(
    (await rows('SR-24', '2026-2028')).map((r) => r.short_name).sort(),
    await kinds('institution', 'holder'),
  );
});

test('SR-22 SR-23 indicators and evaluation for 2025 open when the year is over and are due by 1 April 2026', async () => {
  ctx.clock.set('2025-12-30T08:00:00Z');
  await generateRecurringObligations(ctx.deps);
  assert.equal((await rows('SR-22', '2025')).length, 0, 'the reporting year is not over');
  ctx.clock.set('2026-01-05T08:00:00Z');
  await generateRecurringObligations(ctx.deps);
  for (const rule of ['SR-22', 'SR-23']) {
    const found = await rows(rule, '2025');
    assert.deepEqual(found.map((r) => r.short_name).sort(), await kinds('institution', 'holder'), rule);
    assert.ok(
      found.every((r) => r.start_date === '2026-01-01' && r.due_date === '2026-04-01'),
      rule,
    );
  }
  // A system first started after 1 April 2025 does not invent the 2024 indicators as overdue.
  assert.equal((await rows('SR-22', '2024')).length, 0);
});

test('a new municipality’s centre owes its survey from the next run; generating again opens nothing twice', async () => {
  ctx.clock.set('2026-11-23T08:00:00Z');
  const other = await buildMunicipality(ctx.db);
  const first = await generateRecurringObligations(ctx.deps);
  assert.equal(first.opened, 1, 'only the new centre’s CR-17.16');
  assert.equal((await rows('CR-17.16', '2026-2028')).length, await centreCount());
  const before = await ctx.db
    .selectFrom('obligations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const again = await generateRecurringObligations(ctx.deps);
  const concurrent = await Promise.all([
    generateRecurringObligations(ctx.deps),
    generateRecurringObligations(ctx.deps),
  ]);
  assert.deepEqual([again.opened, ...concurrent.map((r) => r.opened)], [0, 0, 0]);
  const afterwards = await ctx.db
    .selectFrom('obligations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  assert.equal(Number(afterwards.n), Number(before.n));
  const events = await ctx.db
    .selectFrom('audit_events')
    .select('entity_id')
    .where('action', '=', 'obligation.open')
    .execute();
  assert.equal(new Set(events.map((e) => e.entity_id)).size, events.length, 'one obligation.open event per obligation');
  assert.ok(other.centreId);
});

test('SR-11 a quarter seen first after its last working day is still opened, and is overdue', async () => {
  const fresh = await testContext();
  try {
    // 31 December 2026 is a public holiday; the quarter's last working day was 30 December.
    fresh.clock.set('2026-12-31T10:00:00Z');
    await generateRecurringObligations(fresh.deps);
    const q4 = await fresh.db
      .selectFrom('obligations')
      .select(['due_date', 'status'])
      .where('rule_id', '=', 'SR-11')
      .where('period', '=', '2026-Q4')
      .execute();
    assert.ok(q4.length > 0, 'the current quarter is opened');
    assert.ok(q4.every((o) => o.due_date === '2026-12-30' && o.status === 'open'));
    // An earlier quarter that ended before the system saw it is not invented.
    const q3 = await fresh.db
      .selectFrom('obligations')
      .select('id')
      .where('rule_id', '=', 'SR-11')
      .where('period', '=', '2026-Q3')
      .execute();
    assert.equal(q3.length, 0);
  } finally {
    await fresh.close();
  }
});
