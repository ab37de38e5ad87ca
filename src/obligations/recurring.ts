// Recurring duties (SR-11 every quarter, CR-18.1 and DR-16 every year, CR-11 twice a year, CR-17.16 and SR-24
// every three years, SR-22 and SR-23 by 1 April) opened for every organisation or centre that owes them, for the
// current period. Run at start-up and then hourly; idempotent, so several runs and several app instances agree.
// A period that ended, with its deadline passed, before the system first saw it is not opened: nobody can know
// whether that duty was done, and an obligation the system cannot judge would only be noise on the dashboards.
// The current period is always opened, even in its last days after the deadline: then it is simply overdue.
import { systemActor } from '../platform/access/actor.ts';
import type { AuditContext } from '../platform/audit/audit.ts';
import { calendarFor, type OrganisationKind } from '../organisations/index.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import type { Deps, Job, Tx } from '../db.ts';
import { rigaDate } from '../platform/time.ts';
import { computeDeadline } from './deadline.ts';
import { openObligation, type Owner, type Subject } from './engine.ts';
import { clockStart, periodsContaining, previousPeriods, type Period } from './periods.ts';
import * as repo from './repository.ts';
import type { ObligationRule, Recurrence } from './rule-model.ts';
import { versionOn } from './rule-model.ts';
import { RECURRING_RULES } from './rules.ts';

/** Advisory lock key: one generator at a time across app instances (another one finding it taken skips its run). */
const GENERATOR_LOCK = 7_431_101;

const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  'ministry',
  'maintainer',
  'institution',
  'holder',
  'municipality',
];

interface Debtor {
  owner: Owner;
  subject: Subject;
}

/** Everyone who owes a recurring rule: organisations of its kinds, and every centre for a centre's duty. */
async function debtorsOf(trx: Tx, rule: ObligationRule): Promise<Debtor[]> {
  const kinds = ORGANISATION_KINDS.filter((k) => (rule.owedBy as readonly string[]).includes(k));
  const organisations = await repo.organisationsOfKinds(trx, kinds);
  const debtors: Debtor[] = organisations.map((o) => ({
    owner: { organisationId: o.id },
    subject: { type: 'organisation', id: o.id },
  }));
  if (rule.owedBy.includes('centre')) {
    for (const c of await repo.allCentres(trx)) {
      debtors.push({
        owner: { organisationId: c.municipality_id, centreId: c.id },
        subject: { type: 'centre', id: c.id },
      });
    }
  }
  return debtors;
}

/** Periods whose clock has started by `today`: the current ones, and the previous ones (SR-22's year just ended). */
export function startedPeriods(recurrence: Recurrence, today: string): Period[] {
  return [...previousPeriods(recurrence, today), ...periodsContaining(recurrence, today)].filter(
    (p) => clockStart(recurrence, p) <= today,
  );
}

export interface GenerateReport {
  opened: number;
  /** Another instance was generating at the same moment. */
  skipped: boolean;
}

/** Opens the current recurring obligations of everybody who owes them; `today` is a Riga date. */
export async function generateRecurringObligations(
  deps: Deps,
  today: string = rigaDate(deps.now()),
): Promise<GenerateReport> {
  const context: AuditContext = { actor: systemActor('obligations') };
  return inTransaction(deps.db, async (trx) => {
    if (!(await repo.tryTransactionLock(trx, GENERATOR_LOCK))) return { opened: 0, skipped: true };
    let opened = 0;
    for (const rule of RECURRING_RULES) {
      const recurrence = rule.recurrence!;
      const periods = startedPeriods(recurrence, today).filter(
        (p) => versionOn(rule, clockStart(recurrence, p)) !== undefined,
      );
      if (periods.length === 0) continue;
      for (const debtor of await debtorsOf(trx, rule)) {
        for (const period of periods) {
          const startDate = clockStart(recurrence, period);
          const identity = {
            ruleId: rule.id,
            organisationId: debtor.owner.organisationId,
            centreId: debtor.owner.centreId ?? null,
            subjectType: debtor.subject.type,
            subjectId: debtor.subject.id,
            period: period.key,
          };
          if (await repo.findByIdentity(trx, identity)) continue;
          const calendar = await calendarFor(deps, debtor.owner.organisationId, trx);
          const { version } = versionOn(rule, startDate)!;
          const ended = period.last < today;
          if (ended && computeDeadline(calendar, version.deadline, startDate, period).due < today) continue;
          await openObligation(
            trx,
            deps,
            { ruleId: rule.id, owner: debtor.owner, subject: debtor.subject, startDate, period: period.key },
            context,
          );
          opened++;
        }
      }
    }
    return { opened, skipped: false };
  });
}

export const recurringObligationsJob: Job = {
  name: 'obligations-recurring',
  everyMs: 60 * 60_000,
  run: async (deps) => {
    await generateRecurringObligations(deps);
  },
};
