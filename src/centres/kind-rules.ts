// The versioned parameters of the kind rules (data/kind-rules.json): which version of each rule is in force on a
// date for a centre of a kind. Counts and thresholds live in the data, never in code (conventions, point 8).
import { readFileSync } from 'node:fs';
import type { CentreKind } from './tables.ts';

interface Versioned {
  rule: string;
  kinds: CentreKind[];
  validFrom: string | null;
  validUntil: string | null;
}

export interface PlacementRule extends Versioned {
  check: 'placement';
  minPlaceLevel: CentreKind;
}

export interface OpeningRule extends Versioned {
  check: 'opening';
  minWorkingDays: number;
  minWeeklyHours: number;
}

export interface InstitutionsRule extends Versioned {
  check: 'institutions';
  minInstitutions: number;
  minDaysPerWeek: number;
}

export type KindRule = PlacementRule | OpeningRule | InstitutionsRule;

let shipped: KindRule[] | undefined;

export function kindRules(): KindRule[] {
  shipped ??= (
    JSON.parse(readFileSync(new URL('./data/kind-rules.json', import.meta.url), 'utf8')) as { rules: KindRule[] }
  ).rules;
  return shipped;
}

export function inForce(rule: Pick<Versioned, 'validFrom' | 'validUntil'>, date: string): boolean {
  return (rule.validFrom === null || rule.validFrom <= date) && (rule.validUntil === null || rule.validUntil >= date);
}

/** The versions in force on the date for a kind, in the file's order (placement, opening, institutions). */
export function rulesInForce(kind: CentreKind, date: string, rules: readonly KindRule[] = kindRules()): KindRule[] {
  return rules.filter((r) => r.kinds.includes(kind) && inForce(r, date));
}

/** Development-centre levels from the lowest: a place of a higher level also counts as a lower one. */
export const LEVELS: readonly CentreKind[] = ['county', 'regional', 'national'];
