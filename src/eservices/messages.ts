// Authorised e-services (AM-1.1, AM-1.5, DR-27, DR-28, DR-29).
// API messages, Latvian first, then English. The composition root (src/routes.ts) hands the table to the i18n
// mechanism at start; the `declare module` block adds its codes to MessageCode, so a thrown code is type checked.
import type { MessageTable } from '../platform/i18n/messages.ts';

export const eservicesMessages = {
  eservice_not_filable: {
    lv: 'Šo e-pakalpojumu nevar pieteikt klienta vārdā: tā publicētais apraksts to neatļauj (DR-29).',
    en: "This e-service cannot be filed on a client's behalf: its published description does not allow it (DR-29).",
  },
  eservice_centre_not_serving: { lv: 'Centrs šobrīd klientus neapkalpo.', en: 'The centre is not serving clients.' },
  eservice_step_out_of_order: {
    lv: 'Soļi jāveic noteiktajā secībā; nākamais solis: {expected}.',
    en: 'The steps are taken in order; the next step is: {expected}.',
  },
  eservice_completed: { lv: 'Šis e-pakalpojums jau ir pabeigts.', en: 'This e-service is already completed.' },
  eservice_cancelled: { lv: 'Šis e-pakalpojums ir atcelts.', en: 'This e-service was cancelled.' },
  eservice_confirmation_required: { lv: 'Lai veiktu šo soli, tas jāapstiprina.', en: 'Confirm this to take the step.' },
  eservice_personal_code_invalid: { lv: 'Personas kods nav derīgs.', en: 'The personal code is not valid.' },
  eservice_document_expired: {
    lv: 'Personu apliecinošā dokumenta derīguma termiņš ir beidzies; identitāti var pārbaudīt tikai pēc derīga dokumenta (DR-27.1).',
    en: 'The identity document has expired; identity can only be verified with a valid document (DR-27.1).',
  },
  eservice_date_in_past: { lv: 'Datums nevar būt pagātnē.', en: 'The date cannot be in the past.' },
  eservice_date_in_future: { lv: 'Datums nevar būt nākotnē.', en: 'The date cannot be in the future.' },
  eservice_date_before_filing: {
    lv: 'Datums nevar būt pirms pieteikšanas dienas.',
    en: 'The date cannot be before the day of filing.',
  },
  eservice_delivery_e_address_first: {
    lv: 'Klientam ir aktivizēta oficiālā e-adrese, tāpēc rezultāts jāsaņem tajā (DR-28).',
    en: 'The client has activated their official e-address, so the result goes there (DR-28).',
  },
  eservice_delivery_e_address_not_activated: {
    lv: 'Klientam nav aktivizētas oficiālās e-adreses: izvēlieties pastu vai saņemšanu klātienē (DR-28).',
    en: 'The client has no activated official e-address: choose post or in person (DR-28).',
  },
  eservice_delivery_address_only_for_post: {
    lv: 'Pasta adrese jānorāda tikai sūtīšanai pa pastu.',
    en: 'A postal address is given only for delivery by post.',
  },
  eservice_result_not_asked: { lv: 'Klients rezultātu nav pieprasījis.', en: 'The client did not ask for the result.' },
  eservice_identity_first: { lv: 'Vispirms jāpārbauda klienta identitāte.', en: "First verify the client's identity." },
  eservice_personal_data_removed: {
    lv: 'Klienta personas dati ir dzēsti pēc glabāšanas termiņa beigām (DR-27.3).',
    en: "The client's personal data were removed after the retention period (DR-27.3).",
  },
  eservice_period_reversed: {
    lv: 'Perioda beigas nevar būt pirms sākuma.',
    en: 'The end of the period cannot be before its start.',
  },
} satisfies MessageTable;

declare module '../platform/i18n/messages.ts' {
  interface MessageCodes extends Record<keyof typeof eservicesMessages, true> {}
}
