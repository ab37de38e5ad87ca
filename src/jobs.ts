// Every capability's background jobs, in one list. Each is a name, a period (or a cron expression) and a function;
// src/platform/jobs/ runs them on pg-boss, once per period across all instances.
import type { Deps } from './platform/deps.ts';
import type { Job } from './platform/jobs/jobs.ts';
import { mailSenderJob } from './platform/mail/sender.ts';
import { obligationRemindersJob } from './obligations/reminders.ts';
import { recurringObligationsJob } from './obligations/recurring.ts';
import { eserviceRetentionJob } from './eservices/retention.ts';
import { linkCheckJob } from './catalogue/link-check.ts';
import { idempotencyCleanupJob } from './contacts/idempotency.ts';
import { auditAnchorJob } from './platform/audit/anchor.ts';
import { interruptedImportsJob } from './catalogue/import-service.ts';
import { rateLimitCleanupJob } from './platform/http/rate-limit-store.ts';

export function jobList(deps: Deps): Job[] {
  return [
    ...(deps.config.smtpUrl ? [mailSenderJob] : []),
    recurringObligationsJob,
    obligationRemindersJob,
    eserviceRetentionJob,
    idempotencyCleanupJob,
    auditAnchorJob,
    interruptedImportsJob,
    rateLimitCleanupJob,
    ...(deps.config.linkCheck ? [linkCheckJob] : []),
  ];
}
