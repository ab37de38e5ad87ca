// Dashboards and the centre report (BV-4.4; SR-21 figures for everyone who supervises).
// API messages, Latvian first, then English. The composition root (src/routes.ts) hands the table to the i18n
// mechanism at start; the `declare module` block adds its codes to MessageCode, so a thrown code is type checked.
import type { MessageTable } from '../platform/i18n/messages.ts';

export const dashboardsMessages = {
  dashboard_range_too_long: {
    lv: 'Periods var būt ne garāks par {days} dienām.',
    en: 'The period can be at most {days} days long.',
  },
  dashboard_id_required: {
    lv: 'Norādiet, kuras pašvaldības, centra vai iestādes rādītājus skatīt.',
    en: 'Name the municipality, centre or institution whose figures to show.',
  },
  dashboard_scope_not_yours: {
    lv: 'Jūsu lomas neļauj skatīt šī līmeņa rādītājus.',
    en: 'Your roles do not show figures at this level.',
  },
} as const satisfies MessageTable;

declare module '../platform/i18n/messages.ts' {
  interface MessageCodes extends Record<keyof typeof dashboardsMessages, true> {}
}
