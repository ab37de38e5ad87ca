// The lifecycle table on its own: which step follows which status, the guards, and what each step records.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkingCalendar } from '../platform/calendar/calendar.ts';
import { shippedFacts } from '../platform/calendar/facts.ts';
import {
  CENTRE_ACTIONS,
  CENTRE_STATUSES,
  TRANSITIONS,
  actionsFrom,
  transition,
  type LifecycleState,
  type TransitionInput,
} from './lifecycle.ts';

const calendar = new WorkingCalendar(shippedFacts());
const addMonths = (from: string, months: number) => calendar.addMonths(from, months).due;
const state = (extra: Partial<LifecycleState> = {}): LifecycleState => ({
  status: 'operating',
  kind: 'county',
  openedOn: null,
  liquidationDecidedOn: null,
  liquidationBasis: null,
  closingDeadline: null,
  closedOn: null,
  ...extra,
});
const input = (extra: Partial<TransitionInput> = {}): TransitionInput => ({
  date: '2026-05-28',
  basis: 'Domes lēmums',
  today: '2026-11-23',
  byMaintainer: false,
  ...extra,
});

test('the table: every action names its requirement, and every status but closed has a way on', () => {
  for (const action of CENTRE_ACTIONS) assert.match(TRANSITIONS[action].cites, /^(CR|DR)-/);
  assert.deepEqual(Object.fromEntries(CENTRE_STATUSES.map((s) => [s, actionsFrom(s)])), {
    planned: ['open', 'cancel_plan'],
    operating: ['decide_liquidation'],
    liquidation_decided: ['cancel_liquidation', 'close'],
    closed: [],
  });
});

test('a step from a status it does not follow is refused with 409', () => {
  for (const status of CENTRE_STATUSES) {
    for (const action of CENTRE_ACTIONS) {
      const result = transition(state({ status }), action, input(), addMonths);
      if (actionsFrom(status).includes(action)) continue;
      assert.deepEqual(
        result,
        { ok: false, refusal: { status: 409, field: '/action', code: 'centre_transition_not_allowed' } },
        `${action} from ${status}`,
      );
    }
  }
});

test('DR-12.3 deciding to liquidate records the decision and a deadline six months later, on a working day', () => {
  const result = transition(state(), 'decide_liquidation', input(), addMonths);
  assert.equal(result.ok, true);
  if (!result.ok) return;
  assert.deepEqual(
    [result.next.status, result.next.liquidationDecidedOn, result.next.closingDeadline],
    ['liquidation_decided', '2026-05-28', '2026-11-30'],
  );
  const december = transition(state(), 'decide_liquidation', input({ date: '2026-06-18' }), addMonths);
  assert.equal(december.ok && december.next.closingDeadline, '2026-12-18');
});

test('DR-11 cancelling a liquidation clears the decision; DR-13 only a maintainer records it for a regional centre', () => {
  const decided = state({
    status: 'liquidation_decided',
    liquidationDecidedOn: '2026-05-28',
    liquidationBasis: 'x',
    closingDeadline: '2026-11-30',
  });
  const cancelled = transition(decided, 'cancel_liquidation', input(), addMonths);
  assert.ok(cancelled.ok && cancelled.next.status === 'operating' && cancelled.next.closingDeadline === null);
  const regional = transition(state({ kind: 'regional' }), 'decide_liquidation', input(), addMonths);
  assert.deepEqual(regional, {
    ok: false,
    refusal: { status: 409, field: '/action', code: 'centre_liquidation_by_cabinet' },
  });
  assert.equal(
    transition(state({ kind: 'national' }), 'decide_liquidation', input({ byMaintainer: true }), addMonths).ok,
    true,
  );
});

test('guards: no step in the future, a liquidation needs its basis, a centre does not close before the decision', () => {
  assert.equal(transition(state({ status: 'planned' }), 'open', input({ date: '2026-11-24' }), addMonths).ok, false);
  const noBasis = transition(state(), 'decide_liquidation', input({ basis: null }), addMonths);
  assert.deepEqual(noBasis.ok ? null : noBasis.refusal.field, '/basis');
  const decided = state({
    status: 'liquidation_decided',
    liquidationDecidedOn: '2026-05-28',
    closingDeadline: '2026-11-30',
  });
  const early = transition(decided, 'close', input({ date: '2026-05-27' }), addMonths);
  assert.deepEqual(early.ok ? null : early.refusal.code, 'field_date_order');
  const closed = transition(decided, 'close', input({ date: '2026-11-20' }), addMonths);
  assert.ok(closed.ok && closed.next.closedOn === '2026-11-20');
});
