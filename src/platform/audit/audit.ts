// The one way to write an audit event. It must run in the transaction of the change it records, so that a change
// without its event (or an event without its change) cannot exist. Events are hash-chained: each hash covers the
// event's fields and the previous event's hash, so editing or deleting a row breaks the chain from there on.
import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { AuditEventRow, DB } from '../db/schema.ts';
import type { Actor } from '../access/actor.ts';

export const GENESIS_HASH = '0'.repeat(64);
// Serialises appends so that two transactions never chain onto the same predecessor.
const CHAIN_LOCK = 7_431_001;

export interface AuditContext {
  actor: Actor;
  ip?: string | null;
  requestId?: string | null;
}

export interface AuditInput {
  /** verb.noun, e.g. user.create, grant.revoke, auth.login_failed, person.code_viewed */
  action: string;
  entityType: string;
  entityId?: string | null;
  /** The organisation the event concerns (for scoped search); defaults to the actor's. */
  organisationId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** JSON with keys sorted at every level: jsonb reorders keys, the hash must not depend on it. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Plain JSON data (Dates become ISO strings), exactly as jsonb will give it back. */
function plain(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

type Hashable = Pick<
  AuditEventRow,
  | 'occurred_at'
  | 'actor_user_id'
  | 'actor_token_id'
  | 'actor_label'
  | 'organisation_id'
  | 'action'
  | 'entity_type'
  | 'entity_id'
  | 'before'
  | 'after'
  | 'ip'
  | 'request_id'
  | 'prev_hash'
>;

export function hashEvent(event: Hashable): string {
  const material = canonicalJson({
    prev: event.prev_hash,
    at: new Date(event.occurred_at).toISOString(),
    actorUser: event.actor_user_id,
    actorToken: event.actor_token_id,
    actor: event.actor_label,
    org: event.organisation_id,
    action: event.action,
    entityType: event.entity_type,
    entityId: event.entity_id,
    before: event.before ?? null,
    after: event.after ?? null,
    ip: event.ip,
    requestId: event.request_id,
  });
  return createHash('sha256').update(material).digest('hex');
}

export async function recordAudit(trx: Transaction<DB>, context: AuditContext, input: AuditInput): Promise<void> {
  // The three statements are prepared (src/platform/db/database.ts): the last two run while the chain is locked,
  // and planning them on every append cost about as much as running them.
  await sql`/* prepared */ select pg_advisory_xact_lock(${CHAIN_LOCK})`.execute(trx);
  const last = (await sql<{ hash: string }>`/* prepared */ select hash from audit_events order by seq desc limit 1`.execute(trx)).rows[0];
  const event: Hashable = {
    occurred_at: new Date(),
    actor_user_id: context.actor.userId,
    actor_token_id: context.actor.tokenId,
    actor_label: context.actor.label,
    organisation_id: input.organisationId === undefined ? context.actor.organisationId : input.organisationId,
    action: input.action,
    entity_type: input.entityType,
    entity_id: input.entityId ?? null,
    before: plain(input.before),
    after: plain(input.after),
    ip: context.ip ?? null,
    request_id: context.requestId ?? null,
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
  await sql`/* prepared */ insert into audit_events (occurred_at, actor_user_id, actor_token_id, actor_label, organisation_id, action,
      entity_type, entity_id, before, after, ip, request_id, prev_hash, hash)
    values (${event.occurred_at}, ${event.actor_user_id}, ${event.actor_token_id}, ${event.actor_label}, ${event.organisation_id},
      ${event.action}, ${event.entity_type}, ${event.entity_id}, ${json(event.before)}, ${json(event.after)}, ${event.ip},
      ${event.request_id}, ${event.prev_hash}, ${hashEvent(event)})`.execute(trx);
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  /** The first event whose hash or link does not match, when the chain is broken. */
  firstBroken?: { seq: number; id: string; occurredAt: string; reason: 'hash_mismatch' | 'link_mismatch' };
}

/** Walks the whole chain in order, in pages, and names the first event that does not fit. */
export async function verifyChain(db: Kysely<DB>, pageSize = 2000): Promise<ChainReport> {
  let previous = GENESIS_HASH;
  let afterSeq = 0;
  let checked = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const row of page) {
      const where = { seq: row.seq, id: row.id, occurredAt: new Date(row.occurred_at).toISOString() };
      if (row.prev_hash !== previous) return { ok: false, checked, firstBroken: { ...where, reason: 'link_mismatch' } };
      if (hashEvent(row) !== row.hash) return { ok: false, checked, firstBroken: { ...where, reason: 'hash_mismatch' } };
      previous = row.hash;
      checked++;
    }
    if (page.length < pageSize) return { ok: true, checked };
    afterSeq = page[page.length - 1]!.seq;
  }
}
