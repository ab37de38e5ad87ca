// SR-12.2: an institution's system (API token) or the holder's people push descriptions of the holder's services.
// Everything is checked first — each record's schema and content rules (SR-10) and external ids unique within the
// push — and one bad record refuses the whole push, naming each record's errors, with nothing written. Records are
// upserted by the holder's own external id: a new one is registered (SR-9, version 1), a changed one replaces or
// starts the draft (SR-8), an identical one is left alone, so the same push twice writes nothing the second time.
// publish=true publishes the drafts (SR-5, the holder's admin). The writing runs in the background in chunks of
// CHUNK records, one transaction and one audit event (listing the services created and updated) per chunk, and
// the import's row shows the progress. A process that stops mid-import leaves the chunks written; the import is
// marked failed (interrupted) and pushing again completes it. With several instances on one database, the one
// writing an import holds a lease on it, renewed while it runs: another instance marks an import interrupted only
// once its lease has run out, never while its instance is alive and writing.
import type { FastifyBaseLogger } from 'fastify';
import type { Deps, Job as BackgroundJob, Tx } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import type { Actor } from '../platform/access/actor.ts';
import { managesAccessEverywhere } from '../platform/access/scope.ts';
import { NotFoundError } from '../platform/errors.ts';
import { translate, type Lang, type MessageCode } from '../platform/i18n/messages.ts';
import { formatIdentifier } from './identifier.ts';
import { can } from './policy.ts';
import { searchTextOf } from './search-text.ts';
import * as repo from './import-repository.ts';
import { instanceId } from '../platform/instance.ts';
import {
  actionFor,
  checkedHolder,
  checkedRecords,
  existingOf,
  type ImportInput,
  type Ready,
  sameJson,
} from './import-check.ts';

export {
  ImportRefusedError,
  type ImportInput,
  type IncomingRecord,
  type RecordIssue,
  type RefusedRecord,
} from './import-check.ts';

export const MAX_RECORDS = 20_000;
const CHUNK = 500;
/** How long a running import's lease holds unless renewed, and how often its instance renews it. */
export const LEASE_MS = 60_000;
const LEASE_RENEW_MS = 15_000;

export interface DryRunOut {
  dryRun: true;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
}

/** Checks and counts what the push would do; writes nothing. */
export async function dryRunImport(deps: Deps, input: ImportInput, context: AuditContext): Promise<DryRunOut> {
  await checkedHolder(deps, input, context.actor);
  const ready = await checkedRecords(deps, input);
  const existing = await existingOf(deps.db, input.holderId, ready);
  const counts = { create: 0, update: 0, unchanged: 0 };
  for (const r of ready) counts[actionFor(existing.get(r.externalId), r.content, input.publish)]++;
  return {
    dryRun: true,
    total: ready.length,
    created: counts.create,
    updated: counts.update,
    unchanged: counts.unchanged,
  };
}

interface ChunkResult {
  created: { id: string; identifier: string; externalId: string }[];
  updated: { id: string; identifier: string; externalId: string }[];
  unchanged: number;
}

