// Mail is written to the outbox in the same transaction as the change that causes it; the sender (sender.ts)
// delivers it later. So a rolled-back change sends nothing, and a committed one is never forgotten.
import type { Tx } from '../db/transaction.ts';
import type { PlatformTables } from '../db/tables.generated.ts';
import { platformView } from '../db/platform-view.ts';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export async function enqueueMail<D extends PlatformTables>(trx: Tx<D>, mail: OutgoingMail): Promise<string> {
  const row = await platformView(trx)
    .insertInto('mail_outbox')
    .values({ to_address: mail.to, subject: mail.subject, body_text: mail.text })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
