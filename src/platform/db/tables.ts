import type { Selectable } from 'kysely';
import type { PlatformTables } from './tables.generated.ts';

// Tables owned by the platform mechanisms (audit trail, mail outbox, rate limits, jobs, calendar).
export const ownTables = [
  'audit_events',
  'audit_chain_heads',
  'audit_anchor_runs',
  'audit_anchors',
  'mail_outbox',
  'rate_limit_hits',
  'job_status',
  'job_failures',
  'calendar_transfers',
  'calendar_holidays',
  'calendar_confirmed_years',
] as const;

// Row and value types of these tables, derived from the generated ones (the SQL is the truth).
/** An audit event as stored. */
export type AuditEventRow = Selectable<PlatformTables['audit_events']>;
/** A message of the mail outbox. */
export type MailMessage = Selectable<PlatformTables['mail_outbox']>;
export type MailStatus = MailMessage['status'];
export type JobRunState = Selectable<PlatformTables['job_status']>['last_state'];
