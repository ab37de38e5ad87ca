// Does a centre meet the rules of its kind on a date, and why (CR-4 … CR-6, CR-5.3, CR-6.3, DR-4.2.2,
// DR-25.1.7.1, DR-26.1.2)? Pure: the centre's schedules and reception hours come in, checks with explanations go out.
//
// Opening hours are those of the centre as a whole: a centre serves clients at all of its points (BV-1.2), so on a
// weekday it is open whenever at least one point is open. The check takes, per weekday, the union of the intervals of
// every point's schedule in force on the date and sums Monday–Friday. A "main point" rule was the alternative, but
// nothing in CR or DR names one, and a municipality that opens its points at different hours still keeps the
// centre open for those hours. The regular week is evaluated (not the calendar week of the date): a holiday in the
// week does not make a centre non-compliant.
import type { CentreKind } from './tables.ts';
import type { OrganisationKind } from '../organisations/index.ts';
import { translateIn, type Lang } from '../platform/i18n/messages.ts';
import { centresMessages } from './messages.ts';
import { lvCompare } from '../platform/i18n/collate.ts';
import { unionMinutes, type Interval } from './clock.ts';
import { scheduleOn, type Schedule } from './hours.ts';
import {
  LEVELS,
  inForce,
  rulesInForce,
  type InstitutionsRule,
  type KindRule,
  type OpeningRule,
  type PlacementRule,
} from './kind-rules.ts';

/** The explanations come from this capability's own table: judging needs no app around it (e.g. in a report). */
const translate = (code: keyof typeof centresMessages, lang: Lang, params?: Record<string, string | number>) =>
  translateIn(centresMessages, code, lang, params);

export interface ReceptionVersion {
  institutionId: string;
  institutionName: string;
  institutionKind: OrganisationKind;
  validFrom: string;
  validUntil: string | null;
  days: Partial<Record<number, Interval[]>>;
}

export interface ComplianceInput {
  date: string;
  kind: CentreKind | null;
  placeLevel: CentreKind | null;
  points: { schedules: Schedule[] }[];
  reception: ReceptionVersion[];
}

export interface Check {
  rule: string;
  /** What is measured: the place's level, working days open, weekly hours, institutions receiving. */
  measure: 'place_level' | 'working_days' | 'weekly_hours' | 'institutions' | 'kind' | 'basket_items' | 'facility';
  passed: boolean;
  expected: number | string;
  actual: number | string;
  explanation: string;
  /** basket_items (CR-4.2, CR-5.2, CR-6.2): the Annex 1 items the centre's scope lacks. */
  missingItems?: string[];
}

export interface Compliance {
  date: string;
  compliant: boolean;
  checks: Check[];
}

const WORKING_WEEK = [1, 2, 3, 4, 5];

/** Open minutes per weekday (1…5) of the centre: the union of its points' schedules in force on the date. */
export function centreWeek(points: ComplianceInput['points'], date: string): Map<number, number> {
  const week = new Map<number, number>();
  for (const weekday of WORKING_WEEK) {
    const intervals = points.flatMap((p) => scheduleOn(p.schedules, date)?.days[weekday] ?? []);
    week.set(weekday, unionMinutes(intervals));
  }
  return week;
}

function placement(rule: PlacementRule, input: ComplianceInput, lang: Lang): Check {
  const actual = input.placeLevel ?? 'unknown';
  const passed = input.placeLevel !== null && LEVELS.indexOf(input.placeLevel) >= LEVELS.indexOf(rule.minPlaceLevel);
  const level = (l: string) => translate(`level_${l}` as 'level_county', lang);
  const explanation = translate(passed ? 'compliance_place_ok' : 'compliance_place_bad', lang, {
    expected: level(rule.minPlaceLevel),
    actual: level(actual),
  });
  return { rule: rule.rule, measure: 'place_level', passed, expected: rule.minPlaceLevel, actual, explanation };
}

function opening(rule: OpeningRule, input: ComplianceInput, lang: Lang): Check[] {
  const week = centreWeek(input.points, input.date);
  const days = WORKING_WEEK.filter((d) => (week.get(d) ?? 0) > 0).length;
  const hours = Math.round(([...week.values()].reduce((a, b) => a + b, 0) / 60) * 100) / 100;
  const daysPassed = days >= rule.minWorkingDays;
  const hoursPassed = hours >= rule.minWeeklyHours;
  return [
    {
      rule: rule.rule,
      measure: 'working_days',
      passed: daysPassed,
      expected: rule.minWorkingDays,
      actual: days,
      explanation: translate(daysPassed ? 'compliance_days_ok' : 'compliance_days_bad', lang, {
        expected: rule.minWorkingDays,
        actual: days,
      }),
    },
    {
      rule: rule.rule,
      measure: 'weekly_hours',
      passed: hoursPassed,
      expected: rule.minWeeklyHours,
      actual: hours,
      explanation: translate(hoursPassed ? 'compliance_hours_ok' : 'compliance_hours_bad', lang, {
        expected: rule.minWeeklyHours,
        actual: hours,
      }),
    },
  ];
}

/** CR-2.4: only institutions (direct-administration holders of basket services) count; other holders do not. */
function institutions(rule: InstitutionsRule, input: ComplianceInput, lang: Lang): Check {
  const receiving = input.reception.filter((r) => r.institutionKind === 'institution' && inForce(r, input.date));
  const qualifying = receiving.filter(
    (r) => WORKING_WEEK.filter((d) => (r.days[d] ?? []).length > 0).length >= rule.minDaysPerWeek,
  );
  const names = [...new Set(qualifying.map((r) => r.institutionName))].sort(lvCompare);
  const passed = names.length >= rule.minInstitutions;
  const params = {
    expected: rule.minInstitutions,
    days: rule.minDaysPerWeek,
    actual: names.length,
    names: names.join(', ') || '—',
  };
  return {
    rule: rule.rule,
    measure: 'institutions',
    passed,
    expected: rule.minInstitutions,
    actual: names.length,
    explanation: translate(passed ? 'compliance_institutions_ok' : 'compliance_institutions_bad', lang, params),
  };
}

function check(rule: KindRule, input: ComplianceInput, lang: Lang): Check[] {
  switch (rule.check) {
    case 'placement':
      return [placement(rule, input, lang)];
    case 'opening':
      return opening(rule, input, lang);
    case 'institutions':
      return [institutions(rule, input, lang)];
  }
}

export function evaluateCompliance(input: ComplianceInput, lang: Lang, rules?: readonly KindRule[]): Compliance {
  if (input.kind === null) {
    const explanation = translate('compliance_kind_missing', lang);
    return {
      date: input.date,
      compliant: false,
      checks: [
        {
          rule: 'CR-3',
          measure: 'kind',
          passed: false,
          expected: 'county|regional|national',
          actual: 'unknown',
          explanation,
        },
      ],
    };
  }
  const checks = rulesInForce(input.kind, input.date, rules).flatMap((rule) => check(rule, input, lang));
  return { date: input.date, compliant: checks.every((c) => c.passed), checks };
}
