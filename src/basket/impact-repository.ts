// What the impact of a draft basket version reads: the catalogue names of the services it adds or removes, and the
// counter's recent contacts about them per centre (through the owners' SQL fragments).
import { sql, type Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { serviceIdentifierOf, serviceNameOf } from '../catalogue/lookups.ts';
import { serviceContactsByCentreSql } from '../contacts/lookups.ts';

type Q = Kysely<DB> | Tx;

export interface NamedService {
  id: string;
  identifier: string;
  name: string;
}

/** The services by id with their identifier and Latvian name, by identifier. */
export async function namedServices(q: Q, ids: readonly string[]): Promise<NamedService[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<NamedService>`select u.id, ${serviceIdentifierOf('u.id')} as identifier,
      ${serviceNameOf('u.id')} as name
    from unnest(${[...ids]}::uuid[]) as u(id) order by 2`.execute(q);
  return rows;
}

/** Per centre and service, how many contacts of the Riga days [from, to] were about each of these services. */
export async function contactsAboutByCentre(
  q: Q,
  serviceIds: readonly string[],
  from: string,
  to: string,
): Promise<{ centre_id: string; service_id: string; contacts: number }[]> {
  if (serviceIds.length === 0) return [];
  const { rows } = await sql<{ centre_id: string; service_id: string; contacts: number }>`select s.centre_id,
      s.service_id, s.contacts
    from (${serviceContactsByCentreSql(from, to, null)}) s
    where s.service_id = any(${[...serviceIds]}::uuid[])`.execute(q);
  return rows;
}
