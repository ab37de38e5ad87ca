// The feedback form's own check: every problem at once, in words; the kind is a choice to make, not a default.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../api/errors.ts';
import { feedbackLv } from './messages.lv.ts';
import { inWords, registerProblems } from './check.ts';

const w = feedbackLv.feedback.check;
const empty = { kind: '', centreId: '', name: '', replyChannel: 'email', replyAddress: '', text: ' ' };

test('an empty form names every field at once, the kind first', () => {
  assert.deepEqual(
    registerProblems(empty, w).map((p) => [p.field, p.message]),
    [
      ['/kind', w.kind],
      ['/centreId', w.centre],
      ['/submitter/name', w.required],
      ['/submitter/replyAddress', w.required],
      ['/text', w.required],
    ],
  );
});

test('a wrong e-mail address is said in words, not as a format token; a filled form has no problems', () => {
  const filled = { ...empty, kind: 'complaint', centreId: 'c', name: 'Jānis', text: 'Teksts' };
  assert.deepEqual(
    registerProblems({ ...filled, replyAddress: 'nav-epasts' }, w).map((p) => p.message),
    [w.email],
  );
  assert.deepEqual(registerProblems({ ...filled, replyAddress: 'janis@example.lv' }, w), []);
  assert.deepEqual(registerProblems({ ...filled, replyChannel: 'in_person' }, w), []);
  const api = new ApiError(400, 'validation_failed', 'Kļūda', [
    { field: '/submitter/replyAddress', code: 'field_format', message: 'Nepareizs formāts (email).' },
  ]);
  assert.equal((inWords(api, w) as ApiError).errors[0]!.message, w.email);
});
