// SQL for users, their grants, sessions and set-password links. No rules here: the services decide.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { ApiToken, User } from './tables.ts';
import type { DB, Tx } from '../db.ts';
import type { Grant } from '../platform/access/actor.ts';

type Q = Kysely<DB> | Tx;

export function findUserByEmail(q: Q, email: string): Promise<User | undefined> {
  return q.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
}

export function findUserById(q: Q, id: string): Promise<User | undefined> {
  return q.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertSession(
  trx: Tx,
  session: {
    tokenHash: string;
    userId: string;
    expiresAt: Date;
    ip: string | null;
    userAgent: string | null;
    now: Date;
  },
): Promise<unknown> {
  return trx
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      created_at: session.now,
      last_seen_at: session.now,
      expires_at: session.expiresAt,
      ip: session.ip,
      user_agent: session.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
}

export interface SessionRow {
  token_hash: string;
  user_id: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  name: string;
  email: string;
  status: User['status'];
  organisation_id: string;
  /** The user's grants in force on `today`, read in the same round trip (every request asks): not revoked, started, and not past their last day. */
  grants: Grant[];
}

/** The grants of a user (a column reference) in force on `today`, as a JSON array of Grant: not revoked, started, not past their last day. */
function grantsInForce(userId: RawBuilder<unknown>, today: string) {
  return sql<
    Grant[]
  >`coalesce((select json_agg(json_build_object('role', g.role, 'organisationId', g.organisation_id, 'centreId', g.centre_id))
                  from role_grants g
                  where g.user_id = ${userId} and g.revoked_at is null and g.valid_from <= ${today}::date
                    and (g.valid_until is null or g.valid_until >= ${today}::date)), '[]')`;
}

/** The session with its user and the user's grants in force on `today` (a Riga date), in one prepared statement. */
export async function findSession(q: Q, tokenHash: string, today: string): Promise<SessionRow | undefined> {
  const result = await sql<SessionRow>`/* prepared */
    select s.token_hash, s.user_id, s.created_at, s.last_seen_at, s.expires_at, s.revoked_at, u.name, u.email, u.status, u.organisation_id,
      ${grantsInForce(sql.ref('s.user_id'), today)} as grants
    from sessions s join users u on u.id = s.user_id
    where s.token_hash = ${tokenHash}`.execute(q);
  return result.rows[0];
}

export function touchSession(q: Q, tokenHash: string, now: Date): Promise<unknown> {
  return q.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
}

export function revokeSession(q: Q, tokenHash: string, now: Date): Promise<unknown> {
  return q.updateTable('sessions').set({ revoked_at: now }).where('token_hash', '=', tokenHash).execute();
}

/** Ends every session of a user except, optionally, the one making the request (after a password change). */
export function revokeUserSessions(q: Q, userId: string, now: Date, keep?: string): Promise<unknown> {
  let query = q
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (keep) query = query.where('token_hash', '!=', keep);
  return query.execute();
}

export type ApiTokenAuthRow = Pick<
  ApiToken,
  'id' | 'prefix' | 'name' | 'role' | 'organisation_id' | 'centre_id' | 'expires_at' | 'revoked_at' | 'last_used_at'
> & {
  /** The creator's account status; null when the token has no creator. */
  creator_status: User['status'] | null;
  /** The creator's grants in force on `today` (a token lasts only while they cover it, AM-1.11). */
  creator_grants: Grant[];
};

/** The token with its creator's status and grants in force on `today` (a Riga date), in one prepared statement. */
export async function findApiToken(q: Q, tokenHash: string, today: string): Promise<ApiTokenAuthRow | undefined> {
  const result = await sql<ApiTokenAuthRow>`/* prepared */
    select t.id, t.prefix, t.name, t.role, t.organisation_id, t.centre_id, t.expires_at, t.revoked_at, t.last_used_at,
      u.status as creator_status, ${grantsInForce(sql.ref('t.created_by'), today)} as creator_grants
    from api_tokens t left join users u on u.id = t.created_by
    where t.token_hash = ${tokenHash}`.execute(q);
  return result.rows[0];
}
