import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, endOfRigaDay, isIsoDate, rigaDate, startOfRigaDay } from './time.ts';

test('"today" is the Riga date whatever the server zone: 21:30 UTC on 30 June is already 1 July in Riga', () => {
  assert.equal(rigaDate(new Date('2026-06-30T21:30:00Z')), '2026-07-01');
  assert.equal(rigaDate(new Date('2026-12-31T21:59:59Z')), '2026-12-31');
  assert.equal(rigaDate(new Date('2026-12-31T22:00:00Z')), '2027-01-01');
});

test('a Riga day starts at 22:00 UTC in winter and 21:00 UTC in summer, also on the days the clocks change', () => {
  assert.equal(startOfRigaDay('2026-01-15').toISOString(), '2026-01-14T22:00:00.000Z');
  assert.equal(startOfRigaDay('2026-07-15').toISOString(), '2026-07-14T21:00:00.000Z');
  // 29 March 2026: clocks go forward at 03:00, the day has 23 hours.
  assert.equal(endOfRigaDay('2026-03-29').getTime() - startOfRigaDay('2026-03-29').getTime(), 23 * 3_600_000);
  // 25 October 2026: clocks go back at 04:00, the day has 25 hours.
  assert.equal(endOfRigaDay('2026-10-25').getTime() - startOfRigaDay('2026-10-25').getTime(), 25 * 3_600_000);
});

test('date helpers reject impossible dates and add days across month and year ends', () => {
  assert.equal(isIsoDate('2026-02-29'), false);
  assert.equal(isIsoDate('2028-02-29'), true);
  assert.equal(isIsoDate('2026-13-01'), false);
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  assert.equal(addDays('2026-03-01', -1), '2026-02-28');
});
