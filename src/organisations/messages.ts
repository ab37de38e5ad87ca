// The directory's organisations: registration numbers and their checksum.
// API messages, Latvian first, then English. The composition root (src/routes.ts) hands the table to the i18n
// mechanism at start; the `declare module` block adds its codes to MessageCode, so a thrown code is type checked.
import type { MessageTable } from '../platform/i18n/messages.ts';

export const organisationsMessages = {
  organisation_unknown: { lv: 'Šāda organizācija nav atrasta.', en: 'No such organisation.' },
  field_reg_no_checksum: {
    lv: 'Reģistrācijas numura kontrolcipars nav pareizs.',
    en: 'The registration number fails its checksum.',
  },
  reg_no_taken: {
    lv: 'Organizācija ar šo reģistrācijas numuru jau ir.',
    en: 'An organisation with this registration number already exists.',
  },
} satisfies MessageTable;

declare module '../platform/i18n/messages.ts' {
  interface MessageCodes extends Record<keyof typeof organisationsMessages, true> {}
}
