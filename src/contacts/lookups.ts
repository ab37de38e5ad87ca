// What other capabilities may ask about the counter's contacts: enough to name one (its centre, day and channel)
// and the centre it was registered at. Never the client's code or the note.
import type { Kysely } from 'kysely';
import { centreNameOf } from '../centres/lookups.ts';
import type { ContactChannel } from './tables.ts';
import type { DB, Tx } from '../db.ts';

type Q = Kysely<DB> | Tx;

/** The contacts with these ids, each with its centre's name, day and channel (unknown ids are left out). */
export async function describeContacts(
  q: Q,
  ids: readonly string[],
): Promise<{ id: string; occurred_on: string; channel: ContactChannel; centre_name: string }[]> {
  if (ids.length === 0) return [];
  return q
    .selectFrom('contacts')
    .select([
      'contacts.id',
      'contacts.occurred_on',
      'contacts.channel',
      centreNameOf('contacts.centre_id').as('centre_name'),
    ])
    .where('contacts.id', 'in', [...ids])
    .execute();
}

/** The centre a counter contact was registered at (undefined when there is no such contact). */
export function findContactCentre(q: Q, id: string): Promise<{ id: string; centre_id: string } | undefined> {
  return q.selectFrom('contacts').select(['id', 'centre_id']).where('id', '=', id).executeTakeFirst();
}
