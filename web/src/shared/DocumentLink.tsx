// A stored document as a download link with its name, type and size. The server sends it as an
// attachment; the session cookie goes with the link, so no script is needed.
import type { ApiResponse } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill, type Lang } from '../i18n/messages.ts';
import { formatNumber } from './format.ts';

/** A document's description as the API answers it (DocumentMeta). */
export type DocumentMeta = NonNullable<ApiResponse<'getDocument'>>;

/** A file size as people read it: 900 B, 12,3 KB, 4,5 MB (Latvian decimal comma). */
export function formatSize(lang: Lang, bytes: number): string {
  if (bytes < 1024) return `${formatNumber(lang, bytes)}\u00a0B`;
  if (bytes < 1024 * 1024) return `${formatNumber(lang, bytes / 1024, 1)}\u00a0KB`;
  return `${formatNumber(lang, bytes / (1024 * 1024), 1)}\u00a0MB`;
}

/** The short name of a document's type: PDF, eDoc, PNG … */
export function typeLabel(mediaType: string): string {
  const labels: Record<string, string> = {
    'application/pdf': 'PDF',
    'application/vnd.etsi.asic-e+zip': 'eDoc',
    'image/png': 'PNG',
    'image/jpeg': 'JPEG',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
    'application/vnd.oasis.opendocument.text': 'ODT',
  };
  return labels[mediaType] ?? mediaType;
}

export const documentUrl = (id: string) => `/api/v1/documents/${encodeURIComponent(id)}/content`;

export function DocumentLink({ document }: { document: Pick<DocumentMeta, 'id' | 'filename' | 'mediaType' | 'size'> }) {
  const { lang, m } = useI18n();
  return (
    <span className="document-link">
      <a
        href={documentUrl(document.id)}
        download={document.filename}
        title={fill(m.documents.download, { name: document.filename })}
      >
        {document.filename}
      </a>{' '}
      <span className="document-link__meta">
        ({typeLabel(document.mediaType)}, {formatSize(lang, document.size)})
      </span>
    </span>
  );
}
