// A service's lifecycle as one declarative table: draft → published → withdrawn. Publishing makes the pending
// draft the version in force (the previous one stays, with its published_to); withdrawing ends the version in
// force. A withdrawn service may be edited and published again (a new draft, then publish).
import type { ServiceStatus } from './tables.ts';
import type { MessageCode } from '../platform/i18n/messages.ts';

export const SERVICE_STATUSES = ['draft', 'published', 'withdrawn'] as const satisfies readonly ServiceStatus[];
export const SERVICE_TARGETS = ['published', 'withdrawn'] as const;
export type ServiceTarget = (typeof SERVICE_TARGETS)[number];

export interface ServiceState {
  status: ServiceStatus;
  hasDraft: boolean;
  /** CR-8: the service is in the minimal basket in force today (unknown: not). */
  inBasket?: boolean;
}

export interface Refusal {
  /** A step the service's state refuses (conflict), or a rule refuses whatever the state (refused_by_rule). */
  kind: 'conflict' | 'refused_by_rule';
  field: string;
  code: MessageCode;
}

type Guard = (state: ServiceState) => Refusal | undefined;

interface Transition {
  from: readonly ServiceStatus[];
  /** The requirement the step implements. */
  cites: string;
  guards: readonly Guard[];
}

// Publishing needs something to publish: the draft (editing a published service made one).
const draftExists: Guard = (s) =>
  s.hasDraft ? undefined : { kind: 'conflict', field: '/to', code: 'service_no_draft' };

// CR-16: a holder may exclude its own services, except those of the minimal basket (only the ministry changes it).
const notInBasket: Guard = (s) =>
  s.inBasket ? { kind: 'refused_by_rule', field: '/to', code: 'service_in_minimal_basket' } : undefined;

export const TRANSITIONS: Record<ServiceTarget, Transition> = {
  published: { from: ['draft', 'published', 'withdrawn'], cites: 'SR-4, SR-5', guards: [draftExists] },
  withdrawn: { from: ['published'], cites: 'SR-4, CR-16', guards: [notInBasket] },
};

/** The steps that may follow (the UI offers only these). */
export function targetsFrom(state: ServiceState): ServiceTarget[] {
  return SERVICE_TARGETS.filter(
    (t) => TRANSITIONS[t].from.includes(state.status) && TRANSITIONS[t].guards.every((g) => !g(state)),
  );
}

export type TransitionResult = { ok: true; next: ServiceStatus } | { ok: false; refusal: Refusal };

export function transition(state: ServiceState, to: ServiceTarget): TransitionResult {
  const step = TRANSITIONS[to];
  if (!step.from.includes(state.status))
    return { ok: false, refusal: { kind: 'conflict', field: '/to', code: 'service_transition_not_allowed' } };
  for (const guard of step.guards) {
    const refusal = guard(state);
    if (refusal) return { ok: false, refusal };
  }
  return { ok: true, next: to };
}
