// What other capabilities may ask about people: a user's name (as a SQL fragment of the caller's query, or by id)
// and who holds a role today. Never the password, sessions or tokens.
import { sql, type Expression, type Kysely, type RawBuilder } from 'kysely';
import type { DB, Tx } from '../db.ts';

type Q = Kysely<DB> | Tx;
/** A column of the caller's query (`'c.employee_id'`) or any expression giving a user's id. */
export type UserIdRef = string | Expression<string | null>;

/** The user's name, as a scalar sub-select of the caller's query (null when there is no such user). */
export function userNameOf(id: UserIdRef): RawBuilder<string | null> {
  return sql<
    string | null
  >`(select usr_l.name from users usr_l where usr_l.id = ${typeof id === 'string' ? sql.ref(id) : id})`;
}

/** The user's organisation, as a scalar sub-select of the caller's query (null when there is no such user). */
export function userOrganisationOf(id: UserIdRef): RawBuilder<string | null> {
  return sql<
    string | null
  >`(select usr_l.organisation_id from users usr_l where usr_l.id = ${typeof id === 'string' ? sql.ref(id) : id})`;
}

/** The name of the user with this id, as a scalar sub-select (a value, not a column of the caller). */
export function userNameById(id: string): RawBuilder<string | null> {
  return sql<string | null>`(select usr_l.name from users usr_l where usr_l.id = ${id})`;
}

/** Names of users by id (unknown ids are left out). */
export async function userNamesById(q: Q, ids: Iterable<string | null>): Promise<Map<string, string>> {
  const list = [...new Set([...ids].filter((id): id is string => id !== null))];
  if (list.length === 0) return new Map();
  const rows = await q.selectFrom('users').select(['id', 'name']).where('id', 'in', list).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The user if they belong to the organisation (undefined otherwise), with their name. */
export function findUserOf(q: Q, userId: string, organisationId: string) {
  return q
    .selectFrom('users')
    .select(['id', 'name'])
    .where('id', '=', userId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

/**
 * The e-mail addresses of the active users holding `role` in the organisation today (at the centre, when given),
 * sorted, each once.
 */
export async function roleHolderEmails(
  q: Q,
  o: { role: 'centre_head' | 'org_admin'; organisationId: string; centreId: string | null; today: string },
): Promise<string[]> {
  const rows = await q
    .selectFrom('role_grants')
    .innerJoin('users', 'users.id', 'role_grants.user_id')
    .select('users.email')
    .distinct()
    .where('role_grants.role', '=', o.role)
    .where('role_grants.organisation_id', '=', o.organisationId)
    .where((eb) => (o.centreId === null ? eb.val(true) : eb('role_grants.centre_id', '=', o.centreId)))
    .where('role_grants.revoked_at', 'is', null)
    .where('role_grants.valid_from', '<=', o.today)
    .where((eb) => eb.or([eb('role_grants.valid_until', 'is', null), eb('role_grants.valid_until', '>=', o.today)]))
    .where('users.status', '=', 'active')
    .orderBy('users.email')
    .execute();
  return rows.map((r) => r.email);
}
