// SQL for role grants, with the names the API shows beside the ids. No rules here: the services decide.
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { centreNameOf } from '../centres/lookups.ts';
import { organisationNameOf } from '../organisations/lookups.ts';
import type { Role } from '../platform/access/roles.ts';
import type { RoleGrant } from './tables.ts';

type Q = Kysely<DB> | Tx;

export type GrantRow = RoleGrant & {
  organisation_name: string;
  centre_name: string | null;
  granted_by_name: string | null;
};

function grantsWithNames(q: Q) {
  return q
    .selectFrom('role_grants')
    .leftJoin('users as granter', 'granter.id', 'role_grants.granted_by')
    .selectAll('role_grants')
    .select([
      organisationNameOf('role_grants.organisation_id').as('organisation_name'),
      centreNameOf('role_grants.centre_id').$castTo<string | null>().as('centre_name'),
      'granter.name as granted_by_name',
    ]);
}

export function findGrantRow(q: Q, id: string): Promise<GrantRow | undefined> {
  return grantsWithNames(q).where('role_grants.id', '=', id).executeTakeFirst();
}

export function listGrantRows(q: Q, userIds: string[]): Promise<GrantRow[]> {
  if (userIds.length === 0) return Promise.resolve([]);
  return grantsWithNames(q)
    .where('role_grants.user_id', 'in', userIds)
    .orderBy('role_grants.granted_at', 'desc')
    .execute();
}

export interface NewGrant {
  userId: string;
  role: Role;
  organisationId: string;
  centreId: string | null;
  validFrom: string;
  validUntil: string | null;
}

export function insertGrant(trx: Tx, grant: NewGrant, grantedBy: string | null, now: Date): Promise<{ id: string }> {
  return trx
    .insertInto('role_grants')
    .values({
      user_id: grant.userId,
      role: grant.role,
      organisation_id: grant.organisationId,
      centre_id: grant.centreId,
      valid_from: grant.validFrom,
      valid_until: grant.validUntil,
      granted_by: grantedBy,
      granted_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** An unrevoked grant of the same role and scope whose term overlaps the new one's. */
export function findOverlappingGrant(q: Q, grant: NewGrant): Promise<{ id: string } | undefined> {
  let query = q
    .selectFrom('role_grants')
    .select('id')
    .where('user_id', '=', grant.userId)
    .where('role', '=', grant.role)
    .where('organisation_id', '=', grant.organisationId)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', grant.validFrom)]));
  query =
    grant.centreId === null ? query.where('centre_id', 'is', null) : query.where('centre_id', '=', grant.centreId);
  if (grant.validUntil !== null) query = query.where('valid_from', '<=', grant.validUntil);
  return query.limit(1).executeTakeFirst();
}

/** Revokes a grant that is still unrevoked; returns false when somebody else revoked it first. */
export async function revokeGrant(trx: Tx, id: string, revokedBy: string | null, now: Date): Promise<boolean> {
  const result = await trx
    .updateTable('role_grants')
    .set({ revoked_at: now, revoked_by: revokedBy })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
