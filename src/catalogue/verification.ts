// SR-11: the holder checks its descriptions every quarter (Riga time). A service whose last confirmation is
// before the current quarter's first day is flagged.
import { periodsContaining } from '../obligations/lookups.ts';

export interface Quarter {
  /** e.g. 2026-Q4, the same key the SR-11 obligation carries. */
  key: string;
  first: string;
}

export function quarterOf(date: string): Quarter {
  const [period] = periodsContaining({ every: 'quarter' }, date);
  return { key: period!.key, first: period!.first };
}

export interface Verification {
  lastVerifiedOn: string | null;
  currentQuarter: string;
  verified: boolean;
}

export function verificationOf(lastVerifiedOn: string | null, today: string): Verification {
  const quarter = quarterOf(today);
  return {
    lastVerifiedOn,
    currentQuarter: quarter.key,
    verified: lastVerifiedOn !== null && lastVerifiedOn >= quarter.first,
  };
}
