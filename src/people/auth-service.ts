// Logging in and out, sessions with idle and absolute timeouts, lockout after repeated failures, API tokens,
// and password changes. Every outcome that matters to an auditor writes an audit event.
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import type { Deps } from '../platform/deps.ts';
import type { Actor } from '../platform/access/actor.ts';
import { anonymous } from '../platform/access/actor.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { randomSecret, sha256 } from '../platform/secrets.ts';
import { rigaDate } from '../platform/time.ts';
import { TooManyRequestsError, UnauthenticatedError, ValidationError } from '../platform/http/errors.ts';
import * as repo from './repository.ts';

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

export function checkPasswordStrength(password: string, field = '/password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw ValidationError.field(field, 'password_too_weak');
}

export interface LoginResult {
  sessionToken: string;
  userId: string;
  expiresAt: Date;
}

export async function login(
  deps: Deps,
  input: { email: string; password: string },
  meta: { ip: string | null; userAgent: string | null; requestId: string | null },
): Promise<LoginResult> {
  const now = deps.now();
  // Demo accounts have published passwords: in production they do not exist for the login form.
  const refusedDemo = deps.config.env === 'production' && input.email.trim().toLowerCase().endsWith(DEMO_EMAIL_DOMAIN);
  const user = refusedDemo ? undefined : await repo.findUserByEmail(deps.db, input.email);
  const context: AuditContext = { actor: { ...anonymous, label: input.email.slice(0, 254) }, ip: meta.ip, requestId: meta.requestId };

  if (user?.locked_until && new Date(user.locked_until) > now) {
    const minutes = Math.ceil((new Date(user.locked_until).getTime() - now.getTime()) / 60_000);
    await inTransaction(deps.db, (trx) =>
      recordAudit(trx, context, {
        action: 'auth.login_refused_locked',
        entityType: 'user',
        entityId: user.id,
        organisationId: user.organisation_id,
      }),
    );
    throw new TooManyRequestsError('account_locked', { minutes });
  }

  const ok =
    user !== undefined && user.status === 'active' && user.password_hash !== null
      ? await verify(user.password_hash, input.password)
      : (await verify(await decoy(), input.password), false);

  if (!ok || !user) {
    await inTransaction(deps.db, async (trx) => {
      let locked = false;
      if (user) {
        const failures = user.failed_logins + 1;
        locked = failures >= deps.config.lockoutThreshold;
        await trx
          .updateTable('users')
          .set({
            failed_logins: locked ? 0 : failures,
            locked_until: locked ? new Date(now.getTime() + deps.config.lockoutMinutes * 60_000) : null,
          })
          .where('id', '=', user.id)
          .execute();
      }
      await recordAudit(trx, context, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        organisationId: user?.organisation_id ?? null,
        after: { email: input.email.slice(0, 254), locked },
      });
    });
    throw new UnauthenticatedError('invalid_credentials');
  }

  const sessionToken = randomSecret();
  const expiresAt = new Date(now.getTime() + deps.config.sessionAbsoluteHours * 3_600_000);
  await inTransaction(deps.db, async (trx) => {
    await trx.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute();
    await repo.insertSession(trx, { tokenHash: sha256(sessionToken), userId: user.id, expiresAt, ip: meta.ip, userAgent: meta.userAgent, now });
    await recordAudit(
      trx,
      { ...context, actor: { ...anonymous, kind: 'user', userId: user.id, label: user.email, organisationId: user.organisation_id } },
      { action: 'auth.login', entityType: 'user', entityId: user.id },
    );
  });
  return { sessionToken, userId: user.id, expiresAt };
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
  const row = await repo.findApiToken(deps.db, sha256(token));
  if (!row || row.revoked_at || new Date(row.expires_at) <= now) return undefined;
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
    await trx.updateTable('users').set({ password_hash: passwordHash, password_changed_at: now, updated_at: now }).where('id', '=', user.id).execute();
    // Someone who knew the old password must not stay logged in elsewhere.
    await repo.revokeUserSessions(trx, user.id, now, actor.sessionHash ?? undefined);
    await recordAudit(trx, context, { action: 'user.password_change', entityType: 'user', entityId: user.id, organisationId: user.organisation_id });
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
    if (!link || link.used_at || new Date(link.expires_at) <= now) throw ValidationError.field('/token', 'token_invalid');
    const user = await repo.findUserById(trx, link.user_id);
    if (!user || user.status !== 'active') throw ValidationError.field('/token', 'token_invalid');
    await trx.updateTable('password_tokens').set({ used_at: now }).where('token_hash', '=', link.token_hash).execute();
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, password_changed_at: now, updated_at: now, failed_logins: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
    await repo.revokeUserSessions(trx, user.id, now);
    await recordAudit(
      trx,
      { ...context, actor: { ...context.actor, kind: 'user', userId: user.id, label: user.email, organisationId: user.organisation_id } },
      { action: 'user.password_set', entityType: 'user', entityId: user.id, organisationId: user.organisation_id, after: { purpose: link.purpose } },
    );
  });
}
