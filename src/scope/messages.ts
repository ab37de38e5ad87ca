// Each centre's scope (CR-7, CR-7.2, CR-7.3, CR-4.2, CR-5.2, CR-6.2).
// API messages, Latvian first, then English. The composition root (src/routes.ts) hands the table to the i18n
// mechanism at start; the `declare module` block adds its codes to MessageCode, so a thrown code is type checked.
import type { MessageTable } from '../platform/i18n/messages.ts';

export const scopeMessages = {
  scope_service_unknown: { lv: 'Šāds pakalpojums katalogā nav atrasts.', en: 'No such service in the catalogue.' },
  scope_service_not_published: {
    lv: 'Centra pakalpojumu klāstā var iekļaut tikai katalogā publicētu pakalpojumu.',
    en: "Only a service published in the catalogue can be added to a centre's scope.",
  },
  scope_service_in_basket: {
    lv: 'Pakalpojums ir minimālajā pakalpojumu grozā, kas tajā dienā ir spēkā, tāpēc tas jau ir ikviena centra klāstā (MK noteikumu Nr. 401 7.1. punkts).',
    en: "The service is in the minimal basket in force on that day, so it is already in every centre's scope (CR-7.1).",
  },
  scope_not_municipal: {
    lv: 'Kā pašvaldības pakalpojumu centram (7.2. punkts) var noteikt tikai pašas pašvaldības pakalpojumu; citu pakalpojumu iekļauj kā citu pakalpojumu (7.3. punkts).',
    en: "Only the municipality's own service can be designated for its centre (CR-7.2); add another holder's service as another service (CR-7.3).",
  },
  scope_dates_order: {
    lv: 'Beigu datums nevar būt agrāks par sākuma datumu.',
    en: 'The end date cannot be earlier than the start date.',
  },
  scope_entry_overlaps: {
    lv: 'Šis pakalpojums centra klāstā jau ir no {from} līdz {until}: periodi nedrīkst pārklāties.',
    en: "This service is already in the centre's scope from {from} to {until}: periods may not overlap.",
  },
  scope_entry_ended: {
    lv: 'Ieraksts jau ir beidzies.',
    en: 'The entry has already ended.',
  },
  scope_service_excluded: {
    lv: 'Pakalpojums no centriem ir izslēgts no {date} (MK noteikumu Nr. 401 16. punkts): centra klāstā to var iekļaut tikai līdz {last}.',
    en: "The service is excluded from the centres from {date} (CR-16): it can be in a centre's scope only until {last}.",
  },
  compliance_basket_ok: {
    lv: 'Centra pakalpojumu klāstā ir visas {expected} minimālā pakalpojumu groza pozīcijas, kas pašvaldībai jānodrošina.',
    en: "The centre's scope holds all {expected} minimal-basket items the municipality must provide.",
  },
  compliance_basket_bad: {
    lv: 'Centra pakalpojumu klāstā trūkst {missing} no {expected} minimālā pakalpojumu groza pozīcijām (tām nav publicēta kataloga pakalpojuma): {names}.',
    en: "The centre's scope lacks {missing} of the {expected} minimal-basket items (no published catalogue service provides them): {names}.",
  },
} satisfies MessageTable;

declare module '../platform/i18n/messages.ts' {
  interface MessageCodes extends Record<keyof typeof scopeMessages, true> {}
}
