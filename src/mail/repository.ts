// SQL for reading the mail outbox and for an operator's re-queue. The sender's own SQL lives with the sender.
import type { Kysely } from 'kysely';
import type { DB, MailStatus } from '../platform/db/schema.ts';
import type { Tx } from '../platform/db/transaction.ts';

type Q = Kysely<DB> | Tx;

export interface OutboxFilter {
  status?: MailStatus | undefined;
  limit: number;
  offset: number;
}

export function listMessages(q: Q, filter: OutboxFilter) {
  let query = q.selectFrom('mail_outbox').selectAll();
  if (filter.status) query = query.where('status', '=', filter.status);
  // id breaks ties between messages written in one transaction, so pages never overlap.
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute();
}

export async function countMessages(q: Q, status: MailStatus | undefined): Promise<number> {
  let query = q.selectFrom('mail_outbox').select((eb) => eb.fn.countAll<number>().as('n'));
  if (status) query = query.where('status', '=', status);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** Locks the row: the sender cannot claim it while an operator re-queues it. */
export function findMessageForUpdate(trx: Tx, id: string) {
  return trx.selectFrom('mail_outbox').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function requeueMessage(trx: Tx, id: string, now: Date) {
  return trx
    .updateTable('mail_outbox')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
