// The due date a rule (or a term of another law, law-terms.ts) gives for a start, with the explanation the
// obligations API shows, without opening anything. Capabilities ask here instead of counting themselves, and the
// engine opens obligations with the same answer (engine.ts).
import type { WorkingCalendar } from '../platform/calendar/calendar.ts';
import { calendarFor } from '../organisations/lookups.ts';
import type { Deps, Tx } from '../db.ts';
import { rigaDate } from '../platform/time.ts';
import { computeDeadline, shiftMonths, type DeadlineExplanation } from './deadline.ts';
import { lawTermById } from './law-terms.ts';
import type { Period } from './periods.ts';
import { versionOn, type RuleVersion } from './rule-model.ts';
import { ruleById } from './rules.ts';

export interface PreviewInput {
  /** A requirement ID of the registry (DR-27.3), or a term of another law (IL-5.1). */
  ruleId: string;
  /** The day the clock started (YYYY-MM-DD), or the instant, which counts from its Riga day. */
  start: string | Date;
  /** The day whose version of the rule applies (YYYY-MM-DD); by default the start day. */
  on?: string;
}

/** What the obligations API shows of how a due date was computed (ExplanationSchema in presenters.ts). */
export type Explanation = {
  ruleId: string;
  ruleVersion: number;
  startEvent: string;
  startDate: string;
  period: string | null;
  basis: string;
} & DeadlineExplanation;

export interface Preview {
  due: string;
  ruleVersion: number;
  explanation: Explanation;
}

/** A rule or term the registry does not know: a mistake of the calling code, not of its user. */
export class UnknownRuleError extends Error {}

function termOf(ruleId: string): { id: string; startEvent: string; versions: readonly RuleVersion[] } {
  const found = ruleById(ruleId) ?? lawTermById(ruleId);
  if (!found) throw new UnknownRuleError(`no rule or term ${ruleId} in the registry`);
  return found;
}

/** The explanation of one version's due date; `period` for a recurring duty. */
export function explain(
  calendar: WorkingCalendar,
  term: { id: string; startEvent: string },
  found: { version: RuleVersion; number: number },
  startDate: string,
  period: Period | null,
): Explanation {
  return {
    ruleId: term.id,
    ruleVersion: found.number,
    startEvent: term.startEvent,
    startDate,
    period: period?.key ?? null,
    basis: found.version.basis,
    ...computeDeadline(calendar, found.version.deadline, startDate, period),
  };
}

/**
 * The due date on a calendar already chosen; undefined when no version was in force on the day. Throws
 * CalendarRangeError when the start or the due date is outside the calendar's years.
 */
export function previewOn(calendar: WorkingCalendar, input: PreviewInput): Preview | undefined {
  const term = termOf(input.ruleId);
  const startDate = typeof input.start === 'string' ? input.start : rigaDate(input.start);
  const found = versionOn(term, input.on ?? startDate);
  if (!found) return undefined;
  const explanation = explain(calendar, term, found, startDate, null);
  return { due: explanation.due, ruleVersion: found.number, explanation };
}

/** The due date on the calendar of the organisation that would owe it (a municipality may opt out of transfers). */
export async function previewDeadline(
  deps: Deps,
  input: PreviewInput & { organisationId: string },
  trx?: Tx,
): Promise<Preview | undefined> {
  return previewOn(await calendarFor(deps, input.organisationId, trx), input);
}

/**
 * The last day of a storage period (a rule whose months end even on a day off, DR-27.3): calendar dates only, so no
 * calendar is needed and the answer is the one the obligation gets.
 */
export function storagePeriodEnd(ruleId: string, start: string, on: string = start): string {
  const found = versionOn(termOf(ruleId), on);
  const spec = found?.version.deadline;
  if (spec?.unit !== 'months' || !spec.endsOnDayOff || spec.direction !== 'after')
    throw new UnknownRuleError(`${ruleId} is not a storage period in months on ${on}`);
  return shiftMonths(start, spec.amount);
}
