// Verification of the audit trail: every chain walked in order, each event re-hashed with its key and linked to the
// one before, then compared with the chain's head row, its latest anchor in the database and any anchors an auditor
// brings (a signed digest file: its anchors, or the root of the database's anchors it was issued over). The first
// event of each chain that does not fit is named, with the reason.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditEventRow } from '../db/tables.ts';
import type { PlatformTables, PlatformTables as DB } from '../db/tables.generated.ts';
import { activeKeyring, canonicalJson, GENESIS_HASH, hashEvent } from './audit.ts';
import { LEGACY_CHAIN, LEGACY_KEY_ID, type AuditKeyring } from './keys.ts';
import { headsRoot, type ExternalAnchor, type RootPin } from './digest.ts';
import * as repo from './repository.ts';
import { platformView } from '../db/platform-view.ts';

export type BreakReason =
  /** The row's stored content differs from what was hashed: edited (payload, timestamp, id, position), or re-hashed without the key. */
  | 'hash_mismatch'
  /** Its prev_hash is not the previous event's hash: the event before it was replaced. */
  | 'link_mismatch'
  /** Its position skips: events before it were deleted. */
  | 'missing_events'
  /** The chain ends before a position an anchor or its head names: events at its end were deleted. */
  | 'truncated'
  /**
   * The event an anchor names has another hash: the chain was rewritten (with the key) after it was anchored. Also
   * a root digest whose root the database's anchors at its time no longer give (chain key `digest`): anchors
   * were removed or rewritten.
   */
  | 'anchor_mismatch'
  /** The chain's head row does not name its last event. */
  | 'head_mismatch'
  /** Hashed with a key that is not configured (AUDIT_KEY, AUDIT_PREVIOUS_KEYS). */
  | 'unknown_key';

export interface BrokenAt {
  chainKey: string;
  /** Position in the chain; for `truncated`, the first missing one. */
  chainSeq: number;
  /** The row's seq, id and time; null when the event is missing. */
  seq: number | null;
  id: string | null;
  occurredAt: string | null;
  reason: BreakReason;
}

export interface ChainReport {
  ok: boolean;
  /** Events verified intact (in a broken chain, those before its break). */
  checked: number;
  chains: number;
  /** Anchors the chains were compared with (the database's latest per chain and the given ones), and the newest time. */
  anchors: { checked: number; latestAt: string | null };
  /** The first broken event of the first broken chain (chains in key order); undefined when ok. */
  firstBroken?: BrokenAt;
  /** The first broken event of every broken chain. */
  broken: BrokenAt[];
}

export type { ExternalAnchor } from './digest.ts';

export interface VerifyOptions {
  keyring?: AuditKeyring;
  anchors?: ExternalAnchor[];
  /** Root digests (the mailed form): the database's anchors at each one's time must hash to its root. */
  roots?: RootPin[];
  pageSize?: number;
}

type Row = AuditEventRow & { occurred_text: string };

/** How events were hashed before migration 0015 (unkeyed SHA-256, milliseconds, no id): kept to verify them. */
function legacyHash(row: Row): string {
  const material = canonicalJson({
    prev: row.prev_hash,
    at: new Date(row.occurred_at).toISOString(),
    actorUser: row.actor_user_id,
    actorToken: row.actor_token_id,
    actor: row.actor_label,
    org: row.organisation_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before ?? null,
    after: row.after ?? null,
    ip: row.ip,
    requestId: row.request_id,
  });
  return createHash('sha256').update(material).digest('hex');
}

function badHash(row: Row, keyring: AuditKeyring): BreakReason | undefined {
  // Only the closed chain of the events written before keys existed may be unkeyed: elsewhere the legacy id would
  // let anybody re-hash an edited chain with plain SHA-256.
  if (row.key_id === LEGACY_KEY_ID) {
    if (row.chain_key !== LEGACY_CHAIN) return 'unknown_key';
    return legacyHash(row) === row.hash ? undefined : 'hash_mismatch';
  }
  const secret = keyring.secretOf(row.key_id);
  if (secret === undefined) return 'unknown_key';
  return hashEvent({ ...row, occurred_at: row.occurred_text }, secret) === row.hash ? undefined : 'hash_mismatch';
}

interface ChainResult {
  checked: number;
  broken?: BrokenAt;
}

