// The minimal basket (CR-8, CR-2.6, AM-1.6 … AM-1.10): what it holds on a day, its versions, what changed between
// two of them, and recording a version. Only the ministry (and the maintainer) change the basket; the shipped history
// is recorded at start by the seed through the same function.
import type { Kysely } from 'kysely';
import type { DB, Deps, Tx } from '../db.ts';
import { systemActor } from '../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { DomainError, ValidationError, type FieldIssue } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import { diffItems, type ChangesOut } from './changes.ts';
import {
  presentBasket,
  presentItem,
  presentVersionSummary,
  type BasketOut,
  type VersionSummaryOut,
} from './presenters.ts';
import * as repo from './repository.ts';
import { openTrainingDuties } from './training-duties.ts';
import { checkItems, cr8Institutions, type CheckedItem, type ItemIn } from './validate.ts';

export { CR8_INSTITUTIONS } from './validate.ts';

type Reader = { db: Kysely<DB>; now: () => Date };

/** No version of the basket was in force on the day asked (before the first one took effect). */
export class BasketNotInForceError extends DomainError {
  readonly kind = 'not_found';
  constructor() {
    super('basket_not_in_force');
  }
}

/** AM-1.6 … AM-1.10: the basket in force on the day (default: today in Riga). */
export async function basketOn(deps: Reader, date?: string): Promise<BasketOut> {
  const day = date ?? rigaDate(deps.now());
  const version = await repo.versionInForce(deps.db, day);
  if (!version) throw new BasketNotInForceError();
  return presentBasket(version, await repo.itemsOf(deps.db, version.id));
}

/** CR-8's seven institutions as the directory names them, by name. */
export async function basketInstitutions(
  deps: Reader,
): Promise<{ id: string; name: string; shortName: string | null }[]> {
  return [...(await cr8Institutions(deps.db)).entries()]
    .map(([id, o]) => ({ id, name: o.name, shortName: o.shortName }))
    .sort((a, b) => a.name.localeCompare(b.name, 'lv'));
}

/** Every version recorded, the newest first (superseded ones kept and marked). */
export async function listBasketVersions(deps: Reader): Promise<VersionSummaryOut[]> {
  return (await repo.listVersions(deps.db)).map(presentVersionSummary);
}

export interface ChangesQuery {
  from?: number;
  to?: number;
  fromDate?: string;
  toDate?: string;
}

async function pick(deps: Reader, n: number | undefined, d: string | undefined, field: string) {
  if (n !== undefined && d !== undefined) throw ValidationError.query(field, 'basket_version_or_date');
  if (n !== undefined) {
    const v = await repo.versionByNumber(deps.db, n);
    if (!v) throw ValidationError.query(field, 'basket_version_unknown');
    return v;
  }
  if (d !== undefined) {
    const v = await repo.versionInForce(deps.db, d);
    if (!v) throw ValidationError.query(`${field}Date`, 'basket_not_in_force');
    return v;
  }
  return undefined;
}

/** What changed from one version to another (each named by number or by a day it was in force; default: the version
 * in force today, against the one in force before it). */
export async function basketChanges(deps: Reader, q: ChangesQuery): Promise<ChangesOut> {
  const to = (await pick(deps, q.to, q.toDate, '/to')) ?? (await repo.versionInForce(deps.db, rigaDate(deps.now())));
  if (!to) throw new BasketNotInForceError();
  const from = (await pick(deps, q.from, q.fromDate, '/from')) ?? (await repo.versionBefore(deps.db, to));
  const items = async (v: repo.VersionRow | undefined) =>
    v ? (await repo.itemsOf(deps.db, v.id)).map(presentItem) : [];
  const ref = (v: repo.VersionRow | undefined) => (v ? { number: v.number, effectiveFrom: v.effective_from } : null);
  return diffItems(ref(from), await items(from), ref(to), await items(to));
}

export interface BasketVersionIn {
  effectiveFrom: string;
  note?: string | null;
  items: readonly ItemIn[];
}

