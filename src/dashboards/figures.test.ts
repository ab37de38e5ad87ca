// The dashboards' pure arithmetic: buckets by month and ISO week, the previous period of the same length.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bucketOf, bucketsOf, previousPeriod, seriesOf, totalsOf } from './figures.ts';

test('BV-4.4 the previous period is as long as the one asked and ends the day before it starts', () => {
  assert.deepEqual(previousPeriod('2026-03-01', '2026-04-30'), { from: '2025-12-30', to: '2026-02-28' });
  assert.deepEqual(previousPeriod('2026-01-01', '2026-12-31'), { from: '2025-01-01', to: '2025-12-31' });
  assert.deepEqual(previousPeriod('2026-11-23', '2026-11-23'), { from: '2026-11-22', to: '2026-11-22' });
});

test('BV-4.4 buckets: the 1st of the month, the Monday of the ISO week, every bucket of the period in order', () => {
  assert.equal(bucketOf('2026-03-31', 'month'), '2026-03-01');
  assert.equal(bucketOf('2026-11-29', 'week'), '2026-11-23', 'a Sunday belongs to the week of the Monday before');
  assert.equal(bucketOf('2026-11-23', 'week'), '2026-11-23');
  assert.deepEqual(bucketsOf('2025-11-15', '2026-02-01', 'month'), [
    '2025-11-01',
    '2025-12-01',
    '2026-01-01',
    '2026-02-01',
  ]);
  assert.deepEqual(bucketsOf('2026-11-25', '2026-12-07', 'week'), ['2026-11-23', '2026-11-30', '2026-12-07']);
});

test('BV-4.4 series and totals add the day counts: applications and e-services by type, delayed and complaints apart', () => {
  const days = [
    { day: '2026-03-02', type: 'information', channel: 'in_person', n: 3, delayed: 0 },
    { day: '2026-03-20', type: 'application_accepted', channel: 'email', n: 2, delayed: 1 },
    { day: '2026-05-04', type: 'eservice_filed_on_behalf', channel: 'in_person', n: 1, delayed: 0 },
  ];
  const complaints = [{ day: '2026-05-05', n: 4 }];
  assert.deepEqual(totalsOf(days, complaints), {
    contacts: 6,
    applications: 2,
    eservicesFiled: 1,
    delayed: 1,
    complaints: 4,
  });
  assert.deepEqual(
    seriesOf(days, complaints, '2026-03-01', '2026-05-31', 'month').map((r) => [r.period, r.contacts, r.complaints]),
    [
      ['2026-03-01', 5, 0],
      ['2026-04-01', 0, 0],
      ['2026-05-01', 1, 4],
    ],
  );
});
