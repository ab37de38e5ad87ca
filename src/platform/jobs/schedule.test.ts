// When jobs run (pure): periods to cron schedules or throttled slots, and the next run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextRunAfter, scheduleOf, ScheduleError } from './schedule.ts';
import { failureMessage } from './runs.ts';

const job = (name: string, everyMs: number, cron?: string) => ({ name, everyMs, ...(cron ? { cron } : {}) });

test('a period under a minute is throttled in slots of that many seconds', () => {
  assert.deepEqual(scheduleOf(job('mail-sender', 5_000)), { kind: 'throttled', seconds: 5 });
});

test('minutes dividing an hour and hours dividing a day become cron schedules, started at a minute of their own', () => {
  assert.deepEqual(scheduleOf(job('x', 60_000)), { kind: 'cron', cron: '* * * * *' });
  assert.match((scheduleOf(job('link-check', 5 * 60_000)) as { cron: string }).cron, /^[0-4]-59\/5 \* \* \* \*$/);
  assert.match((scheduleOf(job('retention', 60 * 60_000)) as { cron: string }).cron, /^\d{1,2} \* \* \* \*$/);
  assert.match((scheduleOf(job('daily', 24 * 60 * 60_000)) as { cron: string }).cron, /^\d{1,2} \d{1,2} \* \* \*$/);
  assert.match(
    (scheduleOf(job('six-hourly', 6 * 60 * 60_000)) as { cron: string }).cron,
    /^\d{1,2} [0-5]-23\/6 \* \* \*$/,
  );
  assert.deepEqual(
    scheduleOf(job('retention', 60 * 60_000)),
    scheduleOf(job('retention', 60 * 60_000)),
    'the same on every instance',
  );
  const minutes = new Set(
    ['a-job', 'b-job', 'c-job', 'd-job'].map((n) => (scheduleOf(job(n, 60 * 60_000)) as { cron: string }).cron),
  );
  assert.ok(minutes.size > 1, 'hourly jobs do not all start at the same minute');
});

test('an explicit cron expression wins over the period; a bad one or an unschedulable period fails at start', () => {
  assert.deepEqual(scheduleOf(job('anchor', 60 * 60_000, '15 2 * * *')), { kind: 'cron', cron: '15 2 * * *' });
  assert.throws(() => scheduleOf(job('bad', 60_000, 'every day')), ScheduleError);
  for (const everyMs of [1500, 7 * 60_000, 90 * 60_000, 5 * 60 * 60_000, 0])
    assert.throws(() => scheduleOf(job('odd', everyMs)), ScheduleError, String(everyMs));
});

test('the next run: the next cron time, or the start of the next throttling slot', () => {
  const now = new Date('2026-11-23T10:07:30Z');
  assert.equal(nextRunAfter({ kind: 'cron', cron: '3-59/5 * * * *' }, now).toISOString(), '2026-11-23T10:08:00.000Z');
  assert.equal(nextRunAfter({ kind: 'cron', cron: '12 * * * *' }, now).toISOString(), '2026-11-23T10:12:00.000Z');
  assert.equal(nextRunAfter({ kind: 'throttled', seconds: 5 }, now).toISOString(), '2026-11-23T10:07:35.000Z');
});

test('a failure message loses e-mail addresses, personal codes and URL credentials, and is cut at 500 characters', () => {
  assert.equal(
    failureMessage(new Error('to anna.ozola@pasts.lv:\n 250-12345 and 010190-12345 or 01019012345')),
    'to [e-mail]: 250-12345 and [personal code] or [personal code]',
  );
  assert.equal(
    failureMessage(new Error('connect postgres://vv:slepens@db.example.lv/x failed')),
    'connect postgres://***@db.example.lv/x failed',
  );
  assert.equal(failureMessage(new Error('x'.repeat(900))).length, 500);
  assert.equal(failureMessage('thrown text'), 'thrown text');
  assert.equal(failureMessage({ weird: true }), 'unknown error');
});
