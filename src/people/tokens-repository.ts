// SQL for API tokens, with the names the API shows beside the ids. Only the token's hash is ever stored.
import type { Kysely } from 'kysely';
import type { ApiToken } from './tables.ts';
import type { DB, Tx } from '../db.ts';
import { centreNameOf } from '../centres/lookups.ts';
import { organisationNameOf } from '../organisations/lookups.ts';
import type { Role } from '../platform/access/roles.ts';

type Q = Kysely<DB> | Tx;

export type TokenRow = ApiToken & {
  organisation_name: string;
  centre_name: string | null;
  created_by_name: string | null;
};

function tokensWithNames(q: Q) {
  return q
    .selectFrom('api_tokens')
    .leftJoin('users as creator', 'creator.id', 'api_tokens.created_by')
    .selectAll('api_tokens')
    .select([
      organisationNameOf('api_tokens.organisation_id').as('organisation_name'),
      centreNameOf('api_tokens.centre_id').$castTo<string | null>().as('centre_name'),
      'creator.name as created_by_name',
    ]);
}

/** Tokens of the given organisations (undefined: all), newest first. */
export function listTokenRows(q: Q, organisationIds?: string[]): Promise<TokenRow[]> {
  let query = tokensWithNames(q);
  if (organisationIds) {
    query = query.where(
      'api_tokens.organisation_id',
      'in',
      organisationIds.length > 0 ? organisationIds : ['00000000-0000-0000-0000-000000000000'],
    );
  }
  return query.orderBy('api_tokens.created_at', 'desc').execute();
}

/** The tokens a user created that are not revoked yet (expired ones included: revoking them costs nothing). */
export function listUnrevokedTokensOf(q: Q, userId: string): Promise<TokenRow[]> {
  return tokensWithNames(q)
    .where('api_tokens.created_by', '=', userId)
    .where('api_tokens.revoked_at', 'is', null)
    .execute();
}

export function findTokenRow(q: Q, id: string): Promise<TokenRow | undefined> {
  return tokensWithNames(q).where('api_tokens.id', '=', id).executeTakeFirst();
}

export interface NewToken {
  name: string;
  prefix: string;
  tokenHash: string;
  role: Role;
  organisationId: string;
  centreId: string | null;
  expiresAt: Date;
}

export function insertToken(trx: Tx, token: NewToken, createdBy: string | null, now: Date): Promise<{ id: string }> {
  return trx
    .insertInto('api_tokens')
    .values({
      name: token.name,
      prefix: token.prefix,
      token_hash: token.tokenHash,
      role: token.role,
      organisation_id: token.organisationId,
      centre_id: token.centreId,
      expires_at: token.expiresAt,
      created_by: createdBy,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Revokes a token that is still unrevoked; returns false when somebody else revoked it first. */
export async function revokeToken(trx: Tx, id: string, revokedBy: string | null, now: Date): Promise<boolean> {
  const result = await trx
    .updateTable('api_tokens')
    .set({ revoked_at: now, revoked_by: revokedBy })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
