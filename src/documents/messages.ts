// Documents: one mechanism for every capability's files.
// API messages, Latvian first, then English. The composition root (src/routes.ts) hands the table to the i18n
// mechanism at start; the `declare module` block adds its codes to MessageCode, so a thrown code is type checked.
import type { MessageTable } from '../platform/i18n/messages.ts';

export const documentsMessages = {
  document_unknown: { lv: 'Šāds dokuments nav atrasts.', en: 'No such document.' },
  document_type_not_allowed: {
    lv: 'Šāda veida datni pievienot nevar. Atļauti PDF, eDoc (ASiC-E), PNG, JPEG, DOCX un ODT dokumenti; veidu nosaka pēc satura, nevis pēc nosaukuma.',
    en: 'A file of this kind cannot be added. PDF, eDoc (ASiC-E), PNG, JPEG, DOCX and ODT documents are allowed; the kind is told by the content, not by the name.',
  },
  document_empty: { lv: 'Datne ir tukša.', en: 'The file is empty.' },
  document_too_large: {
    lv: 'Datne ir par lielu: atļauts ne vairāk kā {limit}.',
    en: 'The file is too large: at most {limit} is allowed.',
  },
} satisfies MessageTable;

declare module '../platform/i18n/messages.ts' {
  interface MessageCodes extends Record<keyof typeof documentsMessages, true> {}
}
