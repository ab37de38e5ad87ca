// SQL of verification and anchoring (recordAudit keeps its two prepared statements beside it, in audit.ts).
// Reads and inserts only: audit tables refuse UPDATE and DELETE (migration 0015).
import { sql, type Kysely } from 'kysely';
import type { PlatformTables as DB } from '../db/tables.generated.ts';

/** occurred_at exactly as stored, UTC with microseconds: the form the hash covers (audit.ts instantText). */
const STORED_INSTANT = sql<string>`to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Every chain that has events, a head or an anchor: a chain whose events were all deleted still shows up. */
export async function chainKeys(db: Kysely<DB>): Promise<string[]> {
  const rows = await sql<{ chain_key: string }>`select chain_key from audit_chain_heads
    union select chain_key from audit_anchors
    union select distinct chain_key from audit_events`.execute(db);
  return rows.rows.map((r) => r.chain_key).sort();
}

/** One page of a chain in order, from the position after `afterSeq`; occurred_at also as stored text. */
export function chainPage(db: Kysely<DB>, chainKey: string, afterSeq: number, limit: number) {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .select(STORED_INSTANT.as('occurred_text'))
    .where('chain_key', '=', chainKey)
    .where('chain_seq', '>', afterSeq)
    .orderBy('chain_seq')
    .limit(limit)
    .execute();
}

export function chainHeads(db: Kysely<DB>) {
  return db.selectFrom('audit_chain_heads').selectAll().execute();
}

export interface AnchoredHead {
  chain_key: string;
  chain_seq: number;
  hash: string;
  anchored_at: Date;
}

/** The latest anchor of every chain; with `asOf`, as it was then (the runs anchored until that instant). */
export function latestAnchors(db: Kysely<DB>, asOf?: Date): Promise<AnchoredHead[]> {
  return sql<AnchoredHead>`select distinct on (a.chain_key) a.chain_key, a.chain_seq, a.hash, r.anchored_at
      from audit_anchors a join audit_anchor_runs r on r.id = a.run_id
     ${asOf === undefined ? sql`` : sql`where r.anchored_at <= ${asOf}`}
     order by a.chain_key, a.chain_seq desc`
    .execute(db)
    .then((r) => r.rows);
}

/** Heads that moved since their chain's latest anchor (or were never anchored). */
export async function unanchoredHeads(db: Kysely<DB>): Promise<{ chain_key: string; seq: number; hash: string }[]> {
  const rows = await sql<{ chain_key: string; seq: number; hash: string }>`select h.chain_key, h.seq, h.hash
      from audit_chain_heads h
      left join lateral (select a.chain_seq from audit_anchors a where a.chain_key = h.chain_key order by a.chain_seq desc limit 1) a on true
     where a.chain_seq is distinct from h.seq
     order by h.chain_key`.execute(db);
  return rows.rows;
}

export async function digestSentOn(db: Kysely<DB>, day: string): Promise<boolean> {
  return (
    (await db.selectFrom('audit_anchor_runs').select('id').where('digest_day', '=', day).executeTakeFirst()) !==
    undefined
  );
}

export async function insertRun(
  db: Kysely<DB>,
  run: { id: string; anchoredAt: Date; digestDay: string | null },
  heads: { chain_key: string; seq: number; hash: string }[],
): Promise<void> {
  await db
    .insertInto('audit_anchor_runs')
    .values({ id: run.id, anchored_at: run.anchoredAt, digest_day: run.digestDay })
    .execute();
  if (heads.length === 0) return;
  await db
    .insertInto('audit_anchors')
    .values(heads.map((h) => ({ run_id: run.id, chain_key: h.chain_key, chain_seq: h.seq, hash: h.hash })))
    .execute();
}

/** Anchoring is one at a time across instances; the job skips a run another instance is doing (`wait` false). */
export async function anchorLock(db: Kysely<DB>, wait: boolean): Promise<boolean> {
  const key = 7_431_015;
  if (wait) {
    await sql`select pg_advisory_xact_lock(${key})`.execute(db);
    return true;
  }
  const row = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${key}) as ok`.execute(db);
  return row.rows[0]?.ok === true;
}
