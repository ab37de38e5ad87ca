// The UI's formats: Latvian dates with the trailing dot, Riga time whatever the machine's zone, Latvian order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  fold,
  formatDate,
  formatDateTime,
  formatEur,
  formatKm,
  formatLastDay,
  formatNumber,
  formatScore,
  rigaToday,
  sortByName,
} from './format.ts';

test('a calendar date reads 23.11.2026. and is never shifted by a time zone', () => {
  assert.equal(formatDate('2026-11-23'), '23.11.2026.');
  assert.equal(formatDate('2026-01-01'), '01.01.2026.');
  assert.equal(formatDate(null), '');
});

test('an instant reads in Riga time, summer (UTC+3) and winter (UTC+2)', () => {
  assert.equal(formatDateTime('2026-11-23T12:05:00Z'), '23.11.2026. 14:05');
  assert.equal(formatDateTime('2026-06-30T21:01:00Z'), '01.07.2026. 00:01');
  assert.equal(formatDate('2026-06-30T21:01:00Z'), '01.07.2026.');
  assert.equal(rigaToday(new Date('2026-06-30T21:01:00Z')), '2026-07-01');
});

test('an exclusive end instant shows its last day', () => {
  assert.equal(formatLastDay('2027-06-30T21:00:00.000Z'), '30.06.2027.');
});

test('names sort by the Latvian alphabet', () => {
  const names = ['Zane', 'Čakste', 'Ēriks', 'Cīrulis', 'Egle', 'Šmits', 'Sproģis'];
  assert.deepEqual(
    sortByName(names, (n) => n),
    ['Cīrulis', 'Čakste', 'Egle', 'Ēriks', 'Sproģis', 'Šmits', 'Zane'],
  );
});

test('numbers read with the decimal comma in Latvian and the point in English', () => {
  assert.equal(formatNumber('lv', 3.44, 1), '3,4');
  assert.equal(formatNumber('en', 3.44, 1), '3.4');
  assert.equal(formatKm(3.44, 'lv'), '3,4');
  assert.equal(formatKm(123.6, 'en'), '124');
  assert.equal(formatEur('lv', 14.23), '14,23\u00a0€');
  assert.equal(formatEur('en', 14.23), '€14.23');
  assert.equal(formatScore('lv', 91.5), '91,5');
  assert.equal(formatScore('en', 91), '91');
});

test('hours and schedules read in one format per language: 43,5 in Latvian, 43.5 in English', () => {
  // A centre's weekly hours (the compliance table) and a job's schedule in hours are fractions too.
  assert.equal(formatNumber('lv', 43.5, 2), '43,5');
  assert.equal(formatNumber('en', 43.5, 2), '43.5');
  assert.equal(formatNumber('lv', 42.25, 2), '42,25');
  assert.equal(formatNumber('lv', 40, 2), '40');
  assert.equal(formatNumber('lv', 1 / 3, 2), '0,33');
  assert.equal(formatScore('lv', 43.5), formatNumber('lv', 43.5, 1), 'scores and hours agree');
});

test('a search folds diacritics and case away', () => {
  assert.equal(fold('Cēsu Ūdens Ķekava'), 'cesu udens kekava');
});
