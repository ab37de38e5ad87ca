// SQL for SR-11's law changes: recording, listing with the first publication after each was recorded (what decides
// its state), removing, and the dashboard's "changes not yet followed by a publication" for many holders at once.
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { organisationNameOf } from '../organisations/lookups.ts';
import { userNameOf, userOrganisationOf } from '../people/lookups.ts';

type Q = Kysely<DB> | Tx;

export interface NewLawChange {
  service_id: string;
  title: string;
  url: string | null;
  effective_on: string;
  recorded_by: string | null;
  recorded_by_label: string;
  recorded_at: Date;
}

export async function insertLawChange(q: Q, values: NewLawChange): Promise<string> {
  const row = await q.insertInto('service_law_changes').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteLawChange(q: Q, id: string): Promise<void> {
  await q.deleteFrom('service_law_changes').where('id', '=', id).execute();
}

/** A service's changes with who recorded them and the first publication after each was recorded (null: none yet). */
function withPublication(q: Q) {
  return q
    .selectFrom('service_law_changes as c')
    .selectAll('c')
    .select([
      userNameOf('c.recorded_by').as('recorder_name'),
      organisationNameOf(userOrganisationOf('c.recorded_by')).$castTo<string | null>().as('recorder_organisation'),
    ])
    .select((eb) =>
      eb
        .selectFrom('service_versions as v')
        .select((v) => v.fn.min('v.published_from').as('first'))
        .whereRef('v.service_id', '=', 'c.service_id')
        .whereRef('v.published_from', '>', 'c.recorded_at')
        .as('published_at'),
    );
}

export type LawChangeRow = Awaited<ReturnType<typeof findLawChange>> & {};

export function findLawChange(q: Q, serviceId: string, id: string) {
  return withPublication(q).where('c.service_id', '=', serviceId).where('c.id', '=', id).executeTakeFirst();
}

/** Newest effective day first; a service has a handful, the limit only bounds a runaway. */
export function listLawChanges(q: Q, serviceId: string) {
  return withPublication(q)
    .where('c.service_id', '=', serviceId)
    .orderBy('c.effective_on', 'desc')
    .orderBy('c.recorded_at', 'desc')
    .limit(500)
    .execute();
}

/**
 * The dashboard's input for Q16: changes of services in use (not withdrawn) that no publication has followed yet
 * (pending or overdue); met and late ones never give a finding. Undefined holders: every holder.
 */
export function unfollowedLawChanges(q: Q, holders: readonly string[] | undefined) {
  let query = q
    .selectFrom('service_law_changes as c')
    .innerJoin('services as s', 's.id', 'c.service_id')
    .select(['c.service_id', 'c.title', 'c.effective_on', 's.holder_id', 's.status'])
    .where('s.status', '<>', 'withdrawn')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('service_versions as v')
            .select('v.id')
            .whereRef('v.service_id', '=', 'c.service_id')
            .whereRef('v.published_from', '>', 'c.recorded_at'),
        ),
      ),
    );
  if (holders) query = query.where('s.holder_id', 'in', [...holders]);
  return query.execute();
}
