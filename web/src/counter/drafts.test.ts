// The counter form's drafts: the outcome follows the channel (DR-25.1.7.3), and a run of similar contacts keeps its
// type and channel when asked to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftOfQueued, EMPTY_DRAFT, nextDraft, withChannel } from './drafts.ts';
import type { Queued } from './outbox.ts';

test('DR-25.1.7.3 a contact turning written awaits its reply; turning spoken it is resolved on the spot by default', () => {
  const email = withChannel(EMPTY_DRAFT, 'email');
  assert.deepEqual([email.channel, email.outcome], ['email', 'awaiting_reply']);
  assert.equal(withChannel(email, 'e_address').outcome, 'awaiting_reply', 'from one written channel to another');
  const phone = withChannel(email, 'phone');
  assert.deepEqual([phone.channel, phone.outcome], ['phone', 'resolved_on_spot']);
  const referred = { ...EMPTY_DRAFT, outcome: 'referred_to_institution' as const };
  assert.equal(withChannel(referred, 'video').outcome, 'referred_to_institution', 'a spoken choice stays');
});

test('after a registration the form is empty, or keeps the type and the channel (with its outcome) when asked', () => {
  const saved = {
    ...withChannel({ ...EMPTY_DRAFT, type: 'question' as const }, 'email'),
    service: { id: 's', identifier: 'PK-1', name: 'X', holderName: 'VID' },
    client: '120190-12342',
    note: 'Piezīme',
  };
  assert.deepEqual(nextDraft(saved, false), EMPTY_DRAFT);
  assert.deepEqual(nextDraft(saved, true), {
    ...EMPTY_DRAFT,
    type: 'question',
    channel: 'email',
    outcome: 'awaiting_reply',
  });
});

test('DR-25.1.7.3 an unsent e-mail contact queued as "resolved on the spot" is corrected as awaiting its reply', () => {
  const body = { type: 'question', channel: 'email', outcome: 'resolved_on_spot' } as Queued['body'];
  assert.equal(draftOfQueued({ body, services: [] } as unknown as Queued).outcome, 'awaiting_reply');
});
