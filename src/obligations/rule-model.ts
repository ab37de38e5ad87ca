// The shape of a deadline rule, and the one question asked of it: which version was in force on a date.
// The table of rules itself is data (rules.ts); this file only says what an entry may hold.

/** Who owes a duty. 'centre' is a centre of a municipality; the others are organisations of that kind. */
export type OwnerKind = 'ministry' | 'maintainer' | 'institution' | 'holder' | 'municipality' | 'centre' | 'committee';

/** What starts a rule's clock. 'calendar' is a recurring duty: the clock is the period itself. */
export type StartEvent =
  | 'calendar'
  | 'proposal_letter_received'
  | 'municipality_proposal_received'
  | 'proposal_information_prepared'
  | 'committee_positive_decision'
  | 'training_completed'
  | 'service_exclusion_planned'
  | 'officer_assignment_planned'
  | 'reception_hours_change_planned'
  | 'budget_grant_stop_notified'
  | 'liquidation_decided'
  | 'basket_change_request_received'
  | 'basket_change_approved'
  | 'basket_change_information_received'
  | 'basket_changed'
  | 'access_application_received'
  | 'access_granted'
  | 'email_received'
  | 'reception_hours_change_notice_received'
  | 'eservice_completed';

/**
 * How the due date follows from the start:
 * - working_days / months, after the start event or (direction 'before') before it: "5 working days before the
 *   officer starts" is the 5th working day before that day, the day itself not counted;
 * - period_end: the last working day of the period (a duty "at least once a quarter/year/three years");
 * - months_after_period_end: N months after the period's last day (SR-24: publish within 3 months);
 * - fixed_date: the first given day of the year (MM-DD) on or after the start, e.g. "by 1 April".
 * A date that falls on a day off moves to the next working day, except for deadlines counted backwards, which
 * move to the previous one (a notice cannot be late by being moved), and storage periods (endsOnDayOff), which
 * do not move.
 */
export type DeadlineSpec =
  | { unit: 'working_days'; amount: number; direction: 'after' | 'before' }
  | {
      unit: 'months';
      amount: number;
      direction: 'after' | 'before';
      /**
       * A storage period (DR-27.3) rather than a time to act: it ends on the corresponding date itself even when
       * that is a day off, since nobody has to do anything on its last day.
       */
      endsOnDayOff?: true;
    }
  | { unit: 'period_end' }
  | { unit: 'months_after_period_end'; amount: number }
  | { unit: 'fixed_date'; monthDay: string };

export type Frequency = 'quarter' | 'year' | 'three_years';

export interface Recurrence {
  every: Frequency;
  /** Occurrences per period ("at least twice a year" is 2); periods then read 2026/1, 2026/2. */
  times?: number;
  /**
   * When the clock of one period starts: at the period's first day (the duty is done during the period), or the
   * day after it ends (the duty reports on the period: SR-22's indicators for 2025 are due by 1 April 2026).
   */
  clockStarts: 'period_start' | 'after_period';
}

export interface RuleVersion {
  /** First start date to which this version applies (YYYY-MM-DD). */
  validFrom: string;
  /** Last start date to which it applies; null while in force. */
  validTo: string | null;
  deadline: DeadlineSpec;
  /** Where the dates or parameters of this version come from. */
  basis: string;
}

/**
 * 'deadline': something must be done by the due date (overdue after it).
 * 'retention': something must be kept until the due date (never overdue; ending it earlier is refused).
 */
export type RuleKind = 'deadline' | 'retention';

/**
 * How a duty is closed (no duty stays open forever: an action or a record closes it).
 * - 'action': the action that completes it in a capability fulfils it through the engine (a committee meeting held
 *   fulfils CR-11); nobody may record it done by hand. `path` is the web page where that is done, when there is one.
 * - 'record': the action happens outside the system (a satisfaction survey, a training), so the owing organisation
 *   records it done with its evidence (POST /api/v1/obligations/{id}/record).
 */
export type Closer =
  | { by: 'action'; capability: string; actionLv: string; actionEn: string; path: string | null }
  | { by: 'record' };

export interface ObligationRule {
  /** The requirement ID in ../shared/requirements.md. */
  id: string;
  /** When requirements.md lists this clause under another ID (its parent, or a sibling), that ID. */
  listedAs?: string;
  titleLv: string;
  titleEn: string;
  kind: RuleKind;
  startEvent: StartEvent;
  owedBy: readonly OwnerKind[];
  fulfilledByLv: string;
  fulfilledByEn: string;
  recurrence?: Recurrence;
  /**
   * How it closes; every recurring duty says (a test checks). A rule started by an event in a capability without
   * one is closed by that capability's action.
   */
  closedBy?: Closer;
  /** Oldest first, without gaps or overlaps (a test checks). */
  versions: readonly RuleVersion[];
}

/** The version in force on `date` (YYYY-MM-DD) with its 1-based number, or undefined when none was. */
export function versionOn(
  rule: Pick<ObligationRule, 'versions'>,
  date: string,
): { version: RuleVersion; number: number } | undefined {
  for (let i = rule.versions.length - 1; i >= 0; i--) {
    const v = rule.versions[i]!;
    if (v.validFrom <= date && (v.validTo === null || date <= v.validTo)) return { version: v, number: i + 1 };
  }
  return undefined;
}
