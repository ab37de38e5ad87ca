// DR-27.3: the client's written confirmation (and with it the personal data of the record) is kept for three months
// after the e-service was completed, then removed by this scheduled job; the anonymous record stays for statistics
// (centre, service, dates, delivery channel) and the removal is audited.
//
// The term comes from the obligations rule registry (the DR-27.3 entry, which says why it is read this way), so the
// job and the DR-27.3 obligation end on the same day. On Riga calendar dates (YYYY-MM-DD strings, so no time zone
// is involved): "three months after" the completion day D ends on the same day number three months later, or on
// that month's last day when it is shorter, even on a day off. The data are kept through that day and removed from
// the next Riga day on:
//   completed 15.01.2027. → kept through 15.04.2027., removed from 16.04.2027.
//   completed 30.11.2026. → kept through 28.02.2027., removed from 01.03.2027.
//   completed 30.11.2027. → kept through 29.02.2028. (leap year), removed from 01.03.2028.
//   completed 31.05.2027. → kept through 31.08.2027., removed from 01.09.2027.
// Calendar days, not working days: it is a storage period, not a deadline for someone to act.
//
// A workflow that is never completed would otherwise keep the client's data for ever (storage limitation). So a
// CANCELLED one (src/eservices/cancel.ts) follows the same schedule, counted from the cancellation day instead of
// the completion day: by then the client may already have signed the written authorisation and confirmed the data
// (AM-1.5 22.1³, 22.1⁵), so the written confirmation is kept like a completed one's, no shorter, no longer. And a
// workflow with no step for ABANDONED_AFTER_DAYS calendar days (counted from its last step, or its start) is treated
// as abandoned: this job cancels it (system actor, reason "abandoned", audited), and it then follows the schedule:
//   last step 15.01.2027. → abandoned and cancelled on 14.02.2027., kept through 14.05.2027., removed 15.05.2027.
// The cancellation's free-text reason is cleared with the personal data (it may name the client).
import { systemActor } from '../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import type { Deps, Job } from '../db.ts';
import { addDays, rigaDate, startOfRigaDay } from '../platform/time.ts';
import { storagePeriodEnd } from '../obligations/lookups.ts';
import * as repo from './repository.ts';

/** The registry's rule for how long the client's written confirmation (and personal data) are kept. */
export const RETENTION_RULE = 'DR-27.3';

/** An open workflow with no step for this many calendar days is cancelled as abandoned. */
export const ABANDONED_AFTER_DAYS = 30;
/** The reason the job records when it cancels an abandoned workflow. */
export const ABANDONED_REASON = 'abandoned';
const RETENTION_LOCK = 7_431_501;
/** Records handled per run; the rest follow in the next run. */
const BATCH_SIZE = 200;

/** The last day the personal data are kept (DR-27.3), from the completion (or cancellation) day. */
export function keptUntil(completedOn: string): string {
  return storagePeriodEnd(RETENTION_RULE, completedOn);
}

/** The first Riga day on which the retention job removes them. */
export function removableFrom(completedOn: string): string {
  return addDays(keptUntil(completedOn), 1);
}

/** The latest closing day whose data may be removed by `today` (removableFrom never decreases with the day). */
function lastRemovableClosing(today: string): string {
  let day = today;
  while (removableFrom(day) > today) day = addDays(day, -1);
  return day;
}

export interface RetentionReport {
  removed: number;
  /** Workflows cancelled as abandoned in this run. */
  abandoned: number;
  /** Another instance was running the job at the same moment. */
  skipped: boolean;
}

export async function removeExpiredPersonalData(deps: Deps): Promise<RetentionReport> {
  const now = deps.now();
  const today = rigaDate(now);
  const context: AuditContext = { actor: systemActor('eservice-retention') };
  return inTransaction(deps.db, async (trx) => {
    if (!(await repo.tryTransactionLock(trx, RETENTION_LOCK))) return { removed: 0, abandoned: 0, skipped: true };
    // Abandoned: the last activity's Riga day is ABANDONED_AFTER_DAYS or more before today.
    const idle = await repo.abandonedCandidates(
      trx,
      startOfRigaDay(addDays(today, -(ABANDONED_AFTER_DAYS - 1))),
      BATCH_SIZE,
    );
    for (const c of idle) {
      await repo.cancelEservice(
        trx,
        c.id,
        { cancelled_on: today, cancelled_by: null, cancel_reason: ABANDONED_REASON },
        now,
      );
      await recordAudit(trx, context, {
        action: 'authorised_eservice.cancelled',
        entityType: 'authorised_eservice',
        entityId: c.id,
        organisationId: c.municipality_id,
        after: {
          rule: 'DR-27.3',
          reason: ABANDONED_REASON,
          idleDays: ABANDONED_AFTER_DAYS,
          lastActivityOn: rigaDate(new Date(c.last_activity)),
          cancelledOn: today,
          keptUntil: keptUntil(today),
          removableFrom: removableFrom(today),
        },
      });
    }
    const candidates = await repo.retentionCandidates(trx, lastRemovableClosing(today), BATCH_SIZE);
    let removed = 0;
    for (const c of candidates) {
      // removableFrom grows with the closing day, and the candidates come oldest first.
      if (removableFrom(c.closed_on) > today) break;
      await repo.removePersonalData(trx, c.id, now);
      const closed = c.status === 'cancelled' ? { cancelledOn: c.closed_on } : { completedOn: c.closed_on };
      await recordAudit(trx, context, {
        action: 'authorised_eservice.personal_data_removed',
        entityType: 'authorised_eservice',
        entityId: c.id,
        organisationId: c.municipality_id,
        after: {
          rule: 'DR-27.3',
          centreId: c.centre_id,
          serviceId: c.service_id,
          ...closed,
          keptUntil: keptUntil(c.closed_on),
          deliveryChannel: c.delivery_channel,
        },
      });
      removed++;
    }
    return { removed, abandoned: idle.length, skipped: false };
  });
}

export const eserviceRetentionJob: Job = {
  name: 'eservice-retention',
  everyMs: 60 * 60_000,
  run: async (deps) => {
    await removeExpiredPersonalData(deps);
  },
};
