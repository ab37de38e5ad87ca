// Idempotency-Key for registrations (none lost, none doubled): the counter's browser keeps a registration made while the
// connection is down and sends it again with the same key; the first successful response is stored with the
// contact, in its transaction, and every retry gets it back (same status, same body) without creating anything.
// A key reused for a different body is a client bug, refused. Only successes are stored — a refused request wrote
// nothing, so its retry is simply checked again. A retry whose contact was undone since (same day, write-service.ts)
// is told so (contact_undone, gone): replaying "201 created" for a contact that no longer exists would put it back in
// the counter's list, and the counter's outbox drops the registration as settled (web/src/counter/outbox.ts).
import { canonicalJson } from '../platform/audit/audit.ts';
import type { Deps, Job } from '../db.ts';
import { ConflictError, GoneError, RefusedByRuleError } from '../platform/errors.ts';
import { sha256 } from '../platform/secrets.ts';
import type { StoredResponse } from './repository.ts';

/** The stored answer is an HTTP one by nature (the key is a header): the first success's "201 Created". */
export const CREATED_STATUS = 201;

export interface IdempotentResult<T> {
  status: number;
  body: T;
  /** True when this is the stored answer to an earlier request. */
  replayed: boolean;
}

/** The request's fingerprint: its body after defaults, independent of key order. */
export function requestHash(body: unknown): string {
  return sha256(canonicalJson(body));
}

/** Thrown inside the transaction when another request holds the key: the transaction rolls back, nothing written. */
export class KeyTaken extends Error {}

/**
 * The stored answer for a retry; refused by rule when the key was used for another request, a conflict while the first is unfinished,
 * gone when the contact it created has been undone since.
 */
export function replay<T>(stored: StoredResponse, hash: string): IdempotentResult<T> {
  if (stored.request_hash !== hash)
    throw new RefusedByRuleError('idempotency_key_reused', {}, [
      { field: '/idempotency-key', code: 'idempotency_key_reused', in: 'header' },
    ]);
  if (stored.response === null || stored.status === 0) throw new ConflictError('idempotency_in_progress');
  if (!stored.contact_exists) throw new GoneError('contact_undone');
  return { status: stored.status, body: stored.response as T, replayed: true };
}

/**
 * How long a key is kept. The counter's browser sends a kept registration the same day (a contact queued over
 * midnight is refused as the wrong day), so a week covers every honest retry with room to spare.
 */
export const KEY_RETENTION_DAYS = 7;

/** Removes keys older than the retention; returns how many. */
export async function removeOldKeys(deps: Deps): Promise<number> {
  const cutoff = new Date(deps.now().getTime() - KEY_RETENTION_DAYS * 86_400_000);
  const result = await deps.db.deleteFrom('contact_idempotency').where('created_at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export const idempotencyCleanupJob: Job = {
  name: 'contact-idempotency-cleanup',
  everyMs: 60 * 60_000,
  run: async (deps) => {
    await removeOldKeys(deps);
  },
};
