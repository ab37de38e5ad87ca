// SQL for reading the mail outbox and for an operator's re-queue (the mail capability's view). The sender's own SQL
// lives with the sender.
import type { MailStatus } from '../db/tables.ts';
import type { PlatformTables } from '../db/tables.generated.ts';
import type { Tx } from '../db/transaction.ts';
import { platformView, type Queries } from '../db/platform-view.ts';

export interface OutboxFilter {
  status?: MailStatus | undefined;
  limit: number;
  offset: number;
}

export function listMessages<D extends PlatformTables>(q: Queries<D>, filter: OutboxFilter) {
  let query = platformView(q).selectFrom('mail_outbox').selectAll();
  if (filter.status) query = query.where('status', '=', filter.status);
  // id breaks ties between messages written in one transaction, so pages never overlap.
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute();
}

export async function countMessages<D extends PlatformTables>(
  q: Queries<D>,
  status: MailStatus | undefined,
): Promise<number> {
  let query = platformView(q)
    .selectFrom('mail_outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'));
  if (status) query = query.where('status', '=', status);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** Locks the row: the sender cannot claim it while an operator re-queues it. */
export function findMessageForUpdate<D extends PlatformTables>(trx: Tx<D>, id: string) {
  return platformView(trx).selectFrom('mail_outbox').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function requeueMessage<D extends PlatformTables>(trx: Tx<D>, id: string, now: Date) {
  return platformView(trx)
    .updateTable('mail_outbox')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
