// English texts of the mail outbox.
// Typed by the Latvian part (messages.lv.ts): a missing or extra key fails type-checking.
import type { Catalogue } from '../i18n/messages.ts';
import type { mailLv } from './messages.lv.ts';

export const mailEn: Catalogue<typeof mailLv> = {
  outbox: {
    title: 'Mail outbox',
    intro: 'E-mails the system sends, including password links. Newest first.',
    to: 'To',
    subject: 'Subject',
    status: 'Status',
    attempts: 'Attempts',
    created: 'Created',
    sent: 'Sent',
    lastError: 'Last error',
    hidden: 'Content hidden.',
    none: 'No e-mails.',
    total: 'E-mails: {total}',
    statuses: { pending: 'Waiting to be sent', sent: 'Sent', failed: 'Failed' },
  },
};
