// The light part of access applications' face (re-exported by index.ts): the subject type obligations name an
// application by, and the application's description for the obligations' dashboards and reminders (DR-20.2,
// DR-21.2, DR-22.2). Imports no capability's index.ts.
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { organisationNameOf } from '../organisations/lookups.ts';

type Q = Kysely<DB> | Tx;

export const ACCESS_APPLICATION_SUBJECT = 'access_application';

/**
 * What names these applications in a list of obligations: the number people quote, grant or revoke, and the applying
 * organisation; never the listed employees. One query for all the ids; unknown ids are left out.
 */
export async function describeAccessApplications(
  q: Q,
  ids: readonly string[],
): Promise<{ id: string; number: string; action: 'grant' | 'revoke'; organisation_name: string }[]> {
  if (ids.length === 0) return [];
  return q
    .selectFrom('access_applications')
    .select([
      'access_applications.id',
      'access_applications.number',
      'access_applications.action',
      organisationNameOf('access_applications.organisation_id').as('organisation_name'),
    ])
    .where('access_applications.id', 'in', [...ids])
    .execute();
}
