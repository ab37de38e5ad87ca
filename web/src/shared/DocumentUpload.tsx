// A labelled file input that uploads the chosen file at once to POST /api/v1/documents with the
// app's conventions (session cookie, X-CSRF-Token, language), shows the stored file's name and size, and hands its
// description to the form (`onUploaded`), which then sends only the document's id. The server's refusal (type,
// size, emptiness) is shown under the label, tied to the input with aria-describedby, like every field's error.
import { useState } from 'react';
import { ApiError, client } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { DocumentLink, type DocumentMeta } from './DocumentLink.tsx';

interface Props {
  id: string;
  label: string;
  /** The document already chosen (shown as a link until another file replaces it). */
  value?: DocumentMeta | null;
  onUploaded(meta: DocumentMeta): void;
  /** The form's own error for this field (e.g. the API named /letterId). */
  error?: string | undefined;
  hint?: string | undefined;
  optional?: boolean;
  disabled?: boolean;
}

type State = { kind: 'idle' } | { kind: 'uploading'; name: string } | { kind: 'failed'; message: string };

/** Accepted by the server by content; the picker offers these names first (not a check: the server decides). */
const ACCEPT = '.pdf,.edoc,.asice,.png,.jpg,.jpeg,.docx,.odt';

export function DocumentUpload({ id, label, value, onUploaded, error, hint, optional, disabled }: Props) {
  const { m } = useI18n();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const shownError = state.kind === 'failed' ? state.message : error;
  const describedBy = [`${id}-hint`, value ? `${id}-current` : '', shownError ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');

  async function upload(file: File) {
    setState({ kind: 'uploading', name: file.name });
    try {
      const meta = await client.POST('/api/v1/documents', {
        params: { query: { filename: file.name } },
        body: file as never,
        bodySerializer: (body: unknown) => body as Blob,
        headers: { 'content-type': 'application/octet-stream' },
      });
      setState({ kind: 'idle' });
      onUploaded(meta as DocumentMeta);
    } catch (e) {
      const message =
        e instanceof ApiError ? (e.errors.find((x) => x.field === '/body')?.message ?? e.title) : m.documents.failed;
      setState({ kind: 'failed', message: message || m.documents.failed });
    }
  }

  return (
    <div className={shownError ? 'field field--error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> {m.common.optional}</span>}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint ?? m.documents.hint}
      </p>
      {shownError && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{m.common.errorPrefix} </span>
          {shownError}
        </p>
      )}
      <input
        id={id}
        type="file"
        accept={ACCEPT}
        aria-describedby={describedBy}
        aria-invalid={shownError ? true : undefined}
        disabled={disabled || state.kind === 'uploading'}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void upload(file);
        }}
      />
      <p aria-live="polite" className="field__hint" id={`${id}-current`}>
        {state.kind === 'uploading' && fill(m.documents.uploading, { name: state.name })}
        {state.kind !== 'uploading' && value && (
          <>
            {m.documents.added} <DocumentLink document={value} /> {m.documents.replace}
          </>
        )}
      </p>
    </div>
  );
}
