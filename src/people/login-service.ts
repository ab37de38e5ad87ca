// Logging in with e-mail and password, with a temporary lock after repeated failures (LOCKOUT_THRESHOLD,
// LOCKOUT_MINUTES). Two properties hold under parallel requests and whether or not the address has an account:
//  - failures are counted by one statement per failure (lockout-repository.ts), and a success is decided on the
//    row it locks, so N parallel wrong passwords lock the account and a right one arriving behind them is refused;
//  - an address without an account is counted and locked exactly like an account (login_failures), and the locked
//    answer is the same for both, so the lock does not tell an attacker that an account exists. Showing the lock to
//    a wrong password is kept on purpose: the alternative, checking the password during the lock and telling only
//    the right one, would let guessing go on through the lock and reveal the right guess by the different answer.
import type { Deps } from '../db.ts';
import { anonymous } from '../platform/access/actor.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import type { User } from './tables.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { randomSecret, sha256 } from '../platform/secrets.ts';
import { TooManyRequestsError, UnauthenticatedError } from '../platform/errors.ts';
import { DEMO_EMAIL_DOMAIN, verifyPassword } from './auth-service.ts';
import * as lockout from './lockout-repository.ts';
import * as repo from './repository.ts';

export interface LoginResult {
  sessionToken: string;
  userId: string;
  expiresAt: Date;
}

interface Attempt {
  deps: Deps;
  now: Date;
  /** SHA-256 of the lower-cased address: the key of an address without an account. */
  addressHash: string;
  user: User | undefined;
  context: AuditContext;
}

const isLocked = (until: Date | null, now: Date): until is Date => until !== null && new Date(until) > now;

/** The locked answer, the same for every address; the audit trail still tells an account from an unknown address. */
async function refuseLocked(attempt: Attempt, until: Date): Promise<never> {
  const { deps, user, context, now } = attempt;
  await inTransaction(deps.db, (trx) =>
    recordAudit(trx, context, {
      action: 'auth.login_refused_locked',
      entityType: 'user',
      entityId: user?.id ?? null,
      organisationId: user?.organisation_id ?? null,
    }),
  );
  throw new TooManyRequestsError('account_locked', {
    minutes: Math.ceil((new Date(until).getTime() - now.getTime()) / 60_000),
  });
}

async function recordFailure(attempt: Attempt, email: string): Promise<never> {
  const { deps, user, context, now } = attempt;
  const rule = {
    threshold: deps.config.lockoutThreshold,
    lockUntil: new Date(now.getTime() + deps.config.lockoutMinutes * 60_000),
  };
  await inTransaction(deps.db, async (trx) => {
    const after = user
      ? await lockout.recordUserFailure(trx, user.id, rule)
      : await lockout.recordAddressFailure(trx, attempt.addressHash, rule, now);
    await recordAudit(trx, context, {
      action: 'auth.login_failed',
      entityType: 'user',
      entityId: user?.id ?? null,
      organisationId: user?.organisation_id ?? null,
      after: { email: email.slice(0, 254), locked: isLocked(after.locked_until, now) },
    });
  });
  throw new UnauthenticatedError('invalid_credentials');
}

export async function login(
  deps: Deps,
  input: { email: string; password: string },
  meta: { ip: string | null; userAgent: string | null; requestId: string | null },
): Promise<LoginResult> {
  const now = deps.now();
  const address = input.email.trim().toLowerCase();
  // Demo accounts have published passwords: in production they do not exist for the login form.
  const refusedDemo = deps.config.env === 'production' && address.endsWith(DEMO_EMAIL_DOMAIN);
  const user = refusedDemo ? undefined : await repo.findUserByEmail(deps.db, address);
  const context: AuditContext = {
    actor: { ...anonymous, label: input.email.slice(0, 254) },
    ip: meta.ip,
    requestId: meta.requestId,
  };
  const attempt: Attempt = { deps, now, addressHash: sha256(address), user, context };

  const lockedUntil = user ? user.locked_until : await lockout.addressLockedUntil(deps.db, attempt.addressHash);
  if (isLocked(lockedUntil, now)) return refuseLocked(attempt, lockedUntil);

  // Every path hashes once (a decoy without a usable account), so the time does not tell either.
  const ok = await verifyPassword(user?.status === 'active' ? user.password_hash : null, input.password);
  if (!user || !ok) return recordFailure(attempt, input.email);

  const sessionToken = randomSecret();
  const expiresAt = new Date(now.getTime() + deps.config.sessionAbsoluteHours * 3_600_000);
  const lockedMeanwhile = await inTransaction(deps.db, async (trx) => {
    // Parallel wrong passwords may have locked the account while this one was being verified.
    const until = await lockout.userLockedUntilForUpdate(trx, user.id);
    if (isLocked(until, now)) return until;
    await lockout.clearUserFailures(trx, user.id);
    await repo.insertSession(trx, {
      tokenHash: sha256(sessionToken),
      userId: user.id,
      expiresAt,
      ip: meta.ip,
      userAgent: meta.userAgent,
      now,
    });
    await recordAudit(
      trx,
      {
        ...context,
        actor: { ...anonymous, kind: 'user', userId: user.id, label: user.email, organisationId: user.organisation_id },
      },
      { action: 'auth.login', entityType: 'user', entityId: user.id },
    );
    return null;
  });
  if (lockedMeanwhile) return refuseLocked(attempt, lockedMeanwhile);
  return { sessionToken, userId: user.id, expiresAt };
}
