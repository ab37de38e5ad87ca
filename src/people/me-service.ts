// The logged-in user as the web UI needs it: who they are and which roles they hold today, with names.
import type { Deps } from '../db.ts';
import { centreNameOf } from '../centres/lookups.ts';
import { organisationNameOf } from '../organisations/lookups.ts';
import { rigaDate } from '../platform/time.ts';
import { NotFoundError } from '../platform/errors.ts';
import type { Me } from './presenters.ts';

export async function currentUser(deps: Deps, userId: string, csrfToken: string): Promise<Me> {
  const today = rigaDate(deps.now());
  const user = await deps.db
    .selectFrom('users')
    .select([
      'users.id',
      'users.name',
      'users.email',
      'users.organisation_id',
      organisationNameOf('users.organisation_id').as('organisation_name'),
    ])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (!user) throw new NotFoundError();
  const grants = await deps.db
    .selectFrom('role_grants')
    .select([
      'role_grants.role',
      'role_grants.organisation_id',
      organisationNameOf('role_grants.organisation_id').as('organisation_name'),
      'role_grants.centre_id',
      centreNameOf('role_grants.centre_id').$castTo<string | null>().as('centre_name'),
      'role_grants.valid_until',
    ])
    .where('role_grants.user_id', '=', userId)
    .where('role_grants.revoked_at', 'is', null)
    .where('role_grants.valid_from', '<=', today)
    .where((eb) => eb.or([eb('role_grants.valid_until', 'is', null), eb('role_grants.valid_until', '>=', today)]))
    .orderBy('role_grants.role')
    .execute();
  return {
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      organisationId: user.organisation_id,
      organisationName: user.organisation_name,
    },
    grants: grants.map((g) => ({
      role: g.role,
      organisationId: g.organisation_id,
      organisationName: g.organisation_name,
      centreId: g.centre_id,
      centreName: g.centre_name,
      validUntil: g.valid_until,
    })),
    csrfToken,
  };
}
