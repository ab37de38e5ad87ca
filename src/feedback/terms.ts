// The term within which a case is answered, and its due date on the answering organisation's working-day calendar.
// Two terms apply:
// - DR-25.1.7.3: e-mails to the centre are answered within 3 working days. A case that came to the centre by e-mail
//   or official e-address (both are written electronic channels) and that the centre answers gets this shorter
//   term. It is a rule of the obligations registry, so it is opened through the engine (src/obligations/engine.ts):
//   the centre's dashboard shows it and the reminder job warns about it.
// - Law on Submissions (Iesniegumu likums) s. 5(1): an institution answers a submission within a reasonable time,
//   but no later than one month from the day it was received. A complaint, question or suggestion is a submission;
//   every other case gets this term (IL-5.1 of the registry, src/obligations/law-terms.ts). A due date on a day off
//   moves to the next working day, as for every month-based term to act.
// The term counts from the day the centre received the case (the client handed it in at the one-stop centre,
// CR-17.13), also after the case is routed on: routing is the administration's business, not the client's delay.
import type { AuditContext } from '../platform/audit/audit.ts';
import { CalendarRangeError } from '../platform/calendar/calendar.ts';
import type { FeedbackAddressee, FeedbackChannel } from './tables.ts';
import type { Deps, Tx } from '../db.ts';
import { NotFoundError, ValidationError } from '../platform/errors.ts';
import {
  cancelObligation,
  fulfilObligation,
  openObligation,
  previewDeadline,
  type Preview,
} from '../obligations/index.ts';

export const EMAIL_RULE = 'DR-25.1.7.3';
export const SUBMISSIONS_RULE = 'IL-5.1';

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
  let preview: Preview | undefined;
  try {
    preview = await previewDeadline(deps, { ruleId: SUBMISSIONS_RULE, start: receivedOn, organisationId }, trx);
  } catch (error) {
    if (error instanceof CalendarRangeError) throw ValidationError.field('/receivedAt', 'obligation_date_out_of_range');
    throw error;
  }
  if (!preview) throw ValidationError.field('/receivedAt', 'feedback_received_too_early');
  // Not an obligation: no start event or period is kept with the case, and no obligation stands behind it.
  const { startEvent: _event, period: _period, ...counted } = preview.explanation;
  const explanation = { ...counted, obligationId: null };
  return { dueDate: preview.due, ruleId: SUBMISSIONS_RULE, explanation };
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
