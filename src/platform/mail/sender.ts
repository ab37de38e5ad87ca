// Delivers the outbox over SMTP. A batch is claimed (pending → sending) in its own committed transaction before any
// of it is handed to the SMTP server, so a crash mid-way leaves those messages in 'sending', where no automatic run
// touches them again: they may have been delivered, and an operator decides (POST /api/v1/mail/outbox/:id/retry).
// A refused or unreachable server puts the message back to pending with exponential back-off; after the last
// attempt it is failed. The Message-ID comes from the row id, so a receiver can recognise a repeat it already has.
import { createTransport } from 'nodemailer';
import type { Kysely } from 'kysely';
import type { Deps } from '../deps.ts';
import type { PlatformTables as DB, PlatformTables } from '../db/tables.generated.ts';
import type { MailMessage } from '../db/tables.ts';
import { inTransaction } from '../db/transaction.ts';
import { platformDeps } from '../db/platform-view.ts';
import type { PlatformJob } from '../jobs/job.ts';

/** Delivery attempts before a message is marked failed. */
export const MAX_ATTEMPTS = 8;
/** Messages claimed per run: a short run keeps the job's interval meaningful. */
const BATCH_SIZE = 20;
const FIRST_DELAY_MS = 60_000;
const MAX_DELAY_MS = 60 * 60_000;
const MAX_ERROR_LENGTH = 500;

export interface SendReport {
  sent: number;
  retried: number;
  failed: number;
}

/** Wait after the given number of failed attempts: 1, 2, 4, 8, 16, 32 minutes, then at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}

/** Message-ID derived from the row, the same on every attempt. */
export function messageIdOf(id: string): string {
  return `<${id}@vienuviet>`;
}

/** A short, single-line description of an SMTP error, without the credentials of the SMTP URL. */
export function describeError(error: unknown, smtpUrl: string): string {
  const e = (error ?? {}) as { code?: unknown; responseCode?: unknown; message?: unknown };
  const message = typeof e.message === 'string' ? e.message : String(error);
  const prefix = [e.code, e.responseCode].filter((p) => typeof p === 'string' || typeof p === 'number').join(' ');
  let text = (prefix ? `${prefix}: ${message}` : message).replace(/\s+/g, ' ').trim();
  for (const secret of secretsOf(smtpUrl)) text = text.split(secret).join('***');
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}

function secretsOf(smtpUrl: string): string[] {
  try {
    const url = new URL(smtpUrl);
    const parts = [
      smtpUrl,
      url.password,
      decodeURIComponent(url.password),
      url.username,
      decodeURIComponent(url.username),
    ];
    // Longest first, so the whole URL is hidden before its pieces.
    return [...new Set(parts.filter((p) => p.length >= 3))].sort((a, b) => b.length - a.length);
  } catch {
    return [smtpUrl];
  }
}

/** Takes the due pending messages for this run; each claim counts as an attempt. */
async function claimDue(db: Kysely<DB>, now: Date): Promise<MailMessage[]> {
  return inTransaction(db, (trx) => {
    // SKIP LOCKED: two app instances running the job never claim the same message.
    const due = trx
      .selectFrom('mail_outbox')
      .select('id')
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .orderBy('next_attempt_at')
      .limit(BATCH_SIZE)
      .forUpdate()
      .skipLocked();
    return trx
      .updateTable('mail_outbox')
      .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1) }))
      .where('id', 'in', due)
      .returningAll()
      .execute();
  });
}

async function markSent(db: Kysely<DB>, id: string, now: Date): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({ status: 'sent', sent_at: now })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

async function markAttemptFailed(
  db: Kysely<DB>,
  message: MailMessage,
  now: Date,
  error: string,
): Promise<'retried' | 'failed'> {
  const final = message.attempts >= MAX_ATTEMPTS;
  await db
    .updateTable('mail_outbox')
    .set(
      final
        ? { status: 'failed', last_error: error }
        : {
            status: 'pending',
            last_error: error,
            next_attempt_at: new Date(now.getTime() + retryDelayMs(message.attempts)),
          },
    )
    .where('id', '=', message.id)
    .where('status', '=', 'sending')
    .execute();
  return final ? 'failed' : 'retried';
}

async function releaseUntried(db: Kysely<DB>, messages: MailMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await db
    .updateTable('mail_outbox')
    .set((eb) => ({ status: 'pending', attempts: eb('attempts', '-', 1) }))
    .where(
      'id',
      'in',
      messages.map((m) => m.id),
    )
    .where('status', '=', 'sending')
    .execute();
}

/** One run of the sender: claims the due messages and delivers them one by one. Does nothing without SMTP_URL. */
export async function sendDueMail<D extends PlatformTables>(given: Deps<D>): Promise<SendReport> {
  const deps = platformDeps(given);
  const report: SendReport = { sent: 0, retried: 0, failed: 0 };
  const smtpUrl = deps.config.smtpUrl;
  // Without a server the mail stays pending in the outbox, where developers read it.
  if (!smtpUrl) return report;
  const claimed = await claimDue(deps.db, deps.now());
  if (claimed.length === 0) return report;
  // Bounded waits: a silent server must not hold the job (and the claimed messages) for the library's 10 minutes.
  const transport = createTransport({
    url: smtpUrl,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  let next = 0;
  try {
    for (; next < claimed.length; next++) {
      const message = claimed[next]!;
      let failure: string | undefined;
      try {
        await transport.sendMail({
          from: deps.config.mailFrom,
          to: message.to_address,
          subject: message.subject,
          text: message.body_text,
          messageId: messageIdOf(message.id),
          date: deps.now(),
        });
      } catch (error) {
        failure = describeError(error, smtpUrl);
      }
      // Outside the try: a database error after a successful send must leave the row in 'sending', never retry it.
      if (failure === undefined) {
        await markSent(deps.db, message.id, deps.now());
        report.sent++;
      } else {
        report[await markAttemptFailed(deps.db, message, deps.now(), failure)]++;
      }
    }
  } catch (error) {
    // The database failed mid-batch: the messages not yet handed to SMTP were certainly not sent, so they go back.
    await releaseUntried(deps.db, claimed.slice(next + 1)).catch(() => undefined);
    throw error;
  } finally {
    transport.close();
  }
  return report;
}

export const mailSenderJob: PlatformJob = {
  name: 'mail-sender',
  everyMs: 5_000,
  run: async (deps) => {
    await sendDueMail(deps);
  },
};
