// The one way to write an audit event. It must run in the transaction of the change it records, so that a change
// without its event (or an event without its change) cannot exist.
//
// Events form chains, one per writer (chainKeyOf: a user, a token, a job; callers without an identity in a few
// shards): each event's hash is an HMAC-SHA256 under AUDIT_KEY of everything stored about it — its id, chain and
// position, the previous event's hash, the timestamp at microsecond precision, who, what and the payload — so an
// edited, removed or re-hashed row breaks its chain at a place that can be named, and only the key's holder could
// re-hash one. Appends to one chain are ordered by the row lock on its head (audit_chain_heads); different chains
// never wait on each other. Anchors (anchor.ts) pin the heads where the application cannot rewrite them; verify.ts
// checks all of it.
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { PlatformTables as DB } from '../db/tables.generated.ts';
import type { Actor } from '../access/actor.ts';
import { loadConfig } from '../config.ts';
import { auditKeyring, type AuditKeyring } from './keys.ts';

export const GENESIS_HASH = '0'.repeat(64);

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

let keyring: AuditKeyring | undefined;

/**
 * The keys of this process. recordAudit() has no configuration argument (its signature is shared by every
 * capability), so it reads the same environment the server's configuration came from, once.
 */
export function activeKeyring(): AuditKeyring {
  keyring ??= auditKeyring(loadConfig());
  return keyring;
}

/** How many chains the callers without an identity (failed logins) are spread over, by their IP. */
export const ANONYMOUS_SHARDS = 16;

/**
 * The chain a writer appends to: one per actor — `user:<id>`, `token:<id>`, `system:<job>` — and, for callers without
 * an identity (failed logins), `anonymous:<n>`, one of ANONYMOUS_SHARDS chains chosen by a hash of the IP.
 *
 * Why per actor: appends to one chain queue on its head's row lock from the claim to the commit, so a chain is a
 * queue. One chain per organisation made every counter clerk of a municipality (Riga: dozens of centres, hundreds of
 * clerks) wait for each other — the bench's sessions spent most of their time on that lock. A person (or a token's
 * system, or a job) does one thing at a time, so their own chain is not contended, and writes of two actors never
 * wait on each other whatever their organisation. Nothing is lost: every event still carries its organisation
 * (scoped search), anchors and the digest pin every chain's head however many there are (anchor.ts, digest.ts).
 * A password-spraying attack then serialises only within its IP's shard, not every failed login of the country.
 * Chains of the keys used before (`org:<id>`, `anonymous`) simply end where they were and keep verifying.
 */
