// API tokens for other systems: one role in one scope, exactly like a grant (AM-1.11, DR-19.4), for a fixed
// term. The secret is returned once at creation; only its SHA-256 and a short prefix are kept.
import type { Actor } from '../platform/access/actor.ts';
import { managesAccessEverywhere } from '../platform/access/scope.ts';
import type { Deps } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { ConflictError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { randomSecret, sha256 } from '../platform/secrets.ts';
import { isIsoDate, rigaDate } from '../platform/time.ts';
import { API_TOKEN_PREFIX } from './auth-service.ts';
import { resolveScope } from './grant-scope.ts';
import { adminOrganisations, canManageGrant, tokenTermIssue } from './policy.ts';
import { endOfRigaDay } from '../platform/time.ts';
import * as tokens from './tokens-repository.ts';
import { presentToken, type TokenOut } from './presenters.ts';
import type { CreateTokenIn } from './schemas.ts';

/** Maintainers see every token; an organisation admin those of its organisations. */
export async function listTokens(deps: Deps, actor: Actor): Promise<TokenOut[]> {
  const scope = managesAccessEverywhere(actor) ? undefined : [...adminOrganisations(actor)];
  return (await tokens.listTokenRows(deps.db, scope)).map(presentToken);
}

/** vv_<8-character prefix>_<secret>: the prefix tells tokens apart in lists and logs without the secret. */
function newTokenSecret(): { token: string; prefix: string } {
  const prefix = randomSecret(6); // 6 bytes are exactly 8 base64url characters
  return { token: `${API_TOKEN_PREFIX}${prefix}_${randomSecret()}`, prefix };
}

export async function createToken(
  deps: Deps,
  input: CreateTokenIn,
  context: AuditContext,
): Promise<{ token: string; item: TokenOut }> {
  const now = deps.now();
  const name = input.name.trim();
  if (name === '') throw ValidationError.field('/name', 'field_required');
  if (!isIsoDate(input.expiresOn)) throw ValidationError.field('/expiresOn', 'field_format', { format: 'date' });
  const termIssue = tokenTermIssue(input.expiresOn, rigaDate(now));
  if (termIssue) throw new ValidationError([termIssue]);
  const scope = await resolveScope(deps.db, context.actor, input, null);
  const { token, prefix } = newTokenSecret();
  const item = await inTransaction(deps.db, async (trx) => {
    const { id } = await tokens.insertToken(
      trx,
      { ...scope, name, prefix, tokenHash: sha256(token), expiresAt: endOfRigaDay(input.expiresOn) },
      context.actor.userId,
      now,
    );
    const out = presentToken((await tokens.findTokenRow(trx, id))!);
    await recordAudit(trx, context, {
      action: 'token.create',
      entityType: 'api_token',
      entityId: id,
      organisationId: scope.organisationId,
      after: out,
    });
    return out;
  });
  return { token, item };
}

/** Revoking takes effect at the token's next request. Outside the caller's scope the token does not exist. */
export async function revokeToken(deps: Deps, id: string, context: AuditContext): Promise<TokenOut> {
  const row = await tokens.findTokenRow(deps.db, id);
  if (!row || !canManageGrant(context.actor, { role: row.role, organisationId: row.organisation_id }))
    throw new NotFoundError();
  if (row.revoked_at !== null) throw new ConflictError('token_already_revoked');
  return inTransaction(deps.db, async (trx) => {
    if (!(await tokens.revokeToken(trx, id, context.actor.userId, deps.now())))
      throw new ConflictError('token_already_revoked');
    const after = presentToken((await tokens.findTokenRow(trx, id))!);
    await recordAudit(trx, context, {
      action: 'token.revoke',
      entityType: 'api_token',
      entityId: id,
      organisationId: row.organisation_id,
      before: presentToken(row),
      after,
    });
    return after;
  });
}
