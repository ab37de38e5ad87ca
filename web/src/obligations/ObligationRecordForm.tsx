// "Record as done" for a duty whose action happens outside the system (CR-17.16 and SR-24 surveys,
// CR-18.1 training): the day it was done, a note and optionally a document, sent to POST /obligations/{id}/record.
// The server decides who may and which dates are allowed; its refusals are shown beside the fields.
import { useState, type FormEvent } from 'react';
import { client } from '../api/client.ts';
import { fieldError } from '../api/errors.ts';
import { useI18n } from '../i18n/context.tsx';
import type { DocumentMeta } from '../shared/DocumentLink.tsx';
import { DocumentUpload } from '../shared/DocumentUpload.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { TextAreaField, TextField } from '../shared/Field.tsx';
import { rigaToday } from '../shared/format.ts';

export function ObligationRecordForm({ id, onRecorded }: { id: string; onRecorded(): void }) {
  const { m } = useI18n();
  const t = m.obligations.detail;
  const [doneOn, setDoneOn] = useState(rigaToday());
  const [note, setNote] = useState('');
  const [document, setDocument] = useState<DocumentMeta | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await client.POST('/api/v1/obligations/{id}/record', {
        params: { path: { id } },
        body: { doneOn, note, documentId: document?.id ?? null },
      });
      onRecorded();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  const fields = {
    '/doneOn': { id: 'record-done-on', label: t.doneOn },
    '/note': { id: 'record-note', label: t.note },
    '/documentId': { id: 'record-document', label: t.document },
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="record-form-title">
      <h2 id="record-form-title">{t.recordTitle}</h2>
      <ErrorSummary error={error} fields={fields} />
      <TextField
        id="record-done-on"
        label={t.doneOn}
        hint={t.doneOnHint}
        type="date"
        value={doneOn}
        max={rigaToday()}
        onChange={setDoneOn}
        error={fieldError(error, '/doneOn')}
        required
      />
      <TextAreaField
        id="record-note"
        label={t.note}
        value={note}
        onChange={setNote}
        error={fieldError(error, '/note')}
        maxLength={2000}
        required
      />
      <DocumentUpload
        id="record-document"
        label={t.document}
        value={document}
        onUploaded={setDocument}
        error={fieldError(error, '/documentId')}
        optional
      />
      <button type="submit" className="button button--primary" disabled={busy}>
        {t.submit}
      </button>
    </form>
  );
}
