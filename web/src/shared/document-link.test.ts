// How a document's size and type read in a link: Latvian decimal comma, short type names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatSize, typeLabel } from './DocumentLink.tsx';

test('a document size reads 900 B, 12,3 KB, 4,5 MB in Latvian and 12.3 KB in English', () => {
  assert.equal(formatSize('lv', 900), '900\u00a0B');
  assert.equal(formatSize('lv', 12_595), '12,3\u00a0KB');
  assert.equal(formatSize('en', 12_595), '12.3\u00a0KB');
  assert.equal(formatSize('lv', 4.5 * 1024 * 1024), '4,5\u00a0MB');
});

test('a document type reads by its short name: eDoc for an ASiC-E container, PDF, DOCX', () => {
  assert.equal(typeLabel('application/vnd.etsi.asic-e+zip'), 'eDoc');
  assert.equal(typeLabel('application/pdf'), 'PDF');
  assert.equal(typeLabel('application/vnd.openxmlformats-officedocument.wordprocessingml.document'), 'DOCX');
  assert.equal(typeLabel('text/x-unknown'), 'text/x-unknown');
});
