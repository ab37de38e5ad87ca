// The shape in which outbox messages leave the API. In production the body is withheld: it may hold a
// set-password link, and whoever reads it could take over the account.
import { Type, type Static } from 'typebox';
import type { MailMessage } from '../platform/db/tables.ts';
import { Instant, Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';

export const MAIL_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;

export const MailStatusSchema = StringEnum(
  MAIL_STATUSES,
  'pending: waiting to be sent; sending: handed to SMTP (left there by a crash, it waits for an operator); sent; failed: gave up after the last retry',
);

export const MailMessageSchema = Obj({
  id: Uuid('Message id; the sent message carries it as Message-ID <id@vienuviet>'),
  to: Type.String({ description: 'Recipient address' }),
  subject: Type.String({ description: 'Subject' }),
  body: Nullable(Type.String({ description: 'Plain-text body; null when bodyHidden' })),
  bodyHidden: Type.Boolean({
    description: 'True in production, where bodies may hold set-password links and are not shown',
  }),
  status: MailStatusSchema,
  attempts: Type.Integer({ description: 'Delivery attempts made so far' }),
  createdAt: Instant('When the message was written to the outbox'),
  nextAttemptAt: Instant('When a pending message is due to be (re)tried'),
  sentAt: Nullable(Instant('When the SMTP server accepted the message')),
  lastError: Nullable(Type.String({ description: 'The last SMTP error, shortened and without credentials' })),
});
export type MailMessageOut = Static<typeof MailMessageSchema>;

export function presentMail(m: MailMessage, hideBody: boolean): MailMessageOut {
  return {
    id: m.id,
    to: m.to_address,
    subject: m.subject,
    body: hideBody ? null : m.body_text,
    bodyHidden: hideBody,
    status: m.status,
    attempts: m.attempts,
    createdAt: new Date(m.created_at).toISOString(),
    nextAttemptAt: new Date(m.next_attempt_at).toISOString(),
    sentAt: m.sent_at ? new Date(m.sent_at).toISOString() : null,
    lastError: m.last_error,
  };
}
