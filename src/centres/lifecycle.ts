// A centre's lifecycle as one declarative table (conventions, point 9): planned → operating → liquidation_decided →
// closed, with the guards of each step and what it records. DR-12.3: a centre ceases within six months of the
// decision to liquidate it; the closing deadline is the obligations registry's DR-12.3 due date, given by the caller.
import { previewOn } from '../obligations/lookups.ts';
import type { WorkingCalendar } from '../platform/calendar/calendar.ts';
import type { CentreKind, CentreStatus } from './tables.ts';
import type { MessageCode } from '../platform/i18n/messages.ts';

export const CENTRE_STATUSES = [
  'planned',
  'operating',
  'liquidation_decided',
  'closed',
] as const satisfies readonly CentreStatus[];
export const CENTRE_ACTIONS = ['open', 'decide_liquidation', 'cancel_liquidation', 'close', 'cancel_plan'] as const;
export type CentreAction = (typeof CENTRE_ACTIONS)[number];

/** The part of a centre the lifecycle reads and writes. */
export interface LifecycleState {
  status: CentreStatus;
  kind: CentreKind | null;
  openedOn: string | null;
  liquidationDecidedOn: string | null;
  liquidationBasis: string | null;
  closingDeadline: string | null;
  closedOn: string | null;
}

export interface TransitionInput {
  /** The day the step happened (the decision's date, the day the centre opened or closed). */
  date: string;
  /** The decision, e.g. "Balvu novada domes 2026. gada 28. maija lēmums Nr. 12". */
  basis: string | null;
  /** Today in Riga: steps are recorded after they happen, never ahead. */
  today: string;
  /** DR-13: only a maintainer records the Cabinet's decision about a regional or national centre. */
  byMaintainer: boolean;
}

export interface Refusal {
  /** invalid: the input can never be right; conflict: the centre's state refuses the step. */
  kind: 'invalid' | 'conflict';
  field: string;
  code: MessageCode;
}

type Guard = (state: LifecycleState, input: TransitionInput) => Refusal | undefined;

interface Transition {
  from: readonly CentreStatus[];
  to: CentreStatus;
  /** The requirement the step implements. */
  cites: string;
  guards: readonly Guard[];
  /** What the step records besides the status; `closingDeadline` is the DR-12.3 due date of a decision day. */
  effect(
    state: LifecycleState,
    input: TransitionInput,
    closingDeadline: (decidedOn: string) => string,
  ): Partial<LifecycleState>;
}

const notInFuture: Guard = (_, input) =>
  input.date > input.today ? { kind: 'invalid', field: '/date', code: 'field_date_future' } : undefined;
const basisGiven: Guard = (_, input) =>
  input.basis ? undefined : { kind: 'invalid', field: '/basis', code: 'field_required' };
// DR-13: the Cabinet, not the municipality, decides about a regional or national centre.
const cabinetDecides: Guard = (state, input) =>
  (state.kind === 'regional' || state.kind === 'national') && !input.byMaintainer
    ? { kind: 'conflict', field: '/action', code: 'centre_liquidation_by_cabinet' }
    : undefined;
const notBeforeDecision: Guard = (state, input) =>
  state.liquidationDecidedOn && input.date < state.liquidationDecidedOn
    ? { kind: 'invalid', field: '/date', code: 'field_date_order' }
    : undefined;

/** The registry's rule for the closing deadline: the centre ceases within six months of the decision. */
export const LIQUIDATION_RULE = 'DR-12.3';
/** The day DR's rules apply from (with CR): the first day for which the registry has DR-12.3. */
const DR_IN_FORCE_FROM = '2017-07-01';

export const TRANSITIONS: Record<CentreAction, Transition> = {
  open: {
    from: ['planned'],
    to: 'operating',
    cites: 'CR-3',
    guards: [notInFuture],
    effect: (_, i) => ({ openedOn: i.date }),
  },
  decide_liquidation: {
    from: ['operating'],
    to: 'liquidation_decided',
    cites: 'DR-12.2, DR-12.3, DR-13',
    guards: [notInFuture, basisGiven, cabinetDecides],
    effect: (_, i, closingDeadline) => ({
      liquidationDecidedOn: i.date,
      liquidationBasis: i.basis,
      closingDeadline: closingDeadline(i.date),
    }),
  },
  // DR-11: the municipality may decide to go on after all; the audit trail keeps the withdrawn decision.
  cancel_liquidation: {
    from: ['liquidation_decided'],
    to: 'operating',
    cites: 'DR-11',
    guards: [cabinetDecides],
    effect: () => ({ liquidationDecidedOn: null, liquidationBasis: null, closingDeadline: null }),
  },
  close: {
    from: ['liquidation_decided'],
    to: 'closed',
    cites: 'DR-12.3',
    guards: [notInFuture, notBeforeDecision],
    effect: (_, i) => ({ closedOn: i.date }),
  },
  // A planned centre that will not open after all.
  cancel_plan: {
    from: ['planned'],
    to: 'closed',
    cites: 'DR-5',
    guards: [notInFuture],
    effect: (_, i) => ({ closedOn: i.date }),
  },
};

/** The actions that may follow the status (the UI offers only these). */
export function actionsFrom(status: CentreStatus): CentreAction[] {
  return CENTRE_ACTIONS.filter((a) => TRANSITIONS[a].from.includes(status));
}

export type TransitionResult = { ok: true; next: LifecycleState } | { ok: false; refusal: Refusal };

/** Applies a step to a state: the new state, or why the step may not happen (a conflict from a wrong status). */
export function transition(
  state: LifecycleState,
  action: CentreAction,
  input: TransitionInput,
  closingDeadline: (decidedOn: string) => string,
): TransitionResult {
  const step = TRANSITIONS[action];
  if (!step.from.includes(state.status))
    return { ok: false, refusal: { kind: 'conflict', field: '/action', code: 'centre_transition_not_allowed' } };
  for (const guard of step.guards) {
    const refusal = guard(state, input);
    if (refusal) return { ok: false, refusal };
  }
  return { ok: true, next: { ...state, ...step.effect(state, input, closingDeadline), status: step.to } };
}

/**
 * DR-12.3's due date for a decision day on the municipality's calendar, as the obligations registry gives it. A
 * decision from before the rule applied (entered late) is measured by the rule's first version.
 */
export function closingDeadline(calendar: WorkingCalendar, decidedOn: string): string {
  const input = { ruleId: LIQUIDATION_RULE, start: decidedOn };
  const preview = previewOn(calendar, input) ?? previewOn(calendar, { ...input, on: DR_IN_FORCE_FROM });
  return preview!.due;
}
