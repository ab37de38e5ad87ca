// The one state machine of a proposal (CR-12 … CR-16), as data: for every action, the states it may start from, the
// state it leads to, who may take it, and which legal duties (obligation rules) it fulfils and opens. The services
// only carry it out: an action from any other state is refused naming the state (409), by anyone else 403.
//
//   transfer:  gathering ─(holder answers, centres answer)─ prepare_information → ready_for_committee
//              ready_for_committee ─decide→ approved | rejected
//              approved ─record_training→ training_held ─publish_guidance→ guidance_published
//              training_held | guidance_published ─start_centre (each willing centre)→ … → in_service
//              gathering | ready_for_committee ─withdraw→ withdrawn
//   exclusion: (file with a month's notice to the committee, CR-16) exclusion_notified ─exclude→ excluded
import type { ProposalRow } from './tables.ts';

export type ProposalState = ProposalRow['state'];
export type ProposalKind = ProposalRow['kind'];

/** Who takes a step: the proposer's people, the holder's, the ministry, a willing centre's, the committee. */
export type Party = 'proposer' | 'holder' | 'ministry' | 'centre' | 'committee';

/** The rule of a step's duty, or which of two rules (CR-13 for an institution's or holder's, CR-14 for a municipality's). */
export type RuleRef = string | { municipality: string; other: string };

export interface Step {
  from: readonly ProposalState[] | 'new';
  /** Where it leads; 'same' keeps the state (an answer while gathering), 'computed' is decided by the service. */
  to: ProposalState | 'same' | 'computed';
  by: readonly Party[];
  fulfils: readonly RuleRef[];
  opens: readonly RuleRef[];
  cites: string;
}

const GATHER: RuleRef = { municipality: 'CR-14.2', other: 'CR-13.2' };
const COMMITTEE: RuleRef = { municipality: 'CR-14.3', other: 'CR-13.3' };

export const STEPS = {
  file_transfer: {
    from: 'new',
    to: 'gathering',
    by: ['proposer'],
    fulfils: [],
    opens: [GATHER],
    cites: 'CR-12, CR-13.1, CR-14.1',
  },
  answer_holder: {
    from: ['gathering'],
    to: 'same',
    by: ['holder'],
    fulfils: [],
    opens: [],
    cites: 'CR-13.2.1, CR-14.2.1',
  },
  answer_centre: {
    from: ['gathering'],
    to: 'same',
    by: ['centre'],
    fulfils: [],
    opens: [],
    cites: 'CR-13.2.2, CR-14.2.2',
  },
  prepare_information: {
    from: ['gathering'],
    to: 'ready_for_committee',
    by: ['ministry'],
    fulfils: [GATHER],
    opens: [COMMITTEE],
    cites: 'CR-13.2, CR-14.2',
  },
  decide: {
    from: ['ready_for_committee'],
    to: 'computed',
    by: ['committee'],
    fulfils: [COMMITTEE],
    opens: ['CR-15.1'],
    cites: 'CR-13.3, CR-14.3, CR-15',
  },
  record_training: {
    from: ['approved'],
    to: 'training_held',
    by: ['holder', 'ministry'],
    fulfils: ['CR-15.1'],
    opens: ['CR-15.2', 'CR-15.3'],
    cites: 'CR-15.1',
  },
  publish_guidance: {
    from: ['training_held'],
    to: 'computed',
    by: ['holder'],
    fulfils: ['CR-15.2'],
    opens: [],
    cites: 'CR-15.2',
  },
  start_centre: {
    from: ['training_held', 'guidance_published'],
    to: 'computed',
    by: ['centre'],
    fulfils: ['CR-15.3'],
    opens: [],
    cites: 'CR-15.3',
  },
  withdraw: {
    from: ['gathering', 'ready_for_committee'],
    to: 'withdrawn',
    by: ['proposer'],
    fulfils: [],
    opens: [],
    cites: 'CR-12',
  },
  file_exclusion: {
    from: 'new',
    to: 'exclusion_notified',
    by: ['proposer'],
    fulfils: ['CR-16'],
    opens: ['CR-16'],
    cites: 'CR-16',
  },
  exclude: { from: ['exclusion_notified'], to: 'excluded', by: ['proposer'], fulfils: [], opens: [], cites: 'CR-16' },
} as const satisfies Record<string, Step>;

export type Action = keyof typeof STEPS;

/** The states where nothing more happens. */
export const FINAL_STATES: readonly ProposalState[] = ['rejected', 'in_service', 'withdrawn', 'excluded'];

/** The rule a reference names for this proposer. */
export function ruleOf(ref: RuleRef, proposerKind: ProposalRow['proposer_kind']): string {
  return typeof ref === 'string' ? ref : proposerKind === 'municipality' ? ref.municipality : ref.other;
}

export function allowedFrom(action: Action, state: ProposalState): boolean {
  const from = STEPS[action].from;
  return from !== 'new' && (from as readonly ProposalState[]).includes(state);
}

/** The actions that may be taken from a state (by someone). */
export function actionsFrom(state: ProposalState): Action[] {
  return (Object.keys(STEPS) as Action[]).filter((a) => allowedFrom(a, state));
}

/**
 * Whose move it is (for the "where is each proposal stuck" view): while gathering, the holder's until it answered
 * when another body proposed it (CR-14.2.2: the centres are asked only after it confirms), then the ministry's.
 */
export function whoseMove(p: Pick<ProposalRow, 'state' | 'holder_ready' | 'proposer_id' | 'holder_id'>): Party | null {
  switch (p.state) {
    case 'gathering':
      return p.proposer_id !== p.holder_id && p.holder_ready === null ? 'holder' : 'ministry';
    case 'ready_for_committee':
      return 'committee';
    case 'approved':
    case 'training_held':
      return 'holder';
    case 'guidance_published':
      return 'centre';
    case 'exclusion_notified':
      return 'proposer';
    default:
      return null;
  }
}
