// The minimal basket (CR-8, AM-1.6 … AM-1.10, CR-16).
// API messages, Latvian first, then English. The composition root (src/routes.ts) hands the table to the i18n
// mechanism at start; the `declare module` block adds its codes to MessageCode, so a thrown code is type checked.
import type { MessageTable } from '../platform/i18n/messages.ts';

export const basketMessages = {
  basket_not_in_force: {
    lv: 'Šajā dienā neviena minimālā pakalpojumu groza versija nebija spēkā.',
    en: 'No version of the minimal basket was in force on that day.',
  },
  basket_institution_not_cr8: {
    lv: 'Groza pozīcija var piederēt tikai vienai no septiņām MK noteikumu Nr. 401 8. punktā nosauktajām iestādēm.',
    en: 'A basket item can belong only to one of the seven institutions named in point 8 of Cabinet Regulation No. 401.',
  },
  basket_service_unknown: { lv: 'Šāds pakalpojums katalogā nav atrasts.', en: 'No such service in the catalogue.' },
} satisfies MessageTable;

declare module '../platform/i18n/messages.ts' {
  interface MessageCodes extends Record<keyof typeof basketMessages, true> {}
}
