// DR-27.3: the client's written confirmation (and with it the personal data of the record) is kept for three months
// after the e-service was completed, then removed by this scheduled job; the anonymous record stays for statistics
// (centre, service, dates, delivery channel) and the removal is audited.
//
// The date arithmetic, on Riga calendar dates (YYYY-MM-DD strings, so no time zone is involved): "three months
// after" the completion day D ends on the same day number three months later, or on that month's last day when it
// is shorter (Civil Law's month terms). The data are kept through that day and removed from the next Riga day on:
//   completed 15.01.2027. → kept through 15.04.2027., removed from 16.04.2027.
//   completed 30.11.2026. → kept through 28.02.2027., removed from 01.03.2027.
//   completed 30.11.2027. → kept through 29.02.2028. (leap year), removed from 01.03.2028.
//   completed 31.05.2027. → kept through 31.08.2027., removed from 01.09.2027.
// Calendar days, not working days: it is a storage period, not a deadline for someone to act.
import { systemActor } from '../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import type { Deps } from '../platform/deps.ts';
import type { Job } from '../platform/jobs/jobs.ts';
import { addDays, rigaDate } from '../platform/time.ts';
import * as repo from './repository.ts';

export const RETENTION_MONTHS = 3;
const RETENTION_LOCK = 7_431_501;
/** Records handled per run; the rest follow in the next run. */
const BATCH_SIZE = 200;

/** The last day the personal data are kept (DR-27.3). */
export function keptUntil(completedOn: string, months = RETENTION_MONTHS): string {
  const index = Number(completedOn.slice(0, 4)) * 12 + Number(completedOn.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(completedOn.slice(8, 10)), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first Riga day on which the retention job removes them. */
export function removableFrom(completedOn: string): string {
  return addDays(keptUntil(completedOn), 1);
}

export interface RetentionReport {
  removed: number;
  /** Another instance was running the job at the same moment. */
  skipped: boolean;
}

export async function removeExpiredPersonalData(deps: Deps): Promise<RetentionReport> {
  const today = rigaDate(deps.now());
  const context: AuditContext = { actor: systemActor('eservice-retention') };
  return inTransaction(deps.db, async (trx) => {
    if (!(await repo.tryTransactionLock(trx, RETENTION_LOCK))) return { removed: 0, skipped: true };
    // Three months are at least 89 days: nothing completed later than that can be due yet.
    const candidates = await repo.retentionCandidates(trx, addDays(today, -89), BATCH_SIZE);
    let removed = 0;
    for (const c of candidates) {
      // removableFrom grows with the completion day, and the candidates come oldest first.
      if (removableFrom(c.completed_on) > today) break;
      await repo.removePersonalData(trx, c.id, deps.now());
      await recordAudit(trx, context, {
        action: 'authorised_eservice.personal_data_removed',
        entityType: 'authorised_eservice',
        entityId: c.id,
        organisationId: c.municipality_id,
        after: { rule: 'DR-27.3', centreId: c.centre_id, serviceId: c.service_id, completedOn: c.completed_on, keptUntil: keptUntil(c.completed_on), deliveryChannel: c.delivery_channel },
      });
      removed++;
    }
    return { removed, skipped: false };
  });
}

export const eserviceRetentionJob: Job = {
  name: 'eservice-retention',
  everyMs: 60 * 60_000,
  run: async (deps) => {
    await removeExpiredPersonalData(deps);
  },
};
