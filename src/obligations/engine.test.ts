// The engine other capabilities call, on a real database: opening computes the due date on the owner's calendar
// with the rule version in force, idempotently and audited; fulfilling decides on time or late; cancelling; and the
// checks that name the wrong field.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, firstCentreId, organisationId } from '../../test/support/factories.ts';
import { buildObligation, cancelAs, fulfilAs, obligationEvents, openAs } from '../../test/support/obligations.ts';
import type { Actor } from '../platform/access/actor.ts';
import { ValidationError } from '../platform/errors.ts';
import type { ExplanationOut } from './presenters.ts';

let ctx: TestContext;
let vid: string;
let balvi: string;
let balviCentre: string;
before(async () => {
  ctx = await testContext();
  vid = await organisationId(ctx.db, 'VID');
  balvi = await organisationId(ctx.db, 'Balvu novads');
  balviCentre = await firstCentreId(ctx.db, balvi);
});
after(() => ctx.close());

/** The field named by a ValidationError, for assert.rejects. */
const naming = (field: string, code: string) => (error: unknown) => {
  assert.ok(error instanceof ValidationError, String(error));
  assert.deepEqual(
    error.fields.map((f) => [f.field, f.code]),
    [[field, code]],
  );
  return true;
};

test('DR-20.2 opening computes the due date with its reasons on the owner’s calendar and writes obligation.open', async () => {
  const { row } = await buildObligation(ctx.deps, {
    ruleId: 'DR-20.2',
    organisation: 'VRAA',
    startDate: '2025-11-14',
    subjectType: 'access_application',
  });
  assert.equal(row.due_date, '2025-11-21');
  assert.equal(row.status, 'open');
  assert.equal(row.rule_version, 1);
  const explanation = row.explanation as ExplanationOut;
  assert.equal(explanation.ruleId, 'DR-20.2');
  assert.equal(explanation.startEvent, 'access_application_received');
  assert.deepEqual(
    explanation.skipped.map((s) => s.date),
    ['2025-11-17', '2025-11-18'],
  );
  const events = await obligationEvents(ctx.db, 'obligation.open', row.id);
  assert.equal(events.length, 1);
  assert.equal((events[0]!.after as { dueDate: string }).dueDate, '2025-11-21');
});

test('opening twice (the same rule, owner, subject) returns the same obligation and writes one event', async () => {
  const { row, owner, subject } = await buildObligation(ctx.deps, {
    ruleId: 'DR-22.2',
    organisation: 'VID',
    startDate: '2026-11-23',
  });
  const again = await openAs(ctx.deps, { ruleId: 'DR-22.2', owner, subject, startDate: '2026-11-23' });
  const concurrently = await Promise.all(
    [1, 2, 3].map(() => openAs(ctx.deps, { ruleId: 'DR-22.2', owner, subject, startDate: '2026-11-23' })),
  );
  assert.deepEqual([again.id, ...concurrently.map((o) => o.id)], [row.id, row.id, row.id, row.id]);
  assert.equal((await obligationEvents(ctx.db, 'obligation.open', row.id)).length, 1);
  const rows = await ctx.db.selectFrom('obligations').select('id').where('subject_id', '=', subject.id).execute();
  assert.equal(rows.length, 1);
});

test('DR-21.2 a municipality that opted out of Cabinet transfers counts 2025-11-17 as a working day', async () => {
  const start = '2025-11-14';
  const withTransfers = await buildObligation(ctx.deps, {
    ruleId: 'DR-21.2',
    organisation: 'Balvu novads',
    startDate: start,
  });
  assert.equal(withTransfers.row.due_date, '2025-12-02');
  await ctx.db.updateTable('organisations').set({ follows_cabinet_transfers: false }).where('id', '=', balvi).execute();
  try {
    const optedOut = await buildObligation(ctx.deps, {
      ruleId: 'DR-21.2',
      organisation: 'Balvu novads',
      startDate: start,
    });
    assert.equal(optedOut.row.due_date, '2025-12-01');
  } finally {
    await ctx.db
      .updateTable('organisations')
      .set({ follows_cabinet_transfers: true })
      .where('id', '=', balvi)
      .execute();
  }
});

test('CR-19.1 fulfilled on the due date is on time, the day after is late; fulfilling again changes nothing', async () => {
  const user = await buildUser(ctx, { role: 'institution_coordinator' });
  const actor: Actor = {
    kind: 'user',
    userId: user.id,
    tokenId: null,
    label: 'Test',
    organisationId: vid,
    grants: [],
    sessionHash: null,
  };
  const onTime = await buildObligation(ctx.deps, {
    ruleId: 'CR-19.1',
    organisation: 'VID',
    startDate: '2025-11-24',
    subjectType: 'presence_notice',
  });
  assert.equal(onTime.row.due_date, '2025-11-13');
  const done = await fulfilAs(ctx.deps, { ruleId: 'CR-19.1', subject: onTime.subject, on: '2025-11-13' }, actor);
  assert.deepEqual([done.status, done.fulfilled_on, done.fulfilled_by], ['fulfilled_on_time', '2025-11-13', user.id]);
  const again = await fulfilAs(ctx.deps, { ruleId: 'CR-19.1', subject: onTime.subject, on: '2025-11-20' });
  assert.deepEqual([again.id, again.status, again.fulfilled_on], [done.id, 'fulfilled_on_time', '2025-11-13']);
  const events = await obligationEvents(ctx.db, 'obligation.fulfil', done.id);
  assert.equal(events.length, 1);
  assert.deepEqual(
    [(events[0]!.before as { status: string }).status, (events[0]!.after as { status: string }).status],
    ['open', 'fulfilled_on_time'],
  );

  const late = await buildObligation(ctx.deps, {
    ruleId: 'CR-19.1',
    organisation: 'VID',
    startDate: '2025-11-24',
    subjectType: 'presence_notice',
  });
  assert.equal(
    (await fulfilAs(ctx.deps, { ruleId: 'CR-19.1', subject: late.subject, on: '2025-11-14' })).status,
    'fulfilled_late',
  );
  await assert.rejects(
    fulfilAs(ctx.deps, { ruleId: 'CR-19.1', subject: { type: 'presence_notice', id: 'nobody' }, on: '2025-11-14' }),
    { kind: 'not_found' },
  );
});

