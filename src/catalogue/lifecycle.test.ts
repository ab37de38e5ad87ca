// The service lifecycle table on its own: draft → published → withdrawn, with its guards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SERVICE_STATUSES, SERVICE_TARGETS, TRANSITIONS, targetsFrom, transition } from './lifecycle.ts';

test('SR-5 the table: every step names its requirement; publishing needs a draft; only a published service is withdrawn', () => {
  for (const to of SERVICE_TARGETS) assert.match(TRANSITIONS[to].cites, /^SR-/);
  assert.deepEqual(Object.fromEntries(SERVICE_STATUSES.map((s) => [s, targetsFrom({ status: s, hasDraft: true })])), {
    draft: ['published'],
    published: ['published', 'withdrawn'],
    withdrawn: ['published'],
  });
  assert.deepEqual(transition({ status: 'published', hasDraft: false }, 'published'), {
    ok: false,
    refusal: { kind: 'conflict', field: '/to', code: 'service_no_draft' },
  });
  assert.deepEqual(transition({ status: 'draft', hasDraft: true }, 'withdrawn'), {
    ok: false,
    refusal: { kind: 'conflict', field: '/to', code: 'service_transition_not_allowed' },
  });
});

test('CR-16 a service of the minimal basket cannot be withdrawn by its holder: refused by the rule, whatever its state', () => {
  const state = { status: 'published' as const, hasDraft: true, inBasket: true };
  assert.deepEqual(transition(state, 'withdrawn'), {
    ok: false,
    refusal: { kind: 'refused_by_rule', field: '/to', code: 'service_in_minimal_basket' },
  });
  assert.deepEqual(targetsFrom(state), ['published'], 'the UI does not offer withdrawing');
  assert.deepEqual(transition({ ...state, inBasket: false }, 'withdrawn'), { ok: true, next: 'withdrawn' });
});
