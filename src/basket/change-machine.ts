// DR-15 as one declarative state machine: for every step of a change of the basket, the states it may start from,
// where it leads, who takes it, and which duties (the registry's DR-15.x obligations) it fulfils and opens. The
// service only carries it out; a step from any other state is refused with 409 naming the step's rule.
//
//   (holder's letter, DR-15.1) → awaiting_opinion ─opinion (DR-15.2)→ approved | rejected
//   approved ─inform the maintainer (DR-15.3)→ information_sent ─version + notice to centres (DR-15.4)→ published
//   awaiting_opinion | approved | information_sent ─cancel→ cancelled
import type { ChangeRequestRow } from './tables.ts';

export type ChangeState = ChangeRequestRow['state'];

/** Who takes a step: the holder's people, the ministry, the system's maintainer. */
export type ChangeParty = 'holder' | 'ministry' | 'maintainer';

export interface ChangeStep {
  from: readonly ChangeState[] | 'new';
  /** 'computed': the opinion decides (approved or rejected). */
  to: ChangeState | 'computed';
  by: readonly ChangeParty[];
  fulfils: readonly string[];
  opens: readonly string[];
  /** The clause the step carries out: a refusal names it. */
  rule: string;
}

export const CHANGE_STEPS = {
  request: {
    from: 'new',
    to: 'awaiting_opinion',
    by: ['holder', 'ministry'],
    fulfils: [],
    opens: ['DR-15.2'],
    rule: 'DR-15.1',
  },
  opinion: {
    from: ['awaiting_opinion'],
    to: 'computed',
    by: ['ministry'],
    fulfils: ['DR-15.2'],
    opens: ['DR-15.3'],
    rule: 'DR-15.2',
  },
  inform: {
    from: ['approved'],
    to: 'information_sent',
    by: ['holder'],
    fulfils: ['DR-15.3'],
    opens: ['DR-15.4'],
    rule: 'DR-15.3',
  },
  publish: {
    from: ['information_sent'],
    to: 'published',
    by: ['maintainer'],
    fulfils: ['DR-15.4'],
    opens: [],
    rule: 'DR-15.4',
  },
  cancel: {
    from: ['awaiting_opinion', 'approved', 'information_sent'],
    to: 'cancelled',
    by: ['holder', 'ministry'],
    fulfils: [],
    opens: [],
    rule: 'DR-15',
  },
} as const satisfies Record<string, ChangeStep>;

export type ChangeAction = keyof typeof CHANGE_STEPS;

/** The duties of the procedure, in order, with who owes each. */
export const DR15_DUTIES = [
  { ruleId: 'DR-15.2', owedBy: 'ministry' },
  { ruleId: 'DR-15.3', owedBy: 'holder' },
  { ruleId: 'DR-15.4', owedBy: 'maintainer' },
] as const satisfies readonly { ruleId: string; owedBy: ChangeParty }[];

export function allowedFrom(action: ChangeAction, state: ChangeState): boolean {
  const from = CHANGE_STEPS[action].from;
  return from !== 'new' && (from as readonly ChangeState[]).includes(state);
}

/** Whose move it is in a state (null: the procedure has ended). */
export function whoseMove(state: ChangeState): ChangeParty | null {
  if (state === 'awaiting_opinion') return 'ministry';
  if (state === 'approved') return 'holder';
  if (state === 'information_sent') return 'maintainer';
  return null;
}
