// Every capability's background jobs, in one list.
import type { Deps } from './platform/deps.ts';
import type { Job } from './platform/jobs/jobs.ts';
import { mailSenderJob } from './platform/mail/sender.ts';
import { obligationRemindersJob } from './obligations/reminders.ts';
import { recurringObligationsJob } from './obligations/recurring.ts';
import { eserviceRetentionJob } from './eservices/retention.ts';
import { linkCheckJob } from './catalogue/link-check.ts';
import { idempotencyCleanupJob } from './contacts/idempotency.ts';

export function jobList(deps: Deps): Job[] {
  return [...(deps.config.smtpUrl ? [mailSenderJob] : []), recurringObligationsJob, obligationRemindersJob, eserviceRetentionJob, idempotencyCleanupJob, ...(deps.config.linkCheck ? [linkCheckJob] : [])];
}
