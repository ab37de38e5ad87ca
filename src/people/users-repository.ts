// SQL for administering users and their set-password links. No rules here: the services decide.
import { sql, type Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { organisationNameOf } from '../organisations/lookups.ts';
import type { User, UserUpdate } from './tables.ts';
import { likeContains } from '../platform/db/like.ts';
import { nextVersion, versionIn } from '../platform/db/versions.ts';

type Q = Kysely<DB> | Tx;

export type UserRow = User & { organisation_name: string };

function usersWithOrganisation(q: Q) {
  return q
    .selectFrom('users')
    .selectAll('users')
    .select(organisationNameOf('users.organisation_id').as('organisation_name'));
}

export function findUserRow(q: Q, id: string): Promise<UserRow | undefined> {
  return usersWithOrganisation(q).where('users.id', '=', id).executeTakeFirst();
}

export interface UserFilter {
  /** Only these organisations (the caller's scope); undefined means all. */
  scope?: string[];
  organisationId?: string;
  /** Part of the name or e-mail, matched without regard to case or diacritics (berzins finds Bērziņš). */
  text?: string;
}

export function listUserRows(q: Q, filter: UserFilter): Promise<UserRow[]> {
  let query = usersWithOrganisation(q);
  if (filter.scope)
    query = query.where(
      'users.organisation_id',
      'in',
      filter.scope.length > 0 ? filter.scope : ['00000000-0000-0000-0000-000000000000'],
    );
  if (filter.organisationId) query = query.where('users.organisation_id', '=', filter.organisationId);
  if (filter.text) {
    const pattern = likeContains(filter.text);
    query = query.where((eb) =>
      eb.or([
        eb(sql`unaccent(users.name)`, 'ilike', sql`unaccent(${pattern})`),
        eb(sql`unaccent(users.email)`, 'ilike', sql`unaccent(${pattern})`),
      ]),
    );
  }
  return query.execute();
}

export function insertUser(
  trx: Tx,
  values: {
    email: string;
    name: string;
    phone: string | null;
    position: string | null;
    organisationId: string;
    now: Date;
  },
): Promise<{ id: string }> {
  return trx
    .insertInto('users')
    .values({
      email: values.email,
      name: values.name,
      phone: values.phone,
      position: values.position,
      organisation_id: values.organisationId,
      password_hash: null,
      created_at: values.now,
      updated_at: values.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** An administrator's change of the account: counts its version up, only from a version they named (If-Match). */
export async function updateUser(
  trx: Tx,
  id: string,
  changes: UserUpdate,
  expected: readonly number[],
): Promise<boolean> {
  const result = await trx
    .updateTable('users')
    .set({ ...changes, version: nextVersion })
    .where('id', '=', id)
    .where(versionIn(expected))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Locks the user's row for the rest of the transaction (two admins editing at once apply in turn). */
export function lockUser(trx: Tx, id: string): Promise<unknown> {
  return trx.selectFrom('users').select('id').where('id', '=', id).forUpdate().execute();
}

export function insertPasswordToken(
  trx: Tx,
  link: { tokenHash: string; userId: string; purpose: 'invite' | 'reset'; expiresAt: Date; now: Date },
): Promise<unknown> {
  return trx
    .insertInto('password_tokens')
    .values({
      token_hash: link.tokenHash,
      user_id: link.userId,
      purpose: link.purpose,
      expires_at: link.expiresAt,
      created_at: link.now,
    })
    .execute();
}

/** Ends the user's unused links, so that only the newest one sent works. */
export function expireUnusedPasswordTokens(trx: Tx, userId: string, now: Date): Promise<unknown> {
  return trx
    .updateTable('password_tokens')
    .set({ expires_at: now })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .execute();
}
