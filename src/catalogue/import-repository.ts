// SQL of the catalogue import (SR-12.2): the import's own row with its progress, the holder's services looked up by
// their external ids with their newest version, and the multi-row writes one chunk of an import makes.
import { sql, type Kysely } from 'kysely';
import type { CatalogueImportStatus, ServiceStatus } from './tables.ts';
import type { DB, Tx } from '../db.ts';
import { organisationNameOf } from '../organisations/lookups.ts';
import { nextVersion } from '../platform/db/versions.ts';

type Q = Kysely<DB> | Tx;

// Two-key advisory locks: the class of "a holder's import chunk" (the audit chain uses the one-key space).
const IMPORT_LOCK_CLASS = 7_431_012;

/** One chunk of a holder's imports at a time: two pushes of the same holder never both create an external id. */
export async function lockHolderImports(trx: Tx, holderId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(${IMPORT_LOCK_CLASS}, hashtext(${holderId}))`.execute(trx);
}

export { allOrganisationKinds } from '../organisations/lookups.ts';

/** The holder's services with these external ids, each with its newest version (the draft when there is one). */
export function existingByExternalId(q: Q, holderId: string, externalIds: readonly string[], lock = false) {
  if (externalIds.length === 0) return Promise.resolve([]);
  let query = q
    .selectFrom('services as s')
    .innerJoin('service_versions as v', 'v.service_id', 's.id')
    .select([
      's.id',
      's.identifier',
      's.external_id',
      's.status',
      'v.id as version_id',
      'v.number',
      'v.content',
      'v.published_from',
      'v.published_to',
    ])
    .where('s.holder_id', '=', holderId)
    .where('s.external_id', 'in', [...externalIds])
    .where(({ eb, selectFrom }) =>
      eb(
        'v.number',
        '=',
        selectFrom('service_versions as n')
          .select((n) => n.fn.max('n.number').as('m'))
          .whereRef('n.service_id', '=', 's.id'),
      ),
    );
  if (lock) query = query.forUpdate('s');
  return query.execute();
}
export type ExistingService = Awaited<ReturnType<typeof existingByExternalId>>[number];

/** n new identifiers' numbers from the one sequence (SR-9), in order. */
export async function reserveIdentifierNumbers(trx: Tx, n: number): Promise<number[]> {
  if (n === 0) return [];
  const { rows } = await sql<{
    n: string | number;
  }>`select nextval('service_identifier_seq') as n from generate_series(1, ${n})`.execute(trx);
  return rows.map((r) => Number(r.n)).sort((a, b) => a - b);
}

export interface NewService {
  identifier: string;
  external_id: string;
  name_lv: string;
  status: ServiceStatus;
}

export async function insertServices(trx: Tx, holderId: string, rows: readonly NewService[], now: Date) {
  if (rows.length === 0) return [];
  return trx
    .insertInto('services')
    .values(rows.map((r) => ({ ...r, holder_id: holderId, created_at: now, updated_at: now })))
    .returning(['id', 'identifier', 'external_id'])
    .execute();
}

export interface NewVersion {
  service_id: string;
  number: number;
  content: unknown;
  name_lv: string;
  search_text: string;
  published_from: Date | null;
}

export async function insertVersions(
  trx: Tx,
  rows: readonly NewVersion[],
  createdBy: string | null,
  now: Date,
): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('service_versions')
    .values(
      rows.map((r) => ({
        ...r,
        content: JSON.stringify(r.content),
        created_by: createdBy,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
}

export async function replaceDraftContent(
  trx: Tx,
  versionId: string,
  values: { content: unknown; name_lv: string; search_text: string },
  now: Date,
): Promise<void> {
  await trx
    .updateTable('service_versions')
    .set({
      content: JSON.stringify(values.content),
      name_lv: values.name_lv,
      search_text: values.search_text,
      updated_at: now,
    })
    .where('id', '=', versionId)
    .execute();
}

export async function renameService(trx: Tx, id: string, nameLv: string, now: Date): Promise<void> {
  // A changed description is a new version of the service (its ETag): an editor holding the old one gets 412.
  await trx
    .updateTable('services')
    .set({ name_lv: nameLv, updated_at: now, version: nextVersion })
    .where('id', '=', id)
    .execute();
}

/** SR-5 for many services at once: the version in force ends, the draft starts, the service is published. */
export async function publishDrafts(trx: Tx, serviceIds: readonly string[], now: Date): Promise<void> {
  if (serviceIds.length === 0) return;
  const ids = [...serviceIds];
  await trx
    .updateTable('service_versions')
    .set({ published_to: now })
    .where('service_id', 'in', ids)
    .where('published_from', 'is not', null)
    .where('published_to', 'is', null)
    .execute();
  await trx
    .updateTable('service_versions')
    .set({ published_from: now })
    .where('service_id', 'in', ids)
    .where('published_from', 'is', null)
    .execute();
  await trx
    .updateTable('services')
    .set({ status: 'published', updated_at: now, version: nextVersion })
    .where('id', 'in', ids)
    .execute();
}

// The import's own row.

/** Who writes a running import, and until when that holds unless renewed. */
export interface Lease {
  owner: string;
  until: Date;
}

export async function insertImport(
  q: Q,
  values: { holder_id: string; created_by: string | null; format: 'json' | 'jsonld'; publish: boolean; total: number },
  now: Date,
  lease?: Lease,
): Promise<string> {
  const row = await q
    .insertInto('catalogue_imports')
    .values({
      ...values,
      dry_run: false,
      status: 'running',
      created_at: now,
      lease_owner: lease?.owner ?? null,
      lease_until: lease?.until ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface ImportProgress {
  processed: number;
  created_count: number;
  updated_count: number;
  unchanged_count: number;
}

/** The progress, with the lease renewed; false when the lease is no longer the owner's (another instance took over). */
export async function setProgress(q: Q, id: string, progress: ImportProgress, lease: Lease): Promise<boolean> {
  const result = await q
    .updateTable('catalogue_imports')
    .set({ ...progress, lease_until: lease.until })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('lease_owner', '=', lease.owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The heartbeat of a running import; false when the lease is no longer the owner's. */
export async function renewLease(q: Q, id: string, lease: Lease): Promise<boolean> {
  const result = await q
    .updateTable('catalogue_imports')
    .set({ lease_until: lease.until })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('lease_owner', '=', lease.owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function finishImport(
  q: Q,
  id: string,
  values: { status: CatalogueImportStatus; failed_count?: number; errors?: unknown },
  now: Date,
): Promise<void> {
  const { errors, ...rest } = values;
  await q
    .updateTable('catalogue_imports')
    .set({ ...rest, ...(errors !== undefined ? { errors: JSON.stringify(errors) } : {}), finished_at: now })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

/** Running imports whose lease ran out (or that never had one): their instance stopped, they can no longer finish.
 * One whose lease is live is being written by another instance and is left alone. */
export async function failExpiredImports(q: Q, errors: unknown, now: Date): Promise<number> {
  const result = await q
    .updateTable('catalogue_imports')
    .set((eb) => ({
      status: 'failed',
      finished_at: now,
      failed_count: eb('total', '-', eb.ref('processed')),
      errors: JSON.stringify(errors),
    }))
    .where('status', '=', 'running')
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

function imports(q: Q) {
  return q
    .selectFrom('catalogue_imports as i')
    .selectAll('i')
    .select(organisationNameOf('i.holder_id').as('holder_name'));
}

export function findImport(q: Q, id: string) {
  return imports(q).where('i.id', '=', id).executeTakeFirst();
}
export type ImportRow = Awaited<ReturnType<typeof findImport>> & {};

/** Newest first; holders undefined: every holder's. */
export function listImports(
  q: Q,
  filter: { holders?: string[] | undefined; holderId?: string | undefined; limit: number; offset: number },
) {
  let query = imports(q);
  if (filter.holders)
    query = query.where(
      'i.holder_id',
      'in',
      filter.holders.length > 0 ? filter.holders : ['00000000-0000-0000-0000-000000000000'],
    );
  if (filter.holderId) query = query.where('i.holder_id', '=', filter.holderId);
  return query.orderBy('i.created_at', 'desc').orderBy('i.id').limit(filter.limit).offset(filter.offset).execute();
}
