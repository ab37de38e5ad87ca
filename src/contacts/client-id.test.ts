// The client's identifiers (identifiers.md): personal codes old and new, registration numbers, masking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseClient } from './client-id.ts';
import { maskPersonalCode, normalisePersonalCode, personalCodeProblem } from '../platform/identifiers/personal-code.ts';
import { personalCode } from './test-fixtures.ts';

test('CR-17.1 an old-form personal code checks its birth date, century and check digit', () => {
  const valid = personalCode('120190', 1, '234');
  assert.match(valid, /^120190-1234\d$/);
  assert.equal(personalCodeProblem(normalisePersonalCode(valid)!), undefined);
  const last = Number(valid.at(-1));
  const wrongDigit = `${valid.replace('-', '').slice(0, 10)}${(last + 1) % 10}`;
  assert.equal(personalCodeProblem(wrongDigit), 'checksum');
  assert.equal(
    personalCodeProblem(normalisePersonalCode(personalCode('300290', 1, '234'))!),
    'birth_date',
    '30 February',
  );
  assert.equal(
    personalCodeProblem(normalisePersonalCode(personalCode('010190', 3 as 0, '234'))!),
    'birth_date',
    'century digit 3 is not a century',
  );
  assert.equal(
    personalCodeProblem(normalisePersonalCode(personalCode('010717', 2, '234'))!),
    'birth_date',
    'old-form codes were issued until 30.06.2017',
  );
  assert.equal(
    personalCodeProblem(normalisePersonalCode(personalCode('290200', 2, '001'))!),
    undefined,
    '29.02.2000 existed',
  );
});

test('CR-17.1 a new-form personal code (from 1 July 2017) starts 32…39 and has no check digit to enforce', () => {
  assert.equal(personalCodeProblem('32123456789'), undefined);
  assert.equal(personalCodeProblem('39000000000'), undefined);
  assert.equal(personalCodeProblem('40123456789'), 'format');
  assert.equal(personalCodeProblem('00000000000'), 'birth_date');
});

test('a personal code is typed with or without its hyphen and shown masked as 120190-1****', () => {
  assert.equal(normalisePersonalCode(' 120190-12345 '), '12019012345');
  assert.equal(normalisePersonalCode('12019012345'), '12019012345');
  assert.equal(normalisePersonalCode('1201901234'), undefined);
  assert.equal(normalisePersonalCode('120190_12345'), undefined);
  assert.equal(maskPersonalCode('12019012345'), '120190-1****');
});

test('CR-17.1 a client is a natural person by personal code or a legal person by registration number, naming the bad field', () => {
  const code = personalCode('120190', 1, '234');
  assert.deepEqual(parseClient({ personalCode: code }).client, { kind: 'natural_person', code: code.replace('-', '') });
  assert.deepEqual(parseClient({ regNo: '40003521600' }).client, { kind: 'legal_person', code: '40003521600' });
  const wrong = `${code.slice(0, 11)}${(Number(code.at(-1)) + 1) % 10}`;
  assert.deepEqual(
    parseClient({ personalCode: wrong }).issues.map((i) => [i.field, i.code]),
    [['/client/personalCode', 'personal_code_checksum']],
  );
  assert.deepEqual(
    parseClient({ personalCode: '12-34' }).issues.map((i) => [i.field, i.code]),
    [['/client/personalCode', 'personal_code_format']],
  );
  assert.deepEqual(
    parseClient({ regNo: '40003521601' }).issues.map((i) => [i.field, i.code]),
    [['/client/regNo', 'field_reg_no_checksum']],
  );
  assert.deepEqual(
    parseClient({ regNo: '4000352160' }).issues.map((i) => [i.field, i.code]),
    [['/client/regNo', 'field_pattern']],
  );
  assert.deepEqual(
    parseClient({ personalCode: code, regNo: '40003521600' }).issues.map((i) => [i.field, i.code]),
    [['/client/regNo', 'contact_client_one_identifier']],
  );
  assert.deepEqual(
    parseClient({}).issues.map((i) => [i.field, i.code]),
    [['/client', 'contact_client_identifier_required']],
  );
});
