// Reminders by e-mail: REMINDER_WORKING_DAYS working days before an obligation's due date (on its owner's
// calendar), and on the day it becomes overdue. Safe with several app instances: each run takes an advisory lock
// in its transaction (a second instance finding it taken skips the run), and the unique (obligation, kind) key of
// obligation_reminders is what the mail depends on — only the run whose insert succeeds queues the e-mail, so a
// reminder is never sent twice. The mail goes through the outbox in the same transaction.
import { systemActor } from '../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { calendarFor } from '../organisations/lookups.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import type { Deps, Job } from '../db.ts';
import { enqueueMail } from '../platform/mail/outbox.ts';
import { addDays, rigaDate } from '../platform/time.ts';
import { workingDaysBefore } from './deadline.ts';
import { reminderMail } from './reminder-mail.ts';
import * as reminders from './reminders-repository.ts';
import { tryTransactionLock } from './repository.ts';
import { RETENTION_RULE_IDS, ruleById } from './rules.ts';
import { nameSubjects, subjectKey } from './subjects.ts';

const REMINDER_LOCK = 7_431_102;
/** Obligations handled per run: a short run keeps the interval meaningful; the rest follow in the next run. */
const BATCH_SIZE = 200;

export interface ReminderReport {
  sent: number;
  /** Due a reminder, but nobody to send it to (no admin, no centre head, no organisation e-mail): tried again later. */
  withoutRecipient: number;
  /** Another instance was sending reminders at the same moment. */
  skipped: boolean;
}

export async function sendObligationReminders(deps: Deps): Promise<ReminderReport> {
  const today = rigaDate(deps.now());
  const days = deps.config.reminderWorkingDays;
  const context: AuditContext = { actor: systemActor('obligation-reminders') };
  return inTransaction(deps.db, async (trx) => {
    if (!(await tryTransactionLock(trx, REMINDER_LOCK))) return { sent: 0, withoutRecipient: 0, skipped: true };
    const report: ReminderReport = { sent: 0, withoutRecipient: 0, skipped: false };
    // Wide enough for N working days plus the longest run of days off (Christmas to New Year).
    const horizon = addDays(today, days * 2 + 21);
    const candidates = await reminders.reminderCandidates(trx, {
      today,
      horizon,
      retentionRuleIds: RETENTION_RULE_IDS,
      limit: BATCH_SIZE,
    });
    const names = await nameSubjects(trx, candidates);
    for (const o of candidates) {
      const rule = ruleById(o.rule_id);
      if (!rule) continue;
      let kind: reminders.ReminderKind = 'overdue';
      if (o.due_date >= today) {
        const calendar = await calendarFor(deps, o.organisation_id, trx);
        if (today < workingDaysBefore(calendar, o.due_date, days)) continue;
        kind = 'before_due';
      }
      let to = await reminders.responsibleEmails(trx, {
        organisationId: o.organisation_id,
        centreId: o.centre_id,
        today,
      });
      if (to.length === 0 && o.organisation_email) to = [o.organisation_email];
      if (to.length === 0) {
        report.withoutRecipient++;
        continue;
      }
      if (!(await reminders.recordReminder(trx, { obligationId: o.id, kind, recipients: to.length, now: deps.now() })))
        continue;
      const mail = reminderMail(
        kind,
        o,
        rule,
        deps.config.publicUrl,
        names.get(subjectKey(o.subject_type, o.subject_id)),
      );
      for (const address of to) await enqueueMail(trx, { to: address, ...mail });
      await recordAudit(trx, context, {
        action: 'obligation.remind',
        entityType: 'obligation',
        entityId: o.id,
        organisationId: o.organisation_id,
        after: { kind, ruleId: o.rule_id, dueDate: o.due_date, recipients: to },
      });
      report.sent++;
    }
    return report;
  });
}

export const obligationRemindersJob: Job = {
  name: 'obligation-reminders',
  everyMs: 15 * 60_000,
  run: async (deps) => {
    await sendObligationReminders(deps);
  },
};
