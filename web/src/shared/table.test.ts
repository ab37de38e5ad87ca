// The shared table's sorting and CSV file: Latvian alphabetical order, empty values last, a file Excel reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvFileName, nextSort, sortRows, toCsv } from './table.ts';

test('text sorts by the Latvian alphabet, both ways, with empty values last', () => {
  const names = ['Zane', 'Čakste', null, 'Ēriks', 'Cīrulis', '', 'Egle', 'Šmits'];
  assert.deepEqual(
    sortRows(names, (n) => n, 'ascending'),
    ['Cīrulis', 'Čakste', 'Egle', 'Ēriks', 'Šmits', 'Zane', null, ''],
  );
  assert.deepEqual(
    sortRows(names, (n) => n, 'descending'),
    ['Zane', 'Šmits', 'Ēriks', 'Egle', 'Čakste', 'Cīrulis', null, ''],
  );
});

test('numbers sort by value, numbers inside text too, and equal rows keep their order', () => {
  assert.deepEqual(
    sortRows([10, 9, 100], (n) => n, 'ascending'),
    [9, 10, 100],
  );
  assert.deepEqual(
    sortRows(['Nr. 10', 'Nr. 2'], (n) => n, 'ascending'),
    ['Nr. 2', 'Nr. 10'],
  );
  const rows = [
    { id: 'a', day: '2026-11-23' },
    { id: 'b', day: '2026-01-05' },
    { id: 'c', day: '2026-11-23' },
  ];
  assert.deepEqual(
    sortRows(rows, (r) => r.day, 'descending').map((r) => r.id),
    ['a', 'c', 'b'],
  );
});

test('a header pressed again turns the order round; another header starts ascending', () => {
  assert.deepEqual(nextSort(null, 'due'), { key: 'due', direction: 'ascending' });
  assert.deepEqual(nextSort({ key: 'due', direction: 'ascending' }, 'due'), { key: 'due', direction: 'descending' });
  assert.deepEqual(nextSort({ key: 'due', direction: 'descending' }, 'due'), { key: 'due', direction: 'ascending' });
  assert.deepEqual(nextSort({ key: 'due', direction: 'descending' }, 'rule'), { key: 'rule', direction: 'ascending' });
});

test('the CSV file starts with a byte order mark, separates by semicolons and quotes what needs it', () => {
  const csv = toCsv(
    ['Vārds', 'Summa', 'Piezīme'],
    [
      ['Čakste', 14.5, 'a; b'],
      ['Ēriks "Jr"', null, 'rinda\njauna'],
    ],
  );
  assert.ok(csv.startsWith('\uFEFF'), 'BOM: Excel reads UTF-8');
  assert.equal(csv.slice(1), 'Vārds;Summa;Piezīme\r\nČakste;14,5;"a; b"\r\n"Ēriks ""Jr""";;"rinda\njauna"\r\n');
});

test('a text that a spreadsheet would run as a formula stays text; negative numbers stay numbers', () => {
  assert.equal(toCsv(['x'], [['=1+1'], ['@SUM(A1)'], [-3]]).slice(1), "x\r\n'=1+1\r\n'@SUM(A1)\r\n-3\r\n");
});

test('the file is named after the list and the day', () => {
  assert.equal(csvFileName('obligations', '2026-11-23'), 'obligations-2026-11-23.csv');
});
