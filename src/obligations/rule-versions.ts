// The building blocks of the registry's entries (rules-cr.ts, rules-dr.ts, rules-sr.ts): the source each version
// rests on, with the date from which it applies, and the shapes of the deadlines.
import type { RuleVersion } from './rule-model.ts';

export const CR_FROM = '2017-07-01';
export const CR_BASIS = 'CR No. 401 in force from 2017-07-01 (CR-25)';
export const DR_BASIS = 'DR (2016 draft): the detail CR leaves open, applied since CR came into force on 2017-07-01';
export const SR_BASIS = 'SR in force from 2017-07-01 (SR-29)';

export const cr = (deadline: RuleVersion['deadline']): RuleVersion[] => [
  { validFrom: CR_FROM, validTo: null, deadline, basis: CR_BASIS },
];
export const dr = (deadline: RuleVersion['deadline']): RuleVersion[] => [
  { validFrom: CR_FROM, validTo: null, deadline, basis: DR_BASIS },
];
export const sr = (deadline: RuleVersion['deadline'], validFrom = CR_FROM, basis = SR_BASIS): RuleVersion[] => [
  { validFrom, validTo: null, deadline, basis },
];

export const workingDaysAfter = (amount: number) => ({ unit: 'working_days', amount, direction: 'after' }) as const;
export const workingDaysBefore = (amount: number) => ({ unit: 'working_days', amount, direction: 'before' }) as const;
export const monthsAfter = (amount: number) => ({ unit: 'months', amount, direction: 'after' }) as const;
/** A storage period in months: it ends on the corresponding date even when that is a day off (rule-model.ts). */
export const monthsKept = (amount: number) =>
  ({ unit: 'months', amount, direction: 'after', endsOnDayOff: true }) as const;
export const monthsBefore = (amount: number) => ({ unit: 'months', amount, direction: 'before' }) as const;
export const periodEnd = { unit: 'period_end' } as const;
export const byFirstApril = { unit: 'fixed_date', monthDay: '04-01' } as const;

export const deadline = 'deadline' as const;