/** One chunk in one transaction: read the services again under the holder's lock, then write in bulk. */
async function writeChunk(trx: Tx, deps: Deps, job: Job, chunk: readonly Ready[]): Promise<ChunkResult> {
  const now = deps.now();
  const { holderId, publish, context } = job;
  await repo.lockHolderImports(trx, holderId);
  const existing = await existingOf(trx, holderId, chunk, true);
  const result: ChunkResult = { created: [], updated: [], unchanged: 0 };
  const creates: Ready[] = [];
  const versions: repo.NewVersion[] = [];
  const toPublish: string[] = [];
  for (const record of chunk) {
    const found = existing.get(record.externalId);
    const action = actionFor(found, record.content, publish);
    if (action === 'create') creates.push(record);
    if (action === 'unchanged') result.unchanged++;
    if (action !== 'update' || !found) continue;
    const { content } = record;
    const text = { content, name_lv: content.name.lv, search_text: searchTextOf(found.identifier, content) };
    const isDraft = found.published_from === null;
    const same = sameJson(found.content, content);
    if (isDraft && !same) await repo.replaceDraftContent(trx, found.version_id, text, now);
    if (!isDraft) versions.push({ ...text, service_id: found.id, number: found.number + 1, published_from: null });
    if (!same) await repo.renameService(trx, found.id, content.name.lv, now);
    if (publish) toPublish.push(found.id);
    result.updated.push({ id: found.id, identifier: found.identifier, externalId: record.externalId });
  }
  const numbers = await repo.reserveIdentifierNumbers(trx, creates.length);
  const rows = creates.map((r, i) => ({
    identifier: formatIdentifier(numbers[i]!),
    external_id: r.externalId,
    name_lv: r.content.name.lv,
    status: publish ? ('published' as const) : ('draft' as const),
  }));
  const inserted = await repo.insertServices(trx, holderId, rows, now);
  const byExternalId = new Map(creates.map((r) => [r.externalId, r]));
  for (const s of inserted) {
    const { content } = byExternalId.get(s.external_id!)!;
    versions.push({
      service_id: s.id,
      number: 1,
      content,
      name_lv: content.name.lv,
      search_text: searchTextOf(s.identifier, content),
      published_from: publish ? now : null,
    });
    result.created.push({ id: s.id, identifier: s.identifier, externalId: s.external_id! });
  }
  await repo.insertVersions(trx, versions, context.actor.userId, now);
  await repo.publishDrafts(trx, toPublish, now);
  if (result.created.length + result.updated.length > 0) {
    await recordAudit(trx, context, {
      action: 'service.import',
      entityType: 'catalogue_import',
      entityId: job.id,
      organisationId: holderId,
      after: {
        records: { from: chunk[0]!.index, to: chunk[chunk.length - 1]!.index },
        publish,
        created: result.created,
        updated: result.updated,
      },
    });
  }
  return result;
}

interface Job {
  id: string;
  holderId: string;
  publish: boolean;
  context: AuditContext;
  records: Ready[];
}

/** Another instance marked the import interrupted (its lease ran out, say after a long pause): stop writing it. */
class LeaseLostError extends Error {}

/** Runs imports in the background; stop() lets the current chunk finish and marks the rest interrupted. */
export class ImportRunner {
  private readonly running = new Map<string, Promise<void>>();
  private stopping = false;

  constructor(
    private readonly deps: Deps,
    private readonly log: FastifyBaseLogger,
    /** Whose lease this runner's imports hold: this process, or a stand-in instance in tests. */
    readonly owner: string = instanceId,
  ) {}

  /** A lease of this runner's from now. */
  lease(): repo.Lease {
    return { owner: this.owner, until: new Date(this.deps.now().getTime() + LEASE_MS) };
  }

