// Reading If-Match (RFC 9110 §13.1.1): which versions a write names, and which headers are refused and how.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../errors.ts';
import { etagOf, ifMatch } from './etag.ts';
import { statusOfKind } from './problem.ts';

const request = (value?: string) =>
  ({ headers: value === undefined ? {} : { 'if-match': value } }) as unknown as FastifyRequest;
const refusal = (value?: string) => {
  try {
    ifMatch(request(value));
  } catch (error) {
    assert.ok(error instanceof DomainError);
    return [statusOfKind[error.kind], error.code, error.fields[0]?.field, error.fields[0]?.in];
  }
  assert.fail(`${value} was accepted`);
};

test('a version is a strong ETag, the number in quotes', () => {
  assert.equal(etagOf(3), '"3"');
});

test('If-Match names versions: one, weak (a compressing proxy weakens tags), or a list; commas may sit inside a tag', () => {
  assert.deepEqual(ifMatch(request('"3"')), [3]);
  assert.deepEqual(ifMatch(request('W/"3"')), [3]);
  assert.deepEqual(ifMatch(request(' "3" ,W/"12"')), [3, 12]);
  assert.deepEqual(ifMatch(request('"a,b", "7"')), [7]);
});

test('a tag that is not a version (another server, 0, a leading zero) names nothing, which matches no row: 412 later', () => {
  for (const value of ['"abc"', '"0"', '"03"', '"1234567890"', '""'])
    assert.deepEqual(ifMatch(request(value)), [], value);
});

test('no If-Match, an empty one or * is 428 naming the header: * would overwrite a change never seen', () => {
  for (const value of [undefined, '', '  ', '*'])
    assert.deepEqual(refusal(value), [428, 'if_match_required', '/if-match', 'header']);
});

test('a header that is not a list of entity tags is 400 naming it', () => {
  for (const value of ['3', '"3', '"3" "4"', '"3",,x', 'W/3', "'3'"])
    assert.deepEqual(refusal(value), [400, 'validation_failed', '/if-match', 'header'], value);
});
