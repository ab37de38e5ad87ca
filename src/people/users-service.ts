// Reading and changing users (AM-1.11, DR-19.4). Every call starts with one scope check that answers not found
// outside the caller's scope, so nobody learns which accounts exist elsewhere.
import type { Kysely } from 'kysely';
import type { Actor } from '../platform/access/actor.ts';
import type { DB, Deps, Tx } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { versionConflict } from '../platform/db/versions.ts';
import type { IfMatch } from '../platform/http/etag.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { ConflictError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { lvCompare } from '../platform/i18n/collate.ts';
import { rigaDate } from '../platform/time.ts';
import { revokeUserSessions } from './repository.ts';
import * as users from './users-repository.ts';
import { listGrantRows } from './grants-repository.ts';
import { presentUser, type UserOut } from './presenters.ts';
import { canManageOrganisation, canSeeUsersOf, userReadScope } from './policy.ts';
import { issuePasswordLink } from './password-link.ts';
import { revokeTokensBeyondCreator } from './token-lifetime.ts';
import type { ListUsersIn, UpdateUserIn } from './schemas.ts';

/** The user as the API shows it, with every grant. */
export async function loadUser(q: Kysely<DB> | Tx, id: string, today: string): Promise<UserOut | undefined> {
  const row = await users.findUserRow(q, id);
  return row ? presentUser(row, await listGrantRows(q, [row.id]), today) : undefined;
}

/** What an audit event keeps of a user: the account itself, without grants (they have their own events). */
export function auditView(user: UserOut): Omit<UserOut, 'grants'> {
  const { grants: _grants, ...rest } = user;
  return rest;
}

/** DR-19.4: the users the caller may see, filtered, in Latvian alphabetical order, one page. */
export async function listUsers(
  deps: Deps,
  actor: Actor,
  query: ListUsersIn,
): Promise<{ items: UserOut[]; total: number }> {
  const scope = userReadScope(actor);
  const text = query.q?.trim();
  const rows = await users.listUserRows(deps.db, {
    ...(scope === 'all' ? {} : { scope }),
    ...(query.organisationId ? { organisationId: query.organisationId } : {}),
    ...(text ? { text } : {}),
  });
  // PGlite has no ICU collations: sorting the filtered rows here keeps ā after a on both engines.
  rows.sort((a, b) => lvCompare(a.name, b.name) || lvCompare(a.email, b.email));
  const offset = query.offset ?? 0;
  const page = rows.slice(offset, offset + (query.limit ?? 50));
  const grants = await listGrantRows(
    deps.db,
    page.map((u) => u.id),
  );
  const today = rigaDate(deps.now());
  return {
    items: page.map((u) =>
      presentUser(
        u,
        grants.filter((g) => g.user_id === u.id),
        today,
      ),
    ),
    total: rows.length,
  };
}

export async function getUser(deps: Deps, actor: Actor, id: string): Promise<UserOut> {
  const user = await loadUser(deps.db, id, rigaDate(deps.now()));
  if (!user || !canSeeUsersOf(actor, user.organisationId)) throw new NotFoundError();
  return user;
}

/** AM-1.11: the user, if the caller administers its organisation; not found otherwise (DR-19.4). */
async function managedUser(deps: Deps, actor: Actor, id: string): Promise<users.UserRow> {
  const row = await users.findUserRow(deps.db, id);
  if (!row || !canManageOrganisation(actor, row.organisation_id)) throw new NotFoundError();
  return row;
}

/**
 * Changes the account's details or status; disabling ends the user's sessions at once. Only over the version the
 * administrator read (If-Match): of two administrators acting on one account, the second sees the first's change.
 */
export async function updateUser(
  deps: Deps,
  id: string,
  input: UpdateUserIn,
  expected: IfMatch,
  context: AuditContext,
): Promise<UserOut> {
  const row = await managedUser(deps, context.actor, id);
  const name = input.name?.trim();
  if (name === '') throw ValidationError.field('/name', 'field_required');
  // An administrator who disables their own account locks themselves out; another administrator can.
  if (input.status === 'disabled' && context.actor.userId === row.id)
    throw ValidationError.field('/status', 'cannot_disable_self');
  const now = deps.now();
  const today = rigaDate(now);
  return inTransaction(deps.db, async (trx) => {
    await users.lockUser(trx, row.id);
    const before = (await loadUser(trx, row.id, today))!;
    const changes = {
      ...(name !== undefined ? { name } : {}),
      ...(input.phone !== undefined ? { phone: input.phone?.trim() || null } : {}),
      ...(input.position !== undefined ? { position: input.position?.trim() || null } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      updated_at: now,
    };
    if (!(await users.updateUser(trx, row.id, changes, expected))) throw await versionConflict(trx, 'users', row.id);
    if (input.status === 'disabled') {
      await revokeUserSessions(trx, row.id, now);
      await revokeTokensBeyondCreator(trx, row.id, 'disabled', today, now, context);
    }
    const after = (await loadUser(trx, row.id, today))!;
    await recordAudit(trx, context, {
      action: 'user.update',
      entityType: 'user',
      entityId: row.id,
      organisationId: row.organisation_id,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}

/** Sends a new set-password link: an invitation while the user has no password, a reset afterwards. */
export async function inviteUser(deps: Deps, id: string, context: AuditContext): Promise<void> {
  const row = await managedUser(deps, context.actor, id);
  if (row.status !== 'active') throw new ConflictError('user_disabled', [{ field: '/status', code: 'user_disabled' }]);
  const purpose = row.password_hash === null ? 'invite' : 'reset';
  await inTransaction(deps.db, async (trx) => {
    await issuePasswordLink(trx, deps, row, purpose);
    await recordAudit(trx, context, {
      action: 'user.invite',
      entityType: 'user',
      entityId: row.id,
      organisationId: row.organisation_id,
      after: { purpose, email: row.email },
    });
  });
}
