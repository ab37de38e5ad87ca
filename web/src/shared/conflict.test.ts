// Re-applying one's changes over another person's (after a 412): field by field, lists whole, nothing of theirs lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { differences, reapply, same, shown } from './conflict.ts';

const base = {
  name: { lv: 'Pakalpojums', en: 'Service' },
  phone: '+371 1',
  fees: [{ amount: 1 }],
  website: null as string | null,
};

test('re-applying keeps the fields the other person changed and puts back the ones the user changed', () => {
  const theirs = { ...base, phone: '+371 2', name: { lv: 'Pakalpojums', en: 'A service' } };
  const mine = { ...base, name: { lv: 'Jauns nosaukums', en: 'Service' }, website: 'https://x.lv' };
  assert.deepEqual(reapply(base, theirs, mine), {
    name: { lv: 'Jauns nosaukums', en: 'A service' },
    phone: '+371 2',
    fees: [{ amount: 1 }],
    website: 'https://x.lv',
  });
});

test('where both changed one field the user’s value wins (they saw the other one in the table); a list is one value', () => {
  const theirs = { ...base, fees: [{ amount: 1 }, { amount: 2 }], phone: '+371 2' };
  const mine = { ...base, fees: [{ amount: 3 }], phone: '+371 3' };
  assert.deepEqual(reapply(base, theirs, mine), { ...base, fees: [{ amount: 3 }], phone: '+371 3' });
});

test('a user who changed nothing takes the other version as it is, fields it added or removed included', () => {
  const theirs = { name: base.name, added: true };
  assert.deepEqual(reapply(base, theirs, { ...base }), theirs);
  const removedByMe = reapply(base, base, { name: base.name, fees: base.fees, website: null });
  assert.equal('phone' in removedByMe, false);
});

test('the differences name each field either side changed, with both values', () => {
  const theirs = { ...base, phone: '+371 2' };
  const mine = { ...base, name: { lv: 'Cits', en: 'Service' }, phone: '+371 2' };
  assert.deepEqual(differences(base, theirs, mine), [
    { pointer: '/name/lv', theirs: 'Pakalpojums', mine: 'Cits', theirsChanged: false, mineChanged: true },
    { pointer: '/phone', theirs: '+371 2', mine: '+371 2', theirsChanged: true, mineChanged: true },
  ]);
  assert.deepEqual(differences(base, base, base), []);
});

test('values compare regardless of key order; they read as words', () => {
  assert.ok(same({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 }));
  assert.ok(!same([1, 2], [2, 1]));
  const words = { yes: 'Jā', no: 'Nē' };
  assert.equal(
    shown(
      [
        { label: { lv: 'Nodeva' }, amount: 14.23 },
        { label: { lv: 'Cita' }, amount: null },
      ],
      words,
    ),
    'Nodeva · 14.23; Cita',
  );
  assert.deepEqual([shown(true, words), shown(null, words), shown('', words), shown([], words)], ['Jā', '—', '—', '—']);
});
