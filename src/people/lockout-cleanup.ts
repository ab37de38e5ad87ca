// Forgetting failed logins of addresses without an account (login_failures, 0012): a row whose lock has ended and
// that nobody has failed on for a day is removed, so the table holds only the addresses tried lately — not every
// address ever typed — and an old slip does not count towards a lock months later (accounts forget theirs at the
// next successful login).
import type { Kysely } from 'kysely';
import type { DB, Job } from '../db.ts';

/** How long an address's failures are remembered after its last one (and after its lock, if any, ended). */
export const LOGIN_FAILURES_KEPT_MS = 24 * 60 * 60_000;

/** Removes the forgotten rows; returns how many. */
export async function removeForgottenFailures(db: Kysely<DB>, now: Date): Promise<number> {
  const before = new Date(now.getTime() - LOGIN_FAILURES_KEPT_MS);
  const result = await db
    .deleteFrom('login_failures')
    .where('updated_at', '<', before)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export const loginFailuresCleanupJob: Job = {
  name: 'login-failures-cleanup',
  everyMs: 60 * 60_000,
  run: async (deps) => {
    await removeForgottenFailures(deps.db, deps.now());
  },
};
