// The duties of AM-1.5 (new CR-22.1: 22.1¹ … 22.1⁷) with DR-27 and DR-28, as the ordered steps of the workflow.
// Each step is taken once, in this order, by the centre's staff; the table is the one place that says the order.
import type { EserviceStep } from './tables.ts';

export interface StepDefinition {
  step: EserviceStep;
  /** The clauses the step fulfils, as the tests and the audit trail name them. */
  clauses: readonly string[];
}

export const STEPS: readonly StepDefinition[] = [
  // 22.1¹, DR-27.1: the client's identity, from a valid identity document.
  { step: 'identity', clauses: ['AM-1.5 22.1¹', 'DR-27.1'] },
  // 22.1²: the employee identifies themself on the state portal with a qualified eID.
  { step: 'portal_identification', clauses: ['AM-1.5 22.1²'] },
  // 22.1³ (first half), 22.1⁴: the client is told how their personal data are used.
  { step: 'data_use_informed', clauses: ['AM-1.5 22.1³', 'AM-1.5 22.1⁴'] },
  // 22.1³: the written authorisation in two copies, the centre's copy archived (Archives Law).
  { step: 'authorisation_signed', clauses: ['AM-1.5 22.1³'] },
  // 22.1⁵, DR-27.3: filed on the portal; the client confirmed in writing that the data entered are true.
  { step: 'filed', clauses: ['AM-1.5 22.1⁵', 'DR-27.3'] },
  // 22.1⁶: the planned completion date, where the e-service gives one.
  { step: 'completion_time_told', clauses: ['AM-1.5 22.1⁶'] },
  // DR-28: the result reaches the client in the official e-address if activated, otherwise by post or in person.
  { step: 'delivery', clauses: ['DR-28'] },
  // 22.1⁷: the result told to the client, when they asked.
  { step: 'result_told', clauses: ['AM-1.5 22.1⁷'] },
  // DR-27.3 counts three months from the day the e-service was completed.
  { step: 'completed', clauses: ['DR-27.3'] },
];

export const STEP_NAMES = STEPS.map((s) => s.step) as readonly EserviceStep[];

export function positionOf(step: EserviceStep): number {
  return STEP_NAMES.indexOf(step) + 1;
}

/** The next step after the ones done (by position), or undefined when all are done. */
export function nextStep(done: readonly EserviceStep[]): EserviceStep | undefined {
  return STEP_NAMES[done.length];
}