export interface RecordResult {
  dryRun: boolean;
  version: { id: string | null; number: number | null; effectiveFrom: string; note: string | null };
  /** The number of the same-day version the new one supersedes. */
  supersedes: number | null;
  changes: ChangesOut;
}

/** Checks a version and works out what it changes against the one in force on its day; writes nothing. */
export async function previewVersion(
  deps: Reader,
  input: BasketVersionIn,
  options: { pastAllowed?: boolean } = {},
): Promise<{ items: CheckedItem[]; result: RecordResult }> {
  const issues: FieldIssue[] = [];
  if (!options.pastAllowed && input.effectiveFrom < rigaDate(deps.now()))
    issues.push({ field: '/effectiveFrom', code: 'basket_effective_past' });
  const checked = await checkItems(deps.db, input.items);
  issues.push(...checked.issues);
  if (issues.length > 0) throw new ValidationError(issues);
  const current = await repo.versionInForce(deps.db, input.effectiveFrom);
  const before = current ? (await repo.itemsOf(deps.db, current.id)).map(presentItem) : [];
  const note = input.note?.trim() || null;
  return {
    items: checked.items,
    result: {
      dryRun: true,
      version: { id: null, number: null, effectiveFrom: input.effectiveFrom, note },
      supersedes: current && current.effective_from === input.effectiveFrom ? current.number : null,
      changes: diffItems(
        current ? { number: current.number, effectiveFrom: current.effective_from } : null,
        before,
        null,
        checked.items.map((i) => i.out),
      ),
    },
  };
}

/**
 * Records a version of the basket taking effect on the day; a version already recorded for that day is superseded
 * (kept, marked), never two in force on one day. Audited (`basket.version.record`) in the same transaction. The
 * ministry's path refuses a day already past (history stays as it was answered); the seed records the shipped past.
 */
export async function recordVersion(
  deps: Deps,
  input: BasketVersionIn,
  context: AuditContext,
  options: { dryRun?: boolean } = {},
): Promise<RecordResult> {
  const preview = await previewVersion(deps, input);
  if (options.dryRun) return preview.result;
  return inTransaction(deps.db, async (trx) => {
    const recorded = await writeVersion(trx, preview, context);
    // DR-25.2.1: the institutions it touches owe a training.
    await openTrainingDuties(trx, deps, recorded, context);
    return recorded;
  });
}

/**
 * Writes a previewed version in the caller's transaction with its audit event (`basket.version.record`): the DR-15.4
 * step records the version, fulfils its duty and notifies the centres in one transaction.
 */
export async function writeVersion(
  trx: Tx,
  { items, result }: { items: CheckedItem[]; result: RecordResult },
  context: AuditContext,
): Promise<RecordResult> {
  const row = await repo.insertVersion(trx, {
    effectiveFrom: result.version.effectiveFrom,
    note: result.version.note,
    items,
  });
  await recordAudit(trx, context, {
    action: 'basket.version.record',
    entityType: 'basket_version',
    entityId: row.id,
    after: {
      number: row.number,
      effectiveFrom: row.effective_from,
      note: result.version.note,
      supersedes: result.supersedes,
      items: items.map(({ out: _, ...i }) => i),
    },
  });
  return {
    ...result,
    dryRun: false,
    version: { ...result.version, id: row.id, number: row.number },
    changes: { ...result.changes, to: { number: row.number, effectiveFrom: row.effective_from } },
  };
}

/** The seed's path: records a (possibly past) version as the system, audited. */
export async function recordBasketVersion(
  db: Kysely<DB>,
  input: BasketVersionIn,
  context: AuditContext = { actor: systemActor('basket') },
): Promise<{ id: string; number: number; effectiveFrom: string }> {
  // The shipped history lies in the past: no day is refused, so the clock is not asked; it opens no DR-25.2.1 duty
  // (its trainings are long past).
  const preview = await previewVersion({ db, now: () => new Date(0) }, input, { pastAllowed: true });
  const r = await inTransaction(db, (trx) => writeVersion(trx, preview, context));
  return { id: r.version.id!, number: r.version.number!, effectiveFrom: r.version.effectiveFrom };
}

export { hasVersions as hasBasketVersions } from './repository.ts';
