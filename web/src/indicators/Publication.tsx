// SR-22: publishing the holder's year and its corrections. The first publication needs no note; each correction is
// the next version with its change note, and every version stays listed with its checksum.
import { useState, type FormEvent } from 'react';
import { client, fieldError } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { TextAreaField } from '../shared/Field.tsx';
import { formatDate, rigaToday } from '../shared/format.ts';
import { useStatus } from '../shared/Status.tsx';
import type { ApiResponse } from '../api/types.ts';
import { useGet } from '../useApi.ts';

type Version = ApiResponse<'listIndicatorPublications'>['items'][number];

interface Props {
  holderId: string;
  year: number;
  canPublish: boolean;
  blocked: boolean;
  onPublished(): void;
}

export function Publication({ holderId, year, canPublish, blocked, onPublished }: Props) {
  const { m } = useI18n();
  const t = m.indicators;
  const { announce } = useStatus();
  const versions = useGet('/api/v1/indicators/publications', { params: { query: { holderId, year } } });
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const items = versions.data?.items ?? [];
  const correction = items.length > 0;
  const ended = year < Number(rigaToday().slice(0, 4));

  const publish = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const row = await client.POST('/api/v1/indicators/publications', {
        body: { holderId, year, ...(correction ? { changeNote: note } : {}) },
      });
      announce(fill(t.published, { version: row.version }));
      setNote('');
      versions.reload();
      onPublished();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const columns: Column<Version>[] = [
    { key: 'version', header: t.version, cell: (v) => v.version, sortValue: (v) => v.version, rowHeader: true },
    {
      key: 'publishedOn',
      header: t.publishedOn,
      cell: (v) => formatDate(v.publishedOn),
      sortValue: (v) => v.publishedOn,
    },
    { key: 'note', header: t.note, cell: (v) => v.changeNote ?? '—', sortValue: (v) => v.changeNote ?? '' },
    { key: 'hash', header: t.hash, cell: (v) => <code>{v.contentHash.slice(0, 16)}…</code>, csv: (v) => v.contentHash },
  ];

  return (
    <section aria-labelledby="ind-publish">
      <h2 id="ind-publish">{t.publish}</h2>
      {items.length === 0 ? (
        <p>{t.noVersions}</p>
      ) : (
        <DataTable caption={t.versions} columns={columns} rows={items} rowKey={(v) => v.id} />
      )}
      {canPublish && !ended && <p>{t.yearNotEnded}</p>}
      {canPublish && ended && (
        <form className="form" onSubmit={publish} noValidate aria-label={t.publish}>
          <ErrorSummary error={error} fields={{ '/changeNote': { id: 'ind-note', label: t.changeNote } }} />
          {correction && (
            <TextAreaField
              id="ind-note"
              label={t.changeNote}
              value={note}
              onChange={setNote}
              maxLength={2000}
              error={fieldError(error, '/changeNote')}
            />
          )}
          <button type="submit" className="button" disabled={busy || blocked}>
            {correction ? t.publishCorrection : fill(t.publishYear, { year })}
          </button>
        </form>
      )}
    </section>
  );
}
