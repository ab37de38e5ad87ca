// Contesting what the centre did, as a table of paths (BV-4.2, BV-4.3 of the Balvi centre's statute, seed 004):
// each thing contested has its stages in order, and a stage can only follow the previous stage's decision.
import type { ContestBody, ContestSubject } from './tables.ts';

export const CONTEST_SUBJECTS = [
  'employee_action',
  'head_action',
  'administrative_act',
] as const satisfies readonly ContestSubject[];
export const CONTEST_BODIES = [
  'head_of_centre',
  'executive_director',
  'appeals_commission',
  'court',
] as const satisfies readonly ContestBody[];
export const CONTEST_DECISIONS = ['upheld', 'partly_upheld', 'rejected'] as const;

/** The stages of each path, in order; the clause of the statute each stage comes from. */
export const CONTEST_PATHS: Record<ContestSubject, readonly { body: ContestBody; clause: string }[]> = {
  // BV-4.2.1: an employee's action → the head of the centre; BV-4.2.2: the head's decision → the executive director;
  // BV-4.2.4: the executive director's decision → court.
  employee_action: [
    { body: 'head_of_centre', clause: 'BV-4.2.1' },
    { body: 'executive_director', clause: 'BV-4.2.2' },
    { body: 'court', clause: 'BV-4.2.4' },
  ],
  // BV-4.2.3: the head's own decision or action → the executive director; BV-4.2.4: then court.
  head_action: [
    { body: 'executive_director', clause: 'BV-4.2.3' },
    { body: 'court', clause: 'BV-4.2.4' },
  ],
  // BV-4.3: an administrative act of the head or an employee → the municipality's appeals commission; its decision
  // is then appealed to the administrative court (Administrative Procedure Law).
  administrative_act: [
    { body: 'appeals_commission', clause: 'BV-4.3' },
    { body: 'court', clause: 'BV-4.3' },
  ],
};

export interface StageFact {
  position: number;
  decided_on: string | null;
}

export type NextStage =
  | { ok: true; position: number; body: ContestBody; clause: string; notBefore: string | null }
  | { ok: false; reason: 'previous_undecided' | 'complete' };

/** The stage that may be lodged next on a path, given the stages recorded so far (in position order). */
export function nextStage(subject: ContestSubject, stages: readonly StageFact[]): NextStage {
  const path = CONTEST_PATHS[subject];
  const last = stages.at(-1);
  if (last && last.decided_on === null) return { ok: false, reason: 'previous_undecided' };
  if (stages.length >= path.length) return { ok: false, reason: 'complete' };
  const step = path[stages.length]!;
  return {
    ok: true,
    position: stages.length + 1,
    body: step.body,
    clause: step.clause,
    notBefore: last?.decided_on ?? null,
  };
}
