// Terms of other laws that capabilities count with, kept in the registry beside the rules (rules.ts) so that every
// legal duration has one home. They are not obligations of their own: nothing opens them, the dashboard does not
// list them, and the API's list of rules leaves them out; capabilities ask for their due dates (preview.ts).
import type { RuleVersion } from './rule-model.ts';

export interface LawTerm {
  /** The law's short name and the section: IL-5.1 is the Law on Submissions (Iesniegumu likums), s. 5(1). */
  id: string;
  titleLv: string;
  titleEn: string;
  /** What starts the term's clock. */
  startEvent: 'submission_received';
  /** Oldest first, without gaps or overlaps, like a rule's. */
  versions: readonly RuleVersion[];
}

export const LAW_TERMS = [
  // Law on Submissions s. 5(1): an institution answers a submission within a reasonable time, but no later than one
  // month from the day it was received; in force since the law itself (1 January 2008). A term to act, so an end on
  // a day off moves to the next working day, as for every month-based term to act.
  {
    id: 'IL-5.1',
    titleLv: 'Atbilde uz iesniegumu',
    titleEn: 'Answer to a submission',
    startEvent: 'submission_received',
    versions: [
      {
        validFrom: '2008-01-01',
        validTo: null,
        deadline: { unit: 'months', amount: 1, direction: 'after' },
        basis:
          'Iesniegumu likums, 5. panta pirmā daļa: atbilde saprātīgā termiņā, bet ne vēlāk kā viena mēneša laikā no iesnieguma saņemšanas dienas',
      },
    ],
  },
] as const satisfies readonly LawTerm[];

const byId = new Map<string, LawTerm>(LAW_TERMS.map((t) => [t.id, t]));

export function lawTermById(id: string): LawTerm | undefined {
  return byId.get(id);
}
