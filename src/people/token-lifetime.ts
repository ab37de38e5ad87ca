// AM-1.11: an API token acts with its creator's authority, so it dies with the creator's access. The request-time
// check (creatorCoversToken in auth-service) stops a token the moment access lapses on its own (a fixed-term grant
// that ran out); the actions that end access — disabling the account, revoking a grant — also revoke the tokens
// for good, in their transaction, so that giving the person access again does not bring old tokens back to life.
import type { AuditContext } from '../platform/audit/audit.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import type { Tx } from '../db.ts';
import type { Grant } from '../platform/access/actor.ts';
import { creatorCoversToken } from './policy.ts';
import * as grants from './grants-repository.ts';
import * as tokens from './tokens-repository.ts';
import { presentToken } from './presenters.ts';

/** Grants of the rows that are in force on `today` (Riga), as the access policy reads them. */
function grantsInForce(rows: grants.GrantRow[], today: string): Grant[] {
  return rows
    .filter((g) => g.revoked_at === null && g.valid_from <= today && (g.valid_until === null || g.valid_until >= today))
    .map((g) => ({ role: g.role, organisationId: g.organisation_id, centreId: g.centre_id }));
}

/**
 * Revokes every unrevoked token the user created that their access no longer covers (all of them when the account is
 * disabled), each with its audit event. Returns how many were revoked.
 */
export async function revokeTokensBeyondCreator(
  trx: Tx,
  userId: string,
  status: string,
  today: string,
  now: Date,
  context: AuditContext,
): Promise<number> {
  const created = await tokens.listUnrevokedTokensOf(trx, userId);
  if (created.length === 0) return 0;
  const creator = { status, grants: grantsInForce(await grants.listGrantRows(trx, [userId]), today) };
  let revoked = 0;
  for (const token of created) {
    if (creatorCoversToken(creator, { role: token.role, organisationId: token.organisation_id })) continue;
    if (!(await tokens.revokeToken(trx, token.id, context.actor.userId, now))) continue;
    revoked++;
    await recordAudit(trx, context, {
      action: 'token.revoke',
      entityType: 'api_token',
      entityId: token.id,
      organisationId: token.organisation_id,
      before: presentToken(token),
      after: { ...presentToken((await tokens.findTokenRow(trx, token.id))!), reason: 'creator_access_ended' },
    });
  }
  return revoked;
}
