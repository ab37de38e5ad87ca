// SR-10.6: the shipped COFOG classification — every division and group named in Latvian and English, the tree
// consistent, and the codes the catalogue validates against.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cofogItems, isCofogCode } from './cofog.ts';

test('SR-10.6 every COFOG division and group has a Latvian and an English name', () => {
  const items = cofogItems();
  assert.equal(items.filter((i) => i.level === 'division').length, 10);
  assert.equal(items.length, 79);
  for (const item of items) {
    assert.ok(typeof item.nameLv === 'string' && item.nameLv.trim().length > 2, `${item.code} has no Latvian name`);
    assert.ok(item.nameEn.trim().length > 2, `${item.code} has no English name`);
    assert.notEqual(item.nameLv, item.nameEn, `${item.code}: the Latvian name is the English one`);
  }
  const byCode = new Map(items.map((i) => [i.code, i]));
  assert.equal(byCode.get('01')!.nameLv, 'Vispārējie valdības dienesti');
  assert.equal(byCode.get('10')!.nameLv, 'Sociālā aizsardzība');
  assert.equal(byCode.get('10.4')!.nameLv, 'Atbalsts ģimenēm ar bērniem');
});

test('SR-10.6 the COFOG tree is consistent: groups name an existing division, codes and Eurostat codes agree', () => {
  const items = cofogItems();
  const divisions = new Set(items.filter((i) => i.level === 'division').map((i) => i.code));
  assert.equal(new Set(items.map((i) => i.code)).size, items.length, 'codes are unique');
  for (const item of items) {
    if (item.level === 'division') {
      assert.equal(item.parent, null);
      assert.match(item.code, /^\d\d$/);
    } else {
      assert.ok(item.parent && divisions.has(item.parent), `${item.code} has no division`);
      assert.ok(item.code.startsWith(`${item.parent}.`), `${item.code} is not under ${item.parent}`);
    }
    const [division, group] = item.code.split('.');
    assert.equal(item.eurostatCode, group === undefined ? `GF${division}` : `GF${division}0${group}`);
  }
});

test('SR-10.6 isCofogCode accepts shipped codes only', () => {
  assert.equal(isCofogCode('10.4'), true);
  assert.equal(isCofogCode('01'), true);
  assert.equal(isCofogCode('10.10'), false);
  assert.equal(isCofogCode('11'), false);
  assert.equal(isCofogCode(''), false);
  assert.equal(isCofogCode('GF1004'), false);
});
