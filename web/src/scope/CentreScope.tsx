// A centre's scope for the municipality (CR-7): the services in it today (the basket marked), the entries the
// municipality keeps (CR-7.2, CR-7.3) with ending one, adding one, and what changes between two days.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PageProps } from '../app/page-props.ts';
import { client, fieldError, type ItemOf } from '../api.ts';
import { Link } from '../app/router.tsx';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { TextField } from '../shared/Field.tsx';
import { Page } from '../shared/Page.tsx';
import { useStatus } from '../shared/Status.tsx';
import { formatDate } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { useGet } from '../useApi.ts';
import { CentreScopePublic } from './CentreScopePublic.tsx';
import { ScopeAddForm } from './ScopeAddForm.tsx';
import { ScopeChanges } from './ScopeChanges.tsx';
import { useBasisText } from './ScopeTable.tsx';

type Entry = ItemOf<'listCentreScopeEntries'>;

function EndForm({ centreId, entry, onDone }: { centreId: string; entry: Entry; onDone(saved: boolean): void }) {
  const { m } = useI18n();
  const { announce } = useStatus();
  const [validUntil, setValidUntil] = useState(entry.validUntil ?? '');
  const [error, setError] = useState<unknown>(null);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => ref.current?.querySelector('input')?.focus(), []);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await client.POST('/api/v1/centres/{id}/scope/{entryId}/end', {
        params: { path: { id: centreId, entryId: entry.id } },
        body: { validUntil },
      });
      announce(m.scope.ended);
      onDone(true);
    } catch (e) {
      setError(e);
    }
  };
  const title = fill(m.scope.endTitle, { name: entry.service.name.lv });
  return (
    <form className="form" onSubmit={save} noValidate aria-label={title} ref={ref}>
      <h3>{title}</h3>
      <ErrorSummary error={error} fields={{ '/validUntil': { id: 'scope-end-date', label: m.scope.endDate } }} />
      <TextField
        id="scope-end-date"
        label={m.scope.endDate}
        type="date"
        value={validUntil}
        onChange={setValidUntil}
        error={fieldError(error, '/validUntil')}
      />
      <div className="actions">
        <button type="submit" className="button">
          {m.scope.endSave}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          {m.scope.cancel}
        </button>
      </div>
    </form>
  );
}

export function CentreScopePage({ params }: PageProps) {
  const { m } = useI18n();
  const s = m.scope;
  const id = params.id ?? '';
  const basisText = useBasisText();
  const centre = useGet('/api/v1/public/centres/{id}', { params: { path: { id }, query: {} } });
  const entries = useGet('/api/v1/centres/{id}/scope', { params: { path: { id } } });
  const [round, setRound] = useState(0);
  const [ending, setEnding] = useState<Entry | null>(null);
  const changed = () => {
    entries.reload();
    setRound((n) => n + 1);
  };
  const manage = entries.data?.canManage ?? false;
  const columns: Column<Entry>[] = [
    {
      key: 'identifier',
      header: s.identifier,
      cell: (e) => e.service.identifier,
      sortValue: (e) => e.service.identifier,
    },
    {
      key: 'name',
      header: s.service,
      cell: (e) => e.service.name.lv,
      sortValue: (e) => e.service.name.lv,
      rowHeader: true,
    },
    { key: 'holder', header: s.holder, cell: (e) => e.service.holder.name, sortValue: (e) => e.service.holder.name },
    { key: 'basis', header: s.basis, cell: (e) => basisText(e.basis, null), sortValue: (e) => e.basis },
    { key: 'from', header: s.from, cell: (e) => formatDate(e.validFrom), sortValue: (e) => e.validFrom },
    {
      key: 'until',
      header: s.until,
      cell: (e) => (e.validUntil ? formatDate(e.validUntil) : s.open),
      sortValue: (e) => e.validUntil ?? '9999-12-31',
    },
    { key: 'note', header: s.note, cell: (e) => e.note ?? '', sortValue: (e) => e.note ?? '' },
    ...(manage
      ? [
          {
            key: 'actions',
            header: s.actions,
            csv: false as const,
            cell: (e: Entry) => (
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={fill(s.endLabel, { name: e.service.name.lv })}
                onClick={() => setEnding(e)}
              >
                {s.end}
              </button>
            ),
          },
        ]
      : []),
  ];
  const name = centre.data?.name ?? '';
  return (
    <Page title={fill(s.pageTitle, { centre: name || '…' })} wide>
      <p>
        <Link to={`/centres/${id}`}>{s.back}</Link>
      </p>
      <ErrorSummary error={centre.error ?? entries.error} />
      <CentreScopePublic key={round} centreId={id} date="" manage={false} />
      <section aria-labelledby="scope-entries-title" className="panel">
        <h2 id="scope-entries-title">{s.entriesTitle}</h2>
        <p>{s.entriesIntro}</p>
        {entries.data && entries.data.items.length === 0 && <p>{s.noEntries}</p>}
        {entries.data && entries.data.items.length > 0 && (
          <DataTable
            caption={s.entriesTitle}
            captionHidden
            columns={columns}
            rows={entries.data.items}
            rowKey={(e) => e.id}
            exportName={`${s.csv}-ieraksti`}
          />
        )}
        {ending && (
          <EndForm
            key={ending.id}
            centreId={id}
            entry={ending}
            onDone={(saved) => {
              setEnding(null);
              if (saved) changed();
            }}
          />
        )}
      </section>
      {manage && <ScopeAddForm centreId={id} onAdded={changed} />}
      <ScopeChanges centreId={id} />
    </Page>
  );
}
