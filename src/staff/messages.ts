// The centre's own staff (BV-3, CR-17.10, CR-17.11, CR-20.16, CR-20.17).
// API messages, Latvian first, then English. The composition root (src/routes.ts) hands the table to the i18n
// mechanism at start; the `declare module` block adds its codes to MessageCode, so a thrown code is type checked.
import type { MessageTable } from '../platform/i18n/messages.ts';

export const staffMessages = {
  staff_member_unknown: {
    lv: 'Šāds centra darbinieks nav atrasts.',
    en: 'No such member of the centre’s staff.',
  },
  staff_point_not_in_centre: {
    lv: 'Klientu apkalpošanas vieta nepieder šim centram.',
    en: 'The service point does not belong to this centre.',
  },
  staff_user_not_of_municipality: {
    lv: 'Lietotājs nav šīs pašvaldības darbinieks.',
    en: 'The user does not work for this municipality.',
  },
  staff_user_listed: {
    lv: 'Šis lietotājs jau ir centra darbinieku sarakstā.',
    en: 'This user is already on the centre’s staff list.',
  },
  staff_head_set_by_director: {
    lv: 'Centra vadītāju nosaka izpilddirektors (nolikuma 3.2. punkts): to atzīmē pašvaldības administrators.',
    en: 'The executive director appoints the head of the centre (point 3.2 of the regulations): the municipality’s admin marks it.',
  },
  staff_head_deputy_by_director: {
    lv: 'Centra vadītāja prombūtnes laikā pienākumus pilda izpilddirektora norīkots darbinieks (nolikuma 3.4. punkts): aizvietotāju norāda pašvaldības administrators.',
    en: 'During the head’s absence an employee named by the executive director acts as head (point 3.4 of the regulations): the municipality’s admin names the deputy.',
  },
  staff_absence_overlaps: {
    lv: 'Darbiniekam jau ir reģistrēta prombūtne no {from} līdz {to}.',
    en: 'The employee already has an absence recorded from {from} to {to}.',
  },
  staff_absence_outside_employment: {
    lv: 'Prombūtnei jābūt darba attiecību laikā (no {from}).',
    en: 'The absence must fall within the employment (from {from}).',
  },
  staff_substitute_self: {
    lv: 'Darbinieks nevar aizvietot pats sevi.',
    en: 'An employee cannot substitute for themself.',
  },
  staff_substitute_not_employed: {
    lv: 'Aizvietotājs šajā laikā nav centra darbinieks.',
    en: 'The substitute is not on the centre’s staff during that time.',
  },
  staff_range_too_long: {
    lv: 'Periods nevar būt garāks par {limit} dienām.',
    en: 'The period cannot be longer than {limit} days.',
  },
} satisfies MessageTable;

declare module '../platform/i18n/messages.ts' {
  interface MessageCodes extends Record<keyof typeof staffMessages, true> {}
}
