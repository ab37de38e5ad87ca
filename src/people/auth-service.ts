// Passwords, sessions with idle and absolute timeouts, API tokens and logging out (logging in, with its lockout,
// is login-service.ts). Every outcome that matters to an auditor writes an audit event.
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import type { Deps } from '../db.ts';
import type { Actor } from '../platform/access/actor.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { randomSecret, sha256 } from '../platform/secrets.ts';
import { rigaDate } from '../platform/time.ts';
import { UnauthenticatedError, ValidationError } from '../platform/errors.ts';
import * as repo from './repository.ts';
import { creatorCoversToken } from './policy.ts';

export const MIN_PASSWORD_LENGTH = 12;
export const DEMO_EMAIL_DOMAIN = '@demo.vienuviet.lv';
export const API_TOKEN_PREFIX = 'vv_';

export function hashPassword(password: string): Promise<string> {
  // Argon2id (the const enum's value 2: ambient const enums cannot be read under isolated modules).
  return hash(password, { algorithm: 2 as Algorithm.Argon2id });
}

// Verifying against a real hash when the e-mail is unknown keeps the answer time the same, so the login form
// does not tell which addresses have accounts.
let decoyHash: Promise<string> | undefined;
function decoy(): Promise<string> {
  decoyHash ??= hashPassword(randomSecret());
  return decoyHash;
}

/** Checks a password against the account's hash; without one (no account, no password yet) against a decoy, and false. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash !== null) return verify(passwordHash, password);
  await verify(await decoy(), password);
  return false;
}

export function checkPasswordStrength(password: string, field = '/password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw ValidationError.field(field, 'password_too_weak');
}

// Writing last_seen_at on every request would turn every read into a write; once a minute is precise enough
// for a 30-minute idle timeout.
const TOUCH_EVERY_MS = 60_000;

export async function actorFromSession(deps: Deps, token: string): Promise<Actor | undefined> {
  const now = deps.now();
  const tokenHash = sha256(token);
  const session = await repo.findSession(deps.db, tokenHash, rigaDate(now));
  if (!session || session.revoked_at || session.status !== 'active') return undefined;
  if (new Date(session.expires_at) <= now) return undefined;
  const idleLimit = deps.config.sessionIdleMinutes * 60_000;
  const lastSeen = new Date(session.last_seen_at).getTime();
  if (now.getTime() - lastSeen > idleLimit) return undefined;
  if (now.getTime() - lastSeen > TOUCH_EVERY_MS) await repo.touchSession(deps.db, tokenHash, now);
  return {
    kind: 'user',
    userId: session.user_id,
    tokenId: null,
    label: session.email,
    organisationId: session.organisation_id,
    grants: session.grants,
    sessionHash: tokenHash,
  };
}

export async function actorFromApiToken(deps: Deps, token: string): Promise<Actor | undefined> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return undefined;
  const now = deps.now();
  const row = await repo.findApiToken(deps.db, sha256(token), rigaDate(now));
  if (!row || row.revoked_at || new Date(row.expires_at) <= now) return undefined;
  // AM-1.11: the token dies with its creator's access (disabled, or no grant covering it today in Riga).
  if (
    !creatorCoversToken(
      { status: row.creator_status, grants: row.creator_grants },
      { role: row.role, organisationId: row.organisation_id },
    )
  )
    return undefined;
  if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > TOUCH_EVERY_MS) {
    await deps.db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.id).execute();
  }
  return {
    kind: 'token',
    userId: null,
    tokenId: row.id,
    label: `token:${row.prefix}:${row.name}`,
    organisationId: row.organisation_id,
    grants: [{ role: row.role, organisationId: row.organisation_id, centreId: row.centre_id }],
    sessionHash: null,
  };
}

export async function logout(deps: Deps, actor: Actor, context: AuditContext): Promise<void> {
  if (!actor.sessionHash || !actor.userId) return;
  const sessionHash = actor.sessionHash;
  await inTransaction(deps.db, async (trx) => {
    await repo.revokeSession(trx, sessionHash, deps.now());
    await recordAudit(trx, context, { action: 'auth.logout', entityType: 'user', entityId: actor.userId });
  });
}

export async function changePassword(
  deps: Deps,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  context: AuditContext,
): Promise<void> {
  const user = actor.userId ? await repo.findUserById(deps.db, actor.userId) : undefined;
  if (!user) throw new UnauthenticatedError();
  if (!user.password_hash || !(await verify(user.password_hash, input.currentPassword))) {
    throw ValidationError.field('/currentPassword', 'wrong_current_password');
  }
  checkPasswordStrength(input.newPassword, '/newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.now();
  await inTransaction(deps.db, async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, password_changed_at: now, updated_at: now })
      .where('id', '=', user.id)
      .execute();
    // Someone who knew the old password must not stay logged in elsewhere.
    await repo.revokeUserSessions(trx, user.id, now, actor.sessionHash ?? undefined);
    await recordAudit(trx, context, {
      action: 'user.password_change',
      entityType: 'user',
      entityId: user.id,
      organisationId: user.organisation_id,
    });
  });
}

/** Sets a password through a single-use link (invitation or reset). */
export async function setPasswordWithToken(
  deps: Deps,
  input: { token: string; password: string },
  context: AuditContext,
): Promise<void> {
  checkPasswordStrength(input.password);
  const now = deps.now();
  const passwordHash = await hashPassword(input.password);
  await inTransaction(deps.db, async (trx) => {
    const link = await trx
      .selectFrom('password_tokens')
      .selectAll()
      .where('token_hash', '=', sha256(input.token))
      .forUpdate()
      .executeTakeFirst();
    if (!link || link.used_at || new Date(link.expires_at) <= now)
      throw ValidationError.field('/token', 'token_invalid');
    const user = await repo.findUserById(trx, link.user_id);
    if (user?.status !== 'active') throw ValidationError.field('/token', 'token_invalid');
    await trx.updateTable('password_tokens').set({ used_at: now }).where('token_hash', '=', link.token_hash).execute();
    await trx
      .updateTable('users')
      .set({
        password_hash: passwordHash,
        password_changed_at: now,
        updated_at: now,
        failed_logins: 0,
        locked_until: null,
      })
      .where('id', '=', user.id)
      .execute();
    await repo.revokeUserSessions(trx, user.id, now);
    await recordAudit(
      trx,
      {
        ...context,
        actor: {
          ...context.actor,
          kind: 'user',
          userId: user.id,
          label: user.email,
          organisationId: user.organisation_id,
        },
      },
      {
        action: 'user.password_set',
        entityType: 'user',
        entityId: user.id,
        organisationId: user.organisation_id,
        after: { purpose: link.purpose },
      },
    );
  });
}
