// The logged-in user as the web UI needs it: who they are and which roles they hold today, with names.
import type { Deps } from '../platform/deps.ts';
import { rigaDate } from '../platform/time.ts';
import { NotFoundError } from '../platform/http/errors.ts';
import type { Me } from './presenters.ts';

export async function currentUser(deps: Deps, userId: string, csrfToken: string): Promise<Me> {
  const today = rigaDate(deps.now());
  const user = await deps.db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select([
      'users.id',
      'users.name',
      'users.email',
      'users.organisation_id',
      'organisations.name as organisation_name',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (!user) throw new NotFoundError();
  const grants = await deps.db
    .selectFrom('role_grants')
    .innerJoin('organisations', 'organisations.id', 'role_grants.organisation_id')
    .leftJoin('centres', 'centres.id', 'role_grants.centre_id')
    .select([
      'role_grants.role',
      'role_grants.organisation_id',
      'organisations.name as organisation_name',
      'role_grants.centre_id',
      'centres.name as centre_name',
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
