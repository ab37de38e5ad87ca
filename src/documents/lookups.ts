// What other capabilities may ask of the documents: the descriptions of documents they refer to, and the check that
// ids given in a request name stored documents. Light: reads the documents' own table only (never the content).
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { ValidationError, type FieldIssue } from '../platform/errors.ts';
import { presentDocument, type DocumentMeta } from './presenters.ts';

export { DocumentMetaSchema, type DocumentMeta } from './presenters.ts';

type Q = Kysely<DB> | Tx;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The descriptions of these documents by id (unknown ids are simply absent). */
export async function documentsById(q: Q, ids: readonly string[]): Promise<Map<string, DocumentMeta>> {
  const wanted = [...new Set(ids.filter((id) => UUID.test(id)))];
  if (wanted.length === 0) return new Map();
  const rows = await q
    .selectFrom('documents')
    .select(['id', 'filename', 'media_type', 'size', 'sha256', 'created_at'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, presentDocument(r)]));
}

/**
 * Refuses ids that name no stored document: a ValidationError naming each such field (code document_unknown).
 * `fields[i]` is the JSON pointer of `ids[i]` in the request (e.g. `/letterId`); null or undefined ids are not checked.
 */
export async function checkDocuments(
  q: Q,
  ids: readonly (string | null | undefined)[],
  fields: readonly string[],
): Promise<void> {
  const given = ids.filter((id): id is string => typeof id === 'string');
  const found = await documentsById(q, given);
  const issues: FieldIssue[] = ids.flatMap((id, i): FieldIssue[] =>
    typeof id === 'string' && !found.has(id) ? [{ field: fields[i] ?? `/${i}`, code: 'document_unknown' }] : [],
  );
  if (issues.length > 0) throw new ValidationError(issues);
}