  start(job: Job): void {
    const work = this.run(job).finally(() => this.running.delete(job.id));
    this.running.set(job.id, work);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.running.values()]);
  }

  private async run(job: Job): Promise<void> {
    const { deps } = this;
    const progress: repo.ImportProgress = { processed: 0, created_count: 0, updated_count: 0, unchanged_count: 0 };
    // The heartbeat: a chunk renews the lease too, but one chunk may wait long for the database.
    const heartbeat = setInterval(() => {
      repo
        .renewLease(deps.db, job.id, this.lease())
        .catch((error: unknown) =>
          this.log.error({ err: error, importId: job.id }, 'catalogue import lease not renewed'),
        );
    }, LEASE_RENEW_MS);
    try {
      for (let start = 0; start < job.records.length; start += CHUNK) {
        // Let requests waiting for the database (PGlite has one connection) go first.
        await new Promise((resolve) => setImmediate(resolve));
        if (this.stopping) return await this.fail(job, progress, 'import_interrupted');
        const chunk = job.records.slice(start, start + CHUNK);
        await inTransaction(deps.db, async (trx) => {
          const result = await writeChunk(trx, deps, job, chunk);
          progress.processed += chunk.length;
          progress.created_count += result.created.length;
          progress.updated_count += result.updated.length;
          progress.unchanged_count += result.unchanged;
          if (!(await repo.setProgress(trx, job.id, progress, this.lease()))) throw new LeaseLostError();
        });
      }
      await repo.finishImport(deps.db, job.id, { status: 'done' }, deps.now());
    } catch (error) {
      // The chunk was rolled back; the instance that took the import over has marked it already.
      if (error instanceof LeaseLostError)
        return this.log.warn({ importId: job.id }, 'catalogue import taken over by another instance');
      this.log.error({ err: error, importId: job.id }, 'catalogue import failed');
      await this.fail(job, progress, 'import_chunk_failed').catch((e: unknown) =>
        this.log.error({ err: e, importId: job.id }, 'catalogue import not marked failed'),
      );
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async fail(
    job: Job,
    progress: repo.ImportProgress,
    code: 'import_interrupted' | 'import_chunk_failed',
  ): Promise<void> {
    const next = job.records[progress.processed];
    const errors = [
      {
        index: next?.index ?? progress.processed,
        externalId: next?.externalId ?? null,
        errors: [{ field: '/', code }],
      },
    ];
    await repo.finishImport(
      this.deps.db,
      job.id,
      { status: 'failed', failed_count: job.records.length - progress.processed, errors },
      this.deps.now(),
    );
  }
}

/** Checks everything, records the import and starts writing it in the background; the import as it starts. */
export async function startImport(
  deps: Deps,
  runner: ImportRunner,
  input: ImportInput,
  context: AuditContext,
  lang: Lang,
): Promise<ImportOut> {
  await checkedHolder(deps, input, context.actor);
  const records = await checkedRecords(deps, input);
  const id = await repo.insertImport(
    deps.db,
    {
      holder_id: input.holderId,
      created_by: context.actor.userId,
      format: input.format,
      publish: input.publish,
      total: records.length,
    },
    deps.now(),
    runner.lease(),
  );
  const started = presentImport((await repo.findImport(deps.db, id))!, lang);
  runner.start({ id, holderId: input.holderId, publish: input.publish, context, records });
  return started;
}

/** At start-up and every minute: imports whose instance stopped (their lease ran out) are failed (interrupted);
 * their written chunks stay. Imports another live instance is writing keep running. */
export async function failInterruptedImports(deps: Deps): Promise<number> {
  return repo.failExpiredImports(
    deps.db,
    [{ index: 0, externalId: null, errors: [{ field: '/', code: 'import_interrupted' }] }],
    deps.now(),
  );
}

/** An instance that stops for good is not restarted to clean up after itself: a live one notices its lapsed leases. */
export const interruptedImportsJob: BackgroundJob = {
  name: 'catalogue-import-recovery',
  everyMs: 60_000,
  run: async (deps) => {
    await failInterruptedImports(deps);
  },
};

export interface ImportOut {
  id: string;
  holder: { id: string; name: string };
  format: 'json' | 'jsonld';
  publish: boolean;
  status: 'running' | 'done' | 'failed';
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  errors: { index: number; externalId: string | null; errors: { field: string; code: string; message: string }[] }[];
  createdAt: string;
  finishedAt: string | null;
}

export function presentImport(row: repo.ImportRow, lang: Lang): ImportOut {
  const stored = row.errors as unknown as {
    index: number;
    externalId: string | null;
    errors: { field: string; code: MessageCode }[];
  }[];
  return {
    id: row.id,
    holder: { id: row.holder_id, name: row.holder_name },
    format: row.format,
    publish: row.publish,
    status: row.status,
    total: row.total,
    processed: row.processed,
    created: row.created_count,
    updated: row.updated_count,
    unchanged: row.unchanged_count,
    failed: row.failed_count,
    errors: stored.map((r) => ({ ...r, errors: r.errors.map((e) => ({ ...e, message: translate(e.code, lang) })) })),
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

export async function getImport(deps: Deps, actor: Actor, id: string, lang: Lang): Promise<ImportOut> {
  const row = await repo.findImport(deps.db, id);
  if (!row || !can(actor, 'edit', row.holder_id)) throw new NotFoundError();
  return presentImport(row, lang);
}

/** The imports of the holders whose services the caller describes (a maintainer: all), newest first. */
export async function listImports(
  deps: Deps,
  actor: Actor,
  query: { holderId?: string | undefined; limit?: number | undefined; offset?: number | undefined },
  lang: Lang,
): Promise<ImportOut[]> {
  const holders = managesAccessEverywhere(actor)
    ? undefined
    : [...new Set(actor.grants.map((g) => g.organisationId))].filter((h) => can(actor, 'edit', h));
  const rows = await repo.listImports(deps.db, {
    holders,
    holderId: query.holderId,
    limit: query.limit ?? 50,
    offset: query.offset ?? 0,
  });
  return rows.map((row) => presentImport(row, lang));
}
