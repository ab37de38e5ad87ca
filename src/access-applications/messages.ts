// Access-rights applications (CR-22 as amended by AM-1.4, AM-1.11, DR-20.2, DR-21.2, DR-22.2).
// API messages, Latvian first, then English. The composition root (src/routes.ts) hands the table to the i18n
// mechanism at start; the `declare module` block adds its codes to MessageCode, so a thrown code is type checked.
import type { MessageTable } from '../platform/i18n/messages.ts';

export const accessApplicationsMessages = {
  access_application_document_type: {
    lv: 'Pievienojiet parakstītu pieteikumu: eDoc konteineru (.edoc, .asice) vai parakstītu PDF.',
    en: 'Attach the signed application: an eDoc container (.edoc, .asice) or a signed PDF.',
  },
  access_application_organisation_kind: {
    lv: 'Piekļuves tiesības piesaka pašvaldība, iestāde vai pakalpojuma turētājs.',
    en: 'Access is applied for by a municipality, an institution or a service holder.',
  },
  access_application_email_twice: {
    lv: 'Šis e-pasts pieteikumā jau ir norādīts.',
    en: 'This e-mail is already listed in the application.',
  },
  access_application_term_permanent: {
    lv: 'Pastāvīgām tiesībām beigu datumu nenorāda.',
    en: 'Permanent rights have no end date.',
  },
  access_application_decided: {
    lv: 'Par šo pieteikumu jau ir pieņemts lēmums.',
    en: 'This application has already been decided.',
  },
  access_application_not_granted: {
    lv: 'Apstiprināšanu var veikt tikai pēc apstiprināta pieteikuma par tiesību piešķiršanu.',
    en: 'The confirmation follows an approved application to grant access only.',
  },
  access_application_confirmed: {
    lv: 'Organizācija jau ir apstiprinājusi sadarbības noteikumus un saziņas līdzekļus.',
    en: 'The organisation has already accepted the terms and confirmed its channels.',
  },
  access_application_channels_missing: {
    lv: 'Organizācijas datos nav neviena attālinātās saziņas līdzekļa (e-pasts, tālrunis vai e-adrese): vispirms norādiet tos.',
    en: "The organisation's record has no remote channel (e-mail, phone or e-address): give them first.",
  },
} satisfies MessageTable;

declare module '../platform/i18n/messages.ts' {
  interface MessageCodes extends Record<keyof typeof accessApplicationsMessages, true> {}
}
