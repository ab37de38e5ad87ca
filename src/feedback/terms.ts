// The term within which a case is answered, and its due date on the answering organisation's working-day calendar.
// Decided for issue 5 §3, two terms apply:
// - DR-25.1.7.3: e-mails to the centre are answered within 3 working days. A case that came to the centre by e-mail
//   or official e-address (issue 5 §1 treats both alike) and that the centre answers gets this shorter term. It is a
//   rule of the obligations registry, so it is opened through the engine (src/obligations/engine.ts): the centre's
//   dashboard shows it and the reminder job warns about it.
// - Law on Submissions (Iesniegumu likums) s. 5(1): an institution answers a submission within a reasonable time,
//   but no later than one month from the day it was received. A complaint, question or suggestion is a submission;
//   every other case gets this term. A due date on a day off moves to the next working day, as for every month-based
//   term of the engine.
// The term counts from the day the centre received the case (the client handed it in at the one-stop centre,
// CR-17.13), also after the case is routed on: routing is the administration's business, not the client's delay.
import type { AuditContext } from '../platform/audit/audit.ts';
import { CalendarRangeError } from '../platform/calendar/calendar.ts';
import { calendarFor } from '../platform/calendar/service.ts';
import type { FeedbackAddressee, FeedbackChannel } from '../platform/db/schema.ts';
import type { Tx } from '../platform/db/transaction.ts';
import type { Deps } from '../platform/deps.ts';
import { NotFoundError, ValidationError } from '../platform/http/errors.ts';
import { computeDeadline } from '../obligations/deadline.ts';
import { cancelObligation, fulfilObligation, openObligation } from '../obligations/engine.ts';
import { versionOn, type RuleVersion } from '../obligations/rule-model.ts';

export const EMAIL_RULE = 'DR-25.1.7.3';
export const SUBMISSIONS_RULE = 'IL-5.1';

/** Law on Submissions s. 5(1), in force since the law itself (1 January 2008); versioned like the registry's rules. */
export const SUBMISSIONS_VERSIONS: readonly RuleVersion[] = [
  {
    validFrom: '2008-01-01',
    validTo: null,
    deadline: { unit: 'months', amount: 1, direction: 'after' },
    basis:
      'Iesniegumu likums, 5. panta pirmā daļa: atbilde saprātīgā termiņā, bet ne vēlāk kā viena mēneša laikā no iesnieguma saņemšanas dienas',
  },
];

const SUBJECT_TYPE = 'feedback_case';

/** The case's answer is owed by the centre (as a duty of its municipality) or by the holder of the service. */
export interface Answerer {
  addressee: FeedbackAddressee;
  organisationId: string;
  centreId: string;
}

export interface Term {
  dueDate: string;
  ruleId: string;
  /** Stored with the case: how the due date was counted (the engine's explanation, or the same shape). */
  explanation: Record<string, unknown>;
}

export function usesEmailTerm(channel: FeedbackChannel, addressee: FeedbackAddressee): boolean {
  return addressee === 'centre' && (channel === 'email' || channel === 'e_address');
}

async function submissionsTerm(trx: Tx, deps: Deps, organisationId: string, receivedOn: string): Promise<Term> {
  const found = versionOn({ versions: SUBMISSIONS_VERSIONS }, receivedOn);
  if (!found) throw ValidationError.field('/receivedAt', 'feedback_received_too_early');
  const calendar = await calendarFor(deps, organisationId, trx);
  let deadline;
  try {
    deadline = computeDeadline(calendar, found.version.deadline, receivedOn, null);
  } catch (error) {
    if (error instanceof CalendarRangeError) throw ValidationError.field('/receivedAt', 'obligation_date_out_of_range');
    throw error;
  }
  const explanation = {
    ruleId: SUBMISSIONS_RULE,
    ruleVersion: found.number,
    startDate: receivedOn,
    basis: found.version.basis,
    obligationId: null,
    ...deadline,
  };
  return { dueDate: deadline.due, ruleId: SUBMISSIONS_RULE, explanation };
}

/** The term of a case answered by `who`, opening the DR-25.1.7.3 obligation when that term applies. */
export async function applyTerm(
  trx: Tx,
  deps: Deps,
  c: { id: string; channel: FeedbackChannel; receivedOn: string },
  who: Answerer,
  context: AuditContext,
): Promise<Term> {
  if (!usesEmailTerm(c.channel, who.addressee)) return submissionsTerm(trx, deps, who.organisationId, c.receivedOn);
  const obligation = await openObligation(
    trx,
    deps,
    {
      ruleId: EMAIL_RULE,
      owner: { organisationId: who.organisationId, centreId: who.centreId },
      subject: { type: SUBJECT_TYPE, id: c.id },
      startDate: c.receivedOn,
    },
    context,
  );
  const explanation = { ...(obligation.explanation as Record<string, unknown>), obligationId: obligation.id };
  return { dueDate: obligation.due_date, ruleId: EMAIL_RULE, explanation };
}

/** The case left the centre (routed to the holder): the centre's e-mail duty falls away. */
export async function dropEmailTerm(trx: Tx, deps: Deps, caseId: string, context: AuditContext): Promise<void> {
  await cancelObligation(
    trx,
    deps,
    {
      ruleId: EMAIL_RULE,
      subject: { type: SUBJECT_TYPE, id: caseId },
      reason: 'Lieta pārsūtīta pakalpojuma turētājam (CR-19.7)',
    },
    context,
  );
}

/** The answer fulfils the centre's e-mail duty, on time or late. */
export async function fulfilEmailTerm(
  trx: Tx,
  deps: Deps,
  caseId: string,
  on: string,
  context: AuditContext,
): Promise<void> {
  try {
    await fulfilObligation(trx, deps, { ruleId: EMAIL_RULE, subject: { type: SUBJECT_TYPE, id: caseId }, on }, context);
  } catch (error) {
    // Routed away and back again: the obligation was cancelled on the way and there is nothing left to fulfil.
    if (!(error instanceof NotFoundError)) throw error;
  }
}