test('cancelling gives a reason and is audited; a cancelled obligation cannot be fulfilled', async () => {
  const { row, subject } = await buildObligation(ctx.deps, {
    ruleId: 'CR-19.2',
    organisation: 'VSAA',
    startDate: '2026-12-07',
    subjectType: 'presence_notice',
  });
  await assert.rejects(
    cancelAs(ctx.deps, { ruleId: 'CR-19.2', subject, reason: '  ' }),
    naming('/reason', 'field_required'),
  );
  const [cancelled] = await cancelAs(ctx.deps, { ruleId: 'CR-19.2', subject, reason: 'Izmaiņas atsauktas' });
  assert.deepEqual(
    [cancelled?.id, cancelled?.status, cancelled?.cancelled_reason],
    [row.id, 'cancelled', 'Izmaiņas atsauktas'],
  );
  assert.equal((await obligationEvents(ctx.db, 'obligation.cancel', row.id)).length, 1);
  await assert.rejects(fulfilAs(ctx.deps, { ruleId: 'CR-19.2', subject, on: '2026-11-30' }), { kind: 'not_found' });
});

test('DR-27.3 the confirmation may not be destroyed before its retention ends; afterwards the duty is done', async () => {
  const { row, subject } = await buildObligation(ctx.deps, {
    ruleId: 'DR-27.3',
    organisation: 'Balvu novads',
    centreId: balviCentre,
    startDate: '2025-11-30',
    subjectType: 'contact',
  });
  // The same last day as the e-services' retention job: Saturday 28.02.2026 (no 30th), not moved to Monday.
  assert.equal(row.due_date, '2026-02-28');
  await assert.rejects(
    fulfilAs(ctx.deps, { ruleId: 'DR-27.3', subject, on: '2026-02-28' }),
    naming('/on', 'obligation_retention_not_over'),
  );
  assert.equal(
    (await fulfilAs(ctx.deps, { ruleId: 'DR-27.3', subject, on: '2026-03-01' })).status,
    'fulfilled_on_time',
  );
});

test('the engine refuses what does not fit, naming the field: rule, date, version, owner, centre, period, subject', async () => {
  const owner = { organisationId: vid };
  const subject = { type: 'proposal' as const, id: 'x' };
  const open = (input: Partial<Parameters<typeof openAs>[1]>) =>
    openAs(ctx.deps, { ruleId: 'DR-22.2', owner, subject, startDate: '2026-11-23', ...input });
  await assert.rejects(open({ ruleId: 'CR-99' }), naming('/ruleId', 'obligation_rule_unknown'));
  await assert.rejects(open({ startDate: '2026-02-30' }), naming('/startDate', 'field_format'));
  await assert.rejects(open({ startDate: '2017-06-30' }), naming('/startDate', 'obligation_rule_not_in_force'));
  await assert.rejects(open({ startDate: '2100-12-28' }), naming('/startDate', 'obligation_date_out_of_range'));
  await assert.rejects(open({ ruleId: 'DR-21.2' }), naming('/owner/organisationId', 'obligation_owner_kind'));
  await assert.rejects(
    open({ owner: { organisationId: '00000000-0000-4000-8000-000000000000' } }),
    naming('/owner/organisationId', 'organisation_unknown'),
  );
  await assert.rejects(
    open({ ruleId: 'DR-25.1.7.3', owner: { organisationId: balvi } }),
    naming('/owner/centreId', 'centre_required'),
  );
  await assert.rejects(
    open({ owner: { organisationId: vid, centreId: balviCentre } }),
    naming('/owner/centreId', 'centre_not_in_organisation'),
  );
  await assert.rejects(open({ period: '2026' }), naming('/period', 'obligation_period_invalid'));
  await assert.rejects(
    open({ ruleId: 'SR-11', period: '2026-Q5', startDate: '2026-10-01' }),
    naming('/period', 'obligation_period_invalid'),
  );
  await assert.rejects(
    open({ ruleId: 'SR-11', period: '2026-Q4', startDate: '2026-10-02' }),
    naming('/startDate', 'field_invalid'),
  );
  await assert.rejects(
    open({ subject: { type: 'Bad Type' as 'proposal', id: 'x' } }),
    naming('/subject/type', 'field_pattern'),
  );
  // A type without a describer in the registry (subjects.ts) would reach the dashboards unnamed.
  await assert.rejects(
    open({ subject: { type: 'unnamed_record' as 'proposal', id: 'x' } }),
    naming('/subject/type', 'obligation_subject_unknown'),
  );
  const none = await ctx.db.selectFrom('obligations').select('id').where('subject_id', '=', 'x').execute();
  assert.equal(none.length, 0, 'nothing was written');
});
