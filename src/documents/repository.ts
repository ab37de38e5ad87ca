// The documents' table: storing a file and reading it back (the only place with SQL for it besides lookups.ts).
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import type { MetaColumns } from './presenters.ts';

type Q = Kysely<DB> | Tx;

export interface NewDocument {
  organisationId: string | null;
  uploadedBy: string | null;
  filename: string;
  mediaType: string;
  sha256: string;
  content: Buffer;
  personalData: boolean;
}

const META = ['id', 'filename', 'media_type', 'size', 'sha256', 'created_at'] as const;

export async function insertDocument(trx: Q, d: NewDocument): Promise<MetaColumns> {
  return trx
    .insertInto('documents')
    .values({
      organisation_id: d.organisationId,
      uploaded_by: d.uploadedBy,
      filename: d.filename,
      media_type: d.mediaType,
      size: d.content.length,
      sha256: d.sha256,
      content: d.content,
      personal_data: d.personalData,
    })
    .returning([...META])
    .executeTakeFirstOrThrow();
}

export interface ScopeColumns extends MetaColumns {
  organisation_id: string | null;
  personal_data: boolean;
}

/** The document's description and scope, without its content. */
export async function findDocument(q: Q, id: string): Promise<ScopeColumns | undefined> {
  return q
    .selectFrom('documents')
    .select([...META, 'organisation_id', 'personal_data'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The document with its content. */
export async function findDocumentWithContent(
  q: Q,
  id: string,
): Promise<(ScopeColumns & { content: Buffer }) | undefined> {
  return q
    .selectFrom('documents')
    .select([...META, 'organisation_id', 'personal_data', 'content'])
    .where('id', '=', id)
    .executeTakeFirst();
}
