// The lifecycle table on its own: which step follows which status, the guards, and what each step records.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkingCalendar } from '../platform/calendar/calendar.ts';
import { shippedFacts } from '../platform/calendar/facts.ts';
import { previewOn } from '../obligations/lookups.ts';
import {
  CENTRE_ACTIONS,
  CENTRE_STATUSES,
  TRANSITIONS,
  actionsFrom,
  closingDeadline,
  transition,
  type LifecycleState,
  type TransitionInput,
} from './lifecycle.ts';

const calendar = new WorkingCalendar(shippedFacts());
const deadline = (decidedOn: string) => closingDeadline(calendar, decidedOn);
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
      const result = transition(state({ status }), action, input(), deadline);
      if (actionsFrom(status).includes(action)) continue;
      assert.deepEqual(
        result,
        { ok: false, refusal: { kind: 'conflict', field: '/action', code: 'centre_transition_not_allowed' } },
        `${action} from ${status}`,
      );
    }
  }
});

test('DR-12.3 deciding to liquidate records the decision and a deadline six months later, on a working day', () => {
  const result = transition(state(), 'decide_liquidation', input(), deadline);
  assert.equal(result.ok, true);
  if (!result.ok) return;
  assert.deepEqual(
    [result.next.status, result.next.liquidationDecidedOn, result.next.closingDeadline],
    ['liquidation_decided', '2026-05-28', '2026-11-30'],
  );
  const december = transition(state(), 'decide_liquidation', input({ date: '2026-06-18' }), deadline);
  assert.equal(december.ok && december.next.closingDeadline, '2026-12-18');
});

test('DR-11 cancelling a liquidation clears the decision; DR-13 only a maintainer records it for a regional centre', () => {
  const decided = state({
    status: 'liquidation_decided',
    liquidationDecidedOn: '2026-05-28',
    liquidationBasis: 'x',
    closingDeadline: '2026-11-30',
  });
  const cancelled = transition(decided, 'cancel_liquidation', input(), deadline);
  assert.ok(cancelled.ok && cancelled.next.status === 'operating' && cancelled.next.closingDeadline === null);
  const regional = transition(state({ kind: 'regional' }), 'decide_liquidation', input(), deadline);
  assert.deepEqual(regional, {
    ok: false,
    refusal: { kind: 'conflict', field: '/action', code: 'centre_liquidation_by_cabinet' },
  });
  assert.equal(
    transition(state({ kind: 'national' }), 'decide_liquidation', input({ byMaintainer: true }), deadline).ok,
    true,
  );
});

test('guards: no step in the future, a liquidation needs its basis, a centre does not close before the decision', () => {
  assert.equal(transition(state({ status: 'planned' }), 'open', input({ date: '2026-11-24' }), deadline).ok, false);
  const noBasis = transition(state(), 'decide_liquidation', input({ basis: null }), deadline);
  assert.deepEqual(noBasis.ok ? null : noBasis.refusal.field, '/basis');
  const decided = state({
    status: 'liquidation_decided',
    liquidationDecidedOn: '2026-05-28',
    closingDeadline: '2026-11-30',
  });
  const early = transition(decided, 'close', input({ date: '2026-05-27' }), deadline);
  assert.deepEqual(early.ok ? null : early.refusal.code, 'field_date_order');
  const closed = transition(decided, 'close', input({ date: '2026-11-20' }), deadline);
  assert.ok(closed.ok && closed.next.closedOn === '2026-11-20');
});

test('DR-12.3 the closing deadline is the registry’s: six months to the corresponding date (or the month’s last day), moved off a day off', () => {
  const cases: [string, string][] = [
    ['2026-05-28', '2026-11-30'], // Saturday 28.11.2026 → Monday
    ['2026-08-31', '2027-03-01'], // no 31.02: Sunday 28.02.2027 → Monday 01.03.2027
    ['2027-08-31', '2028-02-29'], // leap year: Tuesday 29.02.2028
    ['2026-06-30', '2026-12-30'],
  ];
  for (const [decided, due] of cases) {
    const result = transition(state(), 'decide_liquidation', input({ date: decided, today: decided }), deadline);
    assert.equal(result.ok && result.next.closingDeadline, due, decided);
    assert.equal(previewOn(calendar, { ruleId: 'DR-12.3', start: decided })?.due, due, `registry, ${decided}`);
  }
});
