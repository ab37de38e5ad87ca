// Every deadline and recurring duty of ../shared/requirements.md as data: one entry per rule, named by its
// requirement ID. The text of each clause is in ../shared/seeds/ (CR 001, AM 002, DR 000, SR 003); where the 2016
// draft (DR) and the regulation in force (CR, AM) disagree, CR wins, and DR supplies only what CR leaves open.
// No deadline parameter has changed over time in these sources, so each rule has one version; the versions carry
// the dates from which a clause applies (SR-22 from 2020, SR-23 from the 2018 reports) and the lookup is by date.
// The entries are kept by source: rules-cr.ts, rules-dr.ts, rules-sr.ts; terms of other laws that capabilities
// count with, but that are not obligations of their own, are in law-terms.ts.
import type { ObligationRule } from './rule-model.ts';
import { CR_RULES } from './rules-cr.ts';
import { DR_RULES } from './rules-dr.ts';
import { SR_RULES } from './rules-sr.ts';

export const RULES = [...CR_RULES, ...DR_RULES, ...SR_RULES] as const satisfies readonly ObligationRule[];

export type RuleId = (typeof RULES)[number]['id'];

const byId = new Map<string, ObligationRule>(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): ObligationRule | undefined {
  return byId.get(id);
}

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

/** Rules whose obligations are never overdue (they end, rather than fall due). */
export const RETENTION_RULE_IDS: readonly string[] = RULES.filter((r) => r.kind === 'retention').map((r) => r.id);

export const RECURRING_RULES: readonly ObligationRule[] = RULES.filter((r) => 'recurrence' in r);
