// The composition root's list of background jobs (src/jobs.ts): every job of this release can be scheduled, and the
// mail sender is scheduled only when there is an SMTP server to send to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jobList } from '../../src/jobs.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { scheduleOf } from '../../src/platform/jobs/schedule.ts';
import { mailSenderJob } from '../../src/platform/mail/sender.ts';

test('every job of this release has a schedule', () => {
  const config = loadConfig({ NODE_ENV: 'test', SMTP_URL: 'smtp://localhost:2525', LINK_CHECK: 'on' });
  for (const j of jobList({ config } as never)) assert.doesNotThrow(() => scheduleOf(j), j.name);
});

test('without SMTP_URL the mail sender job is not scheduled', () => {
  const withSmtp = loadConfig({ NODE_ENV: 'test', SMTP_URL: 'smtp://127.0.0.1:2525' });
  const noSmtp = { ...withSmtp, smtpUrl: undefined };
  assert.ok(!jobList({ config: noSmtp } as never).includes(mailSenderJob));
  assert.ok(jobList({ config: withSmtp } as never).includes(mailSenderJob));
});
