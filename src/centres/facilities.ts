// CR-17.5, CR-17.6, CR-17.7: the centre's facilities besides the counter, recorded by its municipality, and their
// part of the kind compliance: IP telephony connected to the service management system, a public computer with access
// to the state services portal, free wireless internet. Every centre owes them, whatever its kind. A facility not
// recorded fails as "not recorded" (nobody has said it is there), not as "missing".
import type { Lang } from '../platform/i18n/messages.ts';
import { translateIn } from '../platform/i18n/messages.ts';
import type { Check } from './compliance.ts';
import { centresMessages } from './messages.ts';

export const FACILITIES = [
  { key: 'ipTelephony', column: 'ip_telephony', rule: 'CR-17.5' },
  { key: 'publicComputer', column: 'public_computer', rule: 'CR-17.6' },
  { key: 'freeWifi', column: 'free_wifi', rule: 'CR-17.7' },
] as const;

export type FacilityKey = (typeof FACILITIES)[number]['key'];
export type FacilityColumn = (typeof FACILITIES)[number]['column'];
export type Facilities = Record<FacilityKey, boolean | null>;

/** The facilities as the API shows them, from the centre's row. */
export function facilitiesOf(row: Record<FacilityColumn, boolean | null>): Facilities {
  return Object.fromEntries(FACILITIES.map((f) => [f.key, row[f.column]])) as Facilities;
}

/** The row's values of the facilities given in a request (those left out stay as they are). */
export function facilityValues(input: Partial<Facilities>): Partial<Record<FacilityColumn, boolean | null>> {
  const out: Partial<Record<FacilityColumn, boolean | null>> = {};
  for (const f of FACILITIES) if (input[f.key] !== undefined) out[f.column] = input[f.key] ?? null;
  return out;
}

/** One check per facility: passed when recorded as provided. */
export function facilityChecks(facilities: Facilities, lang: Lang): Check[] {
  return FACILITIES.map((f) => {
    const value = facilities[f.key];
    const actual = value === null ? 'unknown' : value ? 'yes' : 'no';
    const name = translateIn(centresMessages, `facility_${f.key}`, lang);
    return {
      rule: f.rule,
      measure: 'facility' as const,
      passed: value === true,
      expected: 'yes',
      actual,
      explanation: translateIn(centresMessages, `compliance_facility_${actual}`, lang, { facility: name }),
    };
  });
}
