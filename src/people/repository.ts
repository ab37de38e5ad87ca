// SQL for users, their grants, sessions and set-password links. No rules here: the services decide.
import type { Kysely } from 'kysely';
import type { DB, User } from '../platform/db/schema.ts';
import type { Grant } from '../platform/access/actor.ts';
import type { Tx } from '../platform/db/transaction.ts';

type Q = Kysely<DB> | Tx;

export function findUserByEmail(q: Q, email: string): Promise<User | undefined> {
  return q.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
}

export function findUserById(q: Q, id: string): Promise<User | undefined> {
  return q.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Grants in force on `today` (a Riga date): not revoked, started, and not past their last day. */
export async function liveGrants(q: Q, userId: string, today: string): Promise<Grant[]> {
  const rows = await q
    .selectFrom('role_grants')
    .select(['role', 'organisation_id', 'centre_id'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('valid_from', '<=', today)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', today)]))
    .execute();
  return rows.map((r) => ({ role: r.role, organisationId: r.organisation_id, centreId: r.centre_id }));
}

export function insertSession(
  trx: Tx,
  session: { tokenHash: string; userId: string; expiresAt: Date; ip: string | null; userAgent: string | null; now: Date },
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

export function findSession(q: Q, tokenHash: string) {
  return q
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.token_hash',
      'sessions.user_id',
      'sessions.created_at',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'sessions.revoked_at',
      'users.name',
      'users.email',
      'users.status',
      'users.organisation_id',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export function touchSession(q: Q, tokenHash: string, now: Date): Promise<unknown> {
  return q.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
}

export function revokeSession(q: Q, tokenHash: string, now: Date): Promise<unknown> {
  return q.updateTable('sessions').set({ revoked_at: now }).where('token_hash', '=', tokenHash).execute();
}

/** Ends every session of a user except, optionally, the one making the request (after a password change). */
export function revokeUserSessions(q: Q, userId: string, now: Date, keep?: string): Promise<unknown> {
  let query = q.updateTable('sessions').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null);
  if (keep) query = query.where('token_hash', '!=', keep);
  return query.execute();
}

export function findApiToken(q: Q, tokenHash: string) {
  return q.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}
