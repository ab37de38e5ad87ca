// Every capability's background jobs, in one list. Each is a name, a period (or a cron expression) and a function;
// src/platform/jobs/ runs them on pg-boss, once per period across all instances.
import type { Deps, Job } from './db.ts';
import { mailSenderJob } from './platform/mail/sender.ts';
import { obligationRemindersJob, recurringObligationsJob } from './obligations/index.ts';
import { eserviceRetentionJob } from './eservices/index.ts';
import { interruptedImportsJob, linkCheckJob } from './catalogue/index.ts';
import { idempotencyCleanupJob } from './contacts/index.ts';
import { auditAnchorJob } from './platform/audit/anchor.ts';
import { rateLimitCleanupJob } from './platform/http/rate-limit-store.ts';
import { loginFailuresCleanupJob } from './people/index.ts';

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
    loginFailuresCleanupJob,
    ...(deps.config.linkCheck ? [linkCheckJob] : []),
  ];
}
