// A document's description as every capability's API answers it (the bytes come only from .../content).
import { Type } from 'typebox';
import { Instant, Obj, Uuid } from '../platform/http/schema.ts';

/** What other capabilities show of a document they refer to (a letter, a statute, minutes). */
export interface DocumentMeta {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

/** DocumentMeta as a response schema; other capabilities embed it in theirs. */
export const DocumentMetaSchema = Obj(
  {
    id: Uuid('The document; its bytes are at GET /api/v1/documents/{id}/content'),
    filename: Type.String({ description: 'The file name as uploaded (never used to decide the type)' }),
    mediaType: Type.String({
      description:
        'The media type found in the content: application/pdf, application/vnd.etsi.asic-e+zip (an eDoc/ASiC-E ' +
        'container), image/png, image/jpeg, application/vnd.openxmlformats-officedocument.wordprocessingml.document ' +
        'or application/vnd.oasis.opendocument.text',
    }),
    size: Type.Integer({ description: 'Size in bytes' }),
    sha256: Type.String({ description: 'SHA-256 of the content, 64 lowercase hex digits' }),
    uploadedAt: Instant('When it was stored'),
  },
  { title: 'DocumentMeta', description: 'A stored document' },
);

/** The columns a DocumentMeta is made of. */
export interface MetaColumns {
  id: string;
  filename: string;
  media_type: string;
  size: number;
  sha256: string;
  created_at: Date;
}

export function presentDocument(row: MetaColumns): DocumentMeta {
  return {
    id: row.id,
    filename: row.filename,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    uploadedAt: row.created_at.toISOString(),
  };
}
