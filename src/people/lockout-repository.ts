// SQL of the login lockout. Each failure is counted, and the lock decided, by one statement on one row: parallel
// wrong passwords queue on the row lock and each sees the count the previous one left (a read-then-write in
// JavaScript let 16 parallel failures count as a handful, and never lock). Accounts keep their counter on the
// users row; an address without an account has the same counter in login_failures (0012), decided by the same
// expression, so that both lock after the same number of failures.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB, Tx } from '../db.ts';

type Q = Kysely<DB> | Tx;

export interface LockoutRule {
  /** Failures that lock (LOCKOUT_THRESHOLD). */
  threshold: number;
  /** The lock's end if this failure locks. */
  lockUntil: Date;
}

export interface FailureCount {
  failed_logins: number;
  locked_until: Date | null;
}

/** One more failure after `previous`: at the threshold the counter restarts and the lock is set; else it counts on. */
function nextFailure(previous: RawBuilder<number>, previousLock: RawBuilder<Date | null>, rule: LockoutRule) {
  const reached = sql`${previous} + 1 >= ${rule.threshold}`;
  return {
    failed_logins: sql<number>`case when ${reached} then 0 else ${previous} + 1 end`,
    locked_until: sql<Date | null>`case when ${reached} then ${rule.lockUntil}::timestamptz else ${previousLock} end`,
  };
}

/** Counts a failed login of an account; returns the counter and lock as they are after it. */
export function recordUserFailure(trx: Tx, userId: string, rule: LockoutRule): Promise<FailureCount> {
  return trx
    .updateTable('users')
    .set(nextFailure(sql.ref('users.failed_logins'), sql.ref('users.locked_until'), rule))
    .where('id', '=', userId)
    .returning(['failed_logins', 'locked_until'])
    .executeTakeFirstOrThrow();
}

/** Counts a failed login for an address without an account, exactly as recordUserFailure does for an account. */
export function recordAddressFailure(
  trx: Tx,
  addressHash: string,
  rule: LockoutRule,
  now: Date,
): Promise<FailureCount> {
  return trx
    .insertInto('login_failures')
    .values({ address_hash: addressHash, ...nextFailure(sql`0`, sql`null`, rule), updated_at: now })
    .onConflict((oc) =>
      oc.column('address_hash').doUpdateSet({
        ...nextFailure(sql.ref('login_failures.failed_logins'), sql.ref('login_failures.locked_until'), rule),
        updated_at: now,
      }),
    )
    .returning(['failed_logins', 'locked_until'])
    .executeTakeFirstOrThrow();
}

export async function addressLockedUntil(q: Q, addressHash: string): Promise<Date | null> {
  const row = await q
    .selectFrom('login_failures')
    .select('locked_until')
    .where('address_hash', '=', addressHash)
    .executeTakeFirst();
  return row?.locked_until ?? null;
}

/** The account's lock, read with a row lock: a success decided on it cannot cross a failure that locks. */
export async function userLockedUntilForUpdate(trx: Tx, userId: string): Promise<Date | null> {
  const row = await trx
    .selectFrom('users')
    .select('locked_until')
    .where('id', '=', userId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return row.locked_until;
}

/** A successful login (or a new password) starts the count again. */
export function clearUserFailures(trx: Tx, userId: string): Promise<unknown> {
  return trx.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', userId).execute();
}
