// Documents: storing a file after checking its type by content and its size, and reading it back
// within its scope. Kept in PostgreSQL (bytea): every instance on the database sees the same files.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, Deps, Tx } from '../db.ts';
import type { Actor } from '../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { NotFoundError, ValidationError } from '../platform/errors.ts';
import { detectDocumentType } from './detect.ts';
import { mayReadDocument } from './policy.ts';
import { presentDocument, type DocumentMeta } from './presenters.ts';
import * as repo from './repository.ts';

type Q = Kysely<DB> | Tx;

/** DOCUMENTS_MAX_BYTES' default: 10 MiB. */
export const DEFAULT_DOCUMENTS_MAX_BYTES = 10 * 1024 * 1024;

/** A size limit in words people read: 10 MiB, 512 KiB, 900 B. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} B`;
}

/** The refusal of a file over the limit (the upload route answers it with 413, storeDocument with 400). */
export function tooLarge(maxBytes: number): ValidationError {
  return ValidationError.field('/body', 'document_too_large', { limit: sizeText(maxBytes) });
}

/** The last part of a name given with a path (C:\fakepath\x.pdf → x.pdf), trimmed. */
function plainName(filename: string): string {
  return (filename.split(/[\\/]/).pop() ?? '').trim().slice(0, 255);
}

export interface StoreDocumentIn {
  bytes: Buffer;
  filename: string;
  organisationId: string | null;
  uploadedBy: string | null;
  /** Whether it may hold personal data (its downloads are then audited); default true. */
  personalData?: boolean;
  /** The size limit (default DOCUMENTS_MAX_BYTES' default; the upload route passes the configured one). */
  maxBytes?: number;
}

/**
 * Stores a file in the caller's transaction after checking it: not empty, within the size limit, of an allowed type
 * by its content. Refusals are ValidationErrors naming `/body` (or `/filename`); nothing is written then.
 */
export async function storeDocument(trx: Q, input: StoreDocumentIn): Promise<DocumentMeta> {
  const maxBytes = input.maxBytes ?? DEFAULT_DOCUMENTS_MAX_BYTES;
  const filename = plainName(input.filename);
  if (filename === '') throw ValidationError.query('/filename', 'field_required');
  if (input.bytes.length === 0) throw ValidationError.field('/body', 'document_empty');
  if (input.bytes.length > maxBytes) throw tooLarge(maxBytes);
  const mediaType = detectDocumentType(input.bytes);
  if (!mediaType) throw ValidationError.field('/body', 'document_type_not_allowed');
  const row = await repo.insertDocument(trx, {
    organisationId: input.organisationId,
    uploadedBy: input.uploadedBy,
    filename,
    mediaType,
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    content: input.bytes,
    personalData: input.personalData ?? true,
  });
  return presentDocument(row);
}

/** The document with its content, unchecked (for other capabilities' server-side use, e.g. attaching to mail). */
export async function readDocument(q: Q, id: string): Promise<{ meta: DocumentMeta; content: Buffer } | null> {
  const row = await repo.findDocumentWithContent(q, id);
  return row ? { meta: presentDocument(row), content: row.content } : null;
}

/** POST /api/v1/documents: a person's upload, belonging to their organisation; audited (document.upload). */
export async function uploadDocument(
  deps: Deps,
  bytes: Buffer,
  filename: string,
  context: AuditContext,
): Promise<DocumentMeta> {
  const { actor } = context;
  return inTransaction(deps.db, async (trx) => {
    const meta = await storeDocument(trx, {
      bytes,
      filename,
      organisationId: actor.organisationId,
      uploadedBy: actor.userId,
      maxBytes: deps.config.documentsMaxBytes,
    });
    await recordAudit(trx, context, {
      action: 'document.upload',
      entityType: 'document',
      entityId: meta.id,
      organisationId: actor.organisationId,
      // Not the name: a file name may hold a person's name; the hash names the file.
      after: { mediaType: meta.mediaType, size: meta.size, sha256: meta.sha256 },
    });
    return meta;
  });
}

/** A document's description, within the caller's scope (404 outside it). */
export async function documentMeta(deps: Deps, id: string, actor: Actor): Promise<DocumentMeta> {
  const row = await repo.findDocument(deps.db, id);
  if (!row || !mayReadDocument(actor, row.organisation_id)) throw new NotFoundError();
  return presentDocument(row);
}

/** A document's bytes, within the caller's scope; a download of one that may hold personal data is audited. */
export async function downloadDocument(
  deps: Deps,
  id: string,
  context: AuditContext,
): Promise<{ meta: DocumentMeta; content: Buffer }> {
  const row = await repo.findDocumentWithContent(deps.db, id);
  if (!row || !mayReadDocument(context.actor, row.organisation_id)) throw new NotFoundError();
  if (row.personal_data)
    await inTransaction(deps.db, (trx) =>
      recordAudit(trx, context, {
        action: 'document.download',
        entityType: 'document',
        entityId: id,
        organisationId: row.organisation_id ?? undefined,
        after: { sha256: row.sha256 },
      }),
    );
  return { meta: presentDocument(row), content: row.content };
}
