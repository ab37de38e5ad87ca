// The mail outbox.
// API messages, Latvian first, then English. The composition root (src/routes.ts) hands the table to the i18n
// mechanism at start; the `declare module` block adds its codes to MessageCode, so a thrown code is type checked.
import type { MessageTable } from '../platform/i18n/messages.ts';

export const mailMessages = {
  mail_not_retryable: {
    lv: 'Atkārtoti nosūtīt var tikai neizdevušos vai sūtīšanā iestrēgušu vēstuli.',
    en: 'Only a failed message or one stuck in sending can be sent again.',
  },
} satisfies MessageTable;

declare module '../platform/i18n/messages.ts' {
  interface MessageCodes extends Record<keyof typeof mailMessages, true> {}
}