async function verifyOne(
  db: Kysely<DB>,
  chainKey: string,
  keyring: AuditKeyring,
  anchors: { seq: number; hash: string }[],
  head: { seq: number; hash: string } | undefined,
  pageSize: number,
): Promise<ChainResult> {
  const pending = [...anchors].sort((a, b) => a.seq - b.seq);
  let previous = GENESIS_HASH;
  let position = 0;
  for (;;) {
    const page = (await repo.chainPage(db, chainKey, position, pageSize)) as Row[];
    for (const row of page) {
      const at = { chainKey, chainSeq: row.chain_seq, seq: row.seq, id: row.id, occurredAt: row.occurred_text };
      const reason =
        row.chain_seq !== position + 1
          ? 'missing_events'
          : row.prev_hash !== previous
            ? 'link_mismatch'
            : badHash(row, keyring);
      if (reason) return { checked: position, broken: { ...at, reason } };
      while (pending[0] && pending[0].seq === row.chain_seq) {
        if (pending.shift()!.hash !== row.hash)
          return { checked: position, broken: { ...at, reason: 'anchor_mismatch' } };
      }
      previous = row.hash;
      position = row.chain_seq;
    }
    if (page.length < pageSize) break;
  }
  const missing = { chainKey, chainSeq: position + 1, seq: null, id: null, occurredAt: null };
  if (pending.length > 0 || (head && head.seq > position))
    return { checked: position, broken: { ...missing, reason: 'truncated' } };
  if (head && (head.seq !== position || head.hash !== previous)) {
    const last = await repo.chainPage(db, chainKey, position - 1, 1);
    const row = last[0] as Row | undefined;
    const at = row
      ? { seq: row.seq, id: row.id, occurredAt: row.occurred_text }
      : { seq: null, id: null, occurredAt: null };
    return { checked: position, broken: { chainKey, chainSeq: position, ...at, reason: 'head_mismatch' } };
  }
  return { checked: position };
}

/** Walks every chain and names the first event of each that does not fit. */
export async function verifyChain<D extends PlatformTables>(
  given: Kysely<D>,
  options: VerifyOptions = {},
): Promise<ChainReport> {
  const db = platformView(given);
  const keyring = options.keyring ?? activeKeyring();
  const [keys, heads, stored] = await Promise.all([repo.chainKeys(db), repo.chainHeads(db), repo.latestAnchors(db)]);
  const external = [...(options.anchors ?? [])];
  const rootBreaks: BrokenAt[] = [];
  for (const pin of options.roots ?? []) {
    // The anchors the root was computed over, as the append-only anchors table still has them.
    const pinned = (await repo.latestAnchors(db, new Date(pin.issuedAt))).map((a) => ({
      chainKey: a.chain_key,
      seq: a.chain_seq,
      hash: a.hash,
    }));
    if (pinned.length === pin.chains && headsRoot(pinned) === pin.root) external.push(...pinned);
    else
      rootBreaks.push({
        chainKey: 'digest',
        chainSeq: pin.chains,
        seq: null,
        id: null,
        occurredAt: pin.issuedAt,
        reason: 'anchor_mismatch',
      });
  }
  const chains = [...new Set([...keys, ...external.map((a) => a.chainKey)])].sort();
  const headOf = new Map(heads.map((h) => [h.chain_key, h]));
  const anchorsByChain = new Map<string, { seq: number; hash: string }[]>();
  const pinAnchor = (chain: string, anchor: { seq: number; hash: string }) => {
    const list = anchorsByChain.get(chain);
    if (list) list.push(anchor);
    else anchorsByChain.set(chain, [anchor]);
  };
  for (const a of stored) pinAnchor(a.chain_key, { seq: a.chain_seq, hash: a.hash });
  for (const a of external) pinAnchor(a.chainKey, { seq: a.seq, hash: a.hash });
  const report: ChainReport = {
    ok: true,
    checked: 0,
    chains: chains.length,
    anchors: { checked: stored.length + external.length, latestAt: latestInstant(stored) },
    broken: rootBreaks,
  };
  for (const chain of chains) {
    const result = await verifyOne(
      db,
      chain,
      keyring,
      anchorsByChain.get(chain) ?? [],
      headOf.get(chain),
      options.pageSize ?? 2000,
    );
    report.checked += result.checked;
    if (result.broken) report.broken.push(result.broken);
  }
  report.ok = report.broken.length === 0;
  if (report.broken[0]) report.firstBroken = report.broken[0];
  return report;
}

function latestInstant(anchors: repo.AnchoredHead[]): string | null {
  // A loop, not Math.max(...times): tens of thousands of arguments would overflow the stack.
  let latest = Number.NEGATIVE_INFINITY;
  for (const a of anchors) latest = Math.max(latest, new Date(a.anchored_at).getTime());
  return anchors.length === 0 ? null : new Date(latest).toISOString();
}
