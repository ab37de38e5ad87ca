// A centre's lifecycle as one declarative table (conventions, point 9): planned → operating → liquidation_decided →
// closed, with the guards of each step and what it records. DR-12.3: a centre ceases within six months of the
// decision to liquidate it; the deadline comes from the working-day calendar's addMonths.
import type { CentreKind, CentreStatus } from '../platform/db/schema.ts';
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
  status: 400 | 409;
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
  /** What the step records besides the status; `addMonths` is the calendar's (DR-12.3). */
  effect(
    state: LifecycleState,
    input: TransitionInput,
    addMonths: (from: string, months: number) => string,
  ): Partial<LifecycleState>;
}

const notInFuture: Guard = (_, input) =>
  input.date > input.today ? { status: 400, field: '/date', code: 'field_date_future' } : undefined;
const basisGiven: Guard = (_, input) =>
  input.basis ? undefined : { status: 400, field: '/basis', code: 'field_required' };
// DR-13: the Cabinet, not the municipality, decides about a regional or national centre.
const cabinetDecides: Guard = (state, input) =>
  (state.kind === 'regional' || state.kind === 'national') && !input.byMaintainer
    ? { status: 409, field: '/action', code: 'centre_liquidation_by_cabinet' }
    : undefined;
const notBeforeDecision: Guard = (state, input) =>
  state.liquidationDecidedOn && input.date < state.liquidationDecidedOn
    ? { status: 400, field: '/date', code: 'field_date_order' }
    : undefined;

/** DR-12.3: six months. */
export const LIQUIDATION_MONTHS = 6;

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
    effect: (_, i, addMonths) => ({
      liquidationDecidedOn: i.date,
      liquidationBasis: i.basis,
      closingDeadline: addMonths(i.date, LIQUIDATION_MONTHS),
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

/** Applies a step to a state: the new state, or why the step may not happen (409 from a wrong status). */
export function transition(
  state: LifecycleState,
  action: CentreAction,
  input: TransitionInput,
  addMonths: (from: string, months: number) => string,
): TransitionResult {
  const step = TRANSITIONS[action];
  if (!step.from.includes(state.status))
    return { ok: false, refusal: { status: 409, field: '/action', code: 'centre_transition_not_allowed' } };
  for (const guard of step.guards) {
    const refusal = guard(state, input);
    if (refusal) return { ok: false, refusal };
  }
  return { ok: true, next: { ...state, ...step.effect(state, input, addMonths), status: step.to } };
}