export function chainKeyOf(actor: Actor, ip?: string | null): string {
  if (actor.kind === 'system') return `system:${actor.label.slice(0, 100)}`;
  if (actor.kind === 'token' && actor.tokenId) return `token:${actor.tokenId}`;
  if (actor.userId) return `user:${actor.userId}`;
  const shard = createHash('sha256')
    .update(ip ?? '')
    .digest()
    .readUInt32BE(0);
  return `anonymous:${shard % ANONYMOUS_SHARDS}`;
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

/**
 * An instant as the hash sees it: UTC with microseconds, the precision timestamptz stores. A JS Date has
 * milliseconds, so a fresh event's text ends in 000; verification reads the stored value in the same form
 * (repository.ts STORED_INSTANT), so moving a timestamp by one microsecond changes the hash.
 */
export function instantText(at: Date): string {
  return at.toISOString().replace(/Z$/, '000Z');
}

/** The stored fields of an event that its hash covers (occurred_at as instantText). */
export interface HashedEvent {
  id: string;
  chain_key: string;
  chain_seq: number;
  key_id: string;
  occurred_at: string;
  actor_user_id: string | null;
  actor_token_id: string | null;
  actor_label: string;
  organisation_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  request_id: string | null;
  prev_hash: string;
}

export function hashEvent(event: HashedEvent, secret: string): string {
  const material = canonicalJson({
    v: 2,
    id: event.id,
    chain: event.chain_key,
    seq: event.chain_seq,
    key: event.key_id,
    prev: event.prev_hash,
    at: event.occurred_at,
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
  return createHmac('sha256', secret).update(material).digest('hex');
}

/** A claimed position on a chain: the chain, the event's position and the previous event's hash. */
export interface ChainHead {
  chain_key: string;
  seq: number;
  hash: string;
}

/**
 * The claim on the writer's chain head: takes the chain's next position and the previous hash, and locks the head row
 * until commit. A transaction stays on the chain of its first event (a transaction-local setting), so it never holds
 * two heads and two transactions can never wait on each other's chains.
 *
 * recordAudit runs it as a statement of its own. A hot path that writes one row and audits it (a contact's
 * registration) runs it inside its own write, one round trip less: `after` names a CTE of that statement, and the claim
 * is taken only once that CTE has given a row (none: no claim), so the write's own waits (a unique key another
 * transaction holds) come before the head's lock. That statement returns the claim's chain_key, seq and hash, and the
 * caller then calls appendClaimed with them, with no other audit event between: another event would take the next
 * position before this one's hash is on the head.
 */
export function claimHead(context: AuditContext, after?: string) {
  return sql<ChainHead>`insert into audit_chain_heads as h (chain_key, seq, hash)
      select coalesce(nullif(current_setting('vienuviet.audit_chain', true), ''), ${chainKeyOf(context.actor, context.ip)}), 1, ${GENESIS_HASH}
      ${after === undefined ? sql`` : sql`from ${sql.table(after)} limit 1`}
      on conflict (chain_key) do update set seq = h.seq + 1
      returning h.chain_key, h.seq, h.hash, set_config('vienuviet.audit_chain', h.chain_key, true)`;
}

export async function recordAudit<D extends DB>(
  trx: Transaction<D>,
  context: AuditContext,
  input: AuditInput,
): Promise<void> {
  // Both statements are prepared (platform/db/database.ts).
  const head = (await sql<ChainHead>`/* prepared */ ${claimHead(context)}`.execute(trx)).rows[0]!;
  await appendClaimed(trx, context, input, head);
}

/** The event at the position claimed (by recordAudit, or by the caller's statement with claimHead), and the head's new hash. */
export async function appendClaimed<D extends DB>(
  trx: Transaction<D>,
  context: AuditContext,
  input: AuditInput,
  head: ChainHead,
): Promise<void> {
  const e = eventAt(context, input, head);
  await sql`/* prepared */ with head as (update audit_chain_heads set hash = ${e.hash} where chain_key = ${head.chain_key})
    insert into audit_events (${EVENT_COLUMNS}) values (${eventValues(e)})`.execute(trx);
}

/** A chain's last event as its head row holds it: its position and hash. */
export interface SeenHead {
  seq: number;
  hash: string;
}

/**
 * The writer's chain head as it stands, as a sub-select (JSON) for a query the hot path runs anyway, so that its
 * write can append with appendAfter; null before the chain's first event.
 */
export function seenHeadSql(context: AuditContext) {
  return sql<SeenHead | null>`(select json_build_object('seq', h.seq, 'hash', h.hash) from audit_chain_heads h
    where h.chain_key = ${chainKeyOf(context.actor, context.ip)})`;
}

/**
 * A one-statement append, for a hot path that writes one row and audits it without a transaction around them (a
 * spoken contact's registration: no BEGIN, no claim, no COMMIT — three round trips less). `ctes` are two CTEs for the
 * caller's statement: the head moved from `seen` (read earlier, seenHeadSql) to the event, only once the CTE named
 * `after` has given a row (none: nothing audited, nothing moved), and the event after it. The head's row lock is
 * held for that statement only. `check` goes in the statement's main query: when the head is no longer where it was
 * read (another append of the writer came first), it fails the whole statement (migration 0043, HEAD_MOVED), so the
 * change never stands without its event — the caller writes it again the transactional way (isHeadMoved).
 */
export function appendAfter(context: AuditContext, input: AuditInput, seen: SeenHead, after: string) {
  const chainKey = chainKeyOf(context.actor, context.ip);
  const e = eventAt(context, input, { chain_key: chainKey, seq: seen.seq + 1, hash: seen.hash });
  const from = sql.table(after);
  return {
    ctes: sql`audit_head as (
        update audit_chain_heads set seq = ${e.event.chain_seq}, hash = ${e.hash}
         where chain_key = ${chainKey} and seq = ${seen.seq} and exists (select 1 from ${from})
        returning chain_key),
      audit_event as (insert into audit_events (${EVENT_COLUMNS}) select ${eventValues(e)} from audit_head)`,
    check: sql<null>`case when exists (select 1 from ${from}) and not exists (select 1 from audit_head)
        then audit_head_moved() end`,
  };
}

/** SQLSTATE of migration 0043's audit_head_moved(). */
const HEAD_MOVED = 'VVA01';

/** The error of appendAfter's check: the statement wrote nothing, write it again with a claim. */
export function isHeadMoved(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === HEAD_MOVED;
}

const EVENT_COLUMNS =
  sql.raw(`id, chain_key, chain_seq, key_id, occurred_at, actor_user_id, actor_token_id, actor_label,
      organisation_id, action, entity_type, entity_id, before, after, ip, request_id, prev_hash, hash`);

interface Built {
  event: HashedEvent;
  hash: string;
  occurredAt: Date;
}

/** The event at `head` (its position and the previous event's hash), hashed under the current key. */
function eventAt(context: AuditContext, input: AuditInput, head: ChainHead): Built {
  const keys = activeKeyring();
  const occurredAt = new Date();
  const event: HashedEvent = {
    id: randomUUID(),
    chain_key: head.chain_key,
    chain_seq: head.seq,
    key_id: keys.current.id,
    occurred_at: instantText(occurredAt),
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
    prev_hash: head.hash,
  };
  return { event, hash: hashEvent(event, keys.current.secret), occurredAt };
}

function eventValues({ event, hash, occurredAt }: Built) {
  const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
  return sql`${event.id}, ${event.chain_key}, ${event.chain_seq}, ${event.key_id}, ${occurredAt}, ${event.actor_user_id},
      ${event.actor_token_id}, ${event.actor_label}, ${event.organisation_id}, ${event.action}, ${event.entity_type},
      ${event.entity_id}, ${json(event.before)}, ${json(event.after)}, ${event.ip}, ${event.request_id}, ${event.prev_hash}, ${hash}`;
}
