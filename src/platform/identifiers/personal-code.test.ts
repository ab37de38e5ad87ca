// The personal code as ../shared/reference/identifiers.md describes it: old codes with a birth date and a check
// digit, new ones (from 1 July 2017) starting with 32…39 without one; masked by default.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatPersonalCode, isValidPersonalCode, maskPersonalCode, normalisePersonalCode } from './personal-code.ts';

test('DR-27.1 valid personal codes: a real birth date, the century digit and the check digit; new codes 32… without one', () => {
  for (const code of ['120190-12342', '12019012342', '010190-10001', '311299-12345', '32123456789', '399999-99999'])
    assert.ok(isValidPersonalCode(code), code);
});

test('DR-27.1 invalid personal codes: wrong check digit, impossible date or century, wrong shape', () => {
  // 290200-1…: 29 February 1900 (not a leap year); 310490: 31 April; 301390: month 13; 120190-3…: century digit 3.
  for (const code of [
    '120190-12343',
    '290200-12340',
    '310490-12349',
    '120190-32342',
    '301390-12341',
    '12019-012342',
    '1201901234',
    '120190 1234x',
    '',
    '31-0190-12345',
  ]) {
    assert.ok(!isValidPersonalCode(code), code);
  }
});

test('personal codes are stored without the hyphen, shown masked (120190-1****), and in full only when asked for', () => {
  assert.equal(normalisePersonalCode(' 120190-12342 '), '12019012342');
  assert.equal(normalisePersonalCode('120190 12342'), '12019012342');
  assert.equal(normalisePersonalCode('1201-9012342'), undefined);
  assert.equal(maskPersonalCode('12019012342'), '120190-1****');
  assert.equal(formatPersonalCode('12019012342'), '120190-12342');
});
