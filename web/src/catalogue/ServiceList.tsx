// The holder's services (SR-4, SR-8): each with its status, whether it was confirmed this quarter (SR-11) and its
// quality score (SR-13); a search by name or identifier, filters by holder and status, and the way to register one.
import { useEffect, useState, type FormEvent } from 'react';
import { type ApiQuery, withQuery } from '../api.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField } from '../shared/Field.tsx';
import { Page } from '../shared/Page.tsx';
import { Pager } from '../shared/Pager.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { Link, navigate, useLocation } from '../app/router.tsx';
import { useGet } from '../useApi.ts';
import type { ServiceSummaryOut } from './CatalogueShared.tsx';
import { ScoreTag } from './QualityDashboard.tsx';
import { useDescribedHolders } from './ServiceHolders.ts';
import { StatusTag, VerificationTag, verificationText } from './ServiceStatusFacts.tsx';

const LIMIT = 20;
const STATUSES = ['draft', 'published', 'withdrawn'] as const;

/** The score of one listed service (the list itself does not carry it). */
function ScoreCell({ id }: { id: string }) {
  const { data } = useGet('/api/v1/services/{id}/quality', { params: { path: { id } } });
  if (!data) return <span className="muted">…</span>;
  return <ScoreTag score={data.score} />;
}

export function ServiceListPage() {
  const { m } = useI18n();
  const e = m.catalogue.editor;
  const { query } = useLocation();
  const { holders, everywhere } = useDescribedHolders();
  const q = query.get('q') ?? '';
  const status = query.get('status') ?? '';
  // Only the caller's own holders (others' published services are the public catalogue's business).
  const holderId = query.get('holderId') || (everywhere ? '' : (holders[0]?.id ?? ''));
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const ready = everywhere || holders.length > 0;
  const { data, error, loading } = useGet(ready ? '/api/v1/services' : null, {
    // The status comes from the address as it is: the API refuses a word it does not know.
    params: {
      query: {
        holderId,
        status: status as ApiQuery<'listServices'>['status'],
        q,
        limit: LIMIT,
        offset: offset || undefined,
      },
    },
  });
  const go = (patch: Record<string, string | number | undefined>) =>
    navigate(withQuery('/services', { holderId: query.get('holderId'), status, q, ...patch }));

  const search = (event: FormEvent) => {
    event.preventDefault();
    go({ q: text.trim(), offset: undefined });
  };
  const verification = (s: ServiceSummaryOut) => (s.status === 'withdrawn' ? '' : verificationText(m, s.verification));
  // The score is fetched row by row: it is shown, not sorted by nor exported.
  const columns: Column<ServiceSummaryOut>[] = [
    {
      key: 'identifier',
      header: e.identifier,
      className: 'nowrap',
      sortValue: (s) => s.identifier,
      cell: (s) => s.identifier,
    },
    {
      key: 'name',
      header: e.fields.name,
      rowHeader: true,
      className: 'rule-title',
      sortValue: (s) => s.nameLv,
      cell: (s) => <Link to={`/services/${s.id}`}>{s.nameLv}</Link>,
    },
    { key: 'holder', header: e.holder, sortValue: (s) => s.holder.name, cell: (s) => s.holder.name },
    {
      key: 'status',
      header: e.status,
      sortValue: (s) => m.catalogue.statuses[s.status],
      cell: (s) => <StatusTag status={s.status} />,
    },
    {
      key: 'verification',
      header: e.verification,
      sortValue: verification,
      cell: (s) => (s.status === 'withdrawn' ? '—' : <VerificationTag verification={s.verification} />),
    },
    {
      key: 'score',
      header: m.catalogue.quality.scoreTitle,
      csv: false,
      cell: (s) => <ScoreCell id={s.id} />,
    },
  ];

  return (
    <Page title={e.listTitle} wide>
      <p className="lead">{e.listIntro}</p>
      {holders.length > 0 && (
        <p>
          <Link to="/services/new" className="button">
            {e.newTitle}
          </Link>
        </p>
      )}
      <search aria-label={e.listTitle}>
        <form className="filters" onSubmit={search}>
          <div className="search">
            <label htmlFor="services-q">{e.query}</label>
            <div className="search__row">
              <input id="services-q" type="search" value={text} onChange={(ev) => setText(ev.target.value)} />
              <button type="submit" className="button">
                {m.catalogue.search}
              </button>
            </div>
          </div>
          <div className="filters__grid">
            {(everywhere || holders.length > 1) && (
              <SelectField
                id="services-holder"
                label={e.holder}
                value={holderId}
                onChange={(next) => go({ holderId: next, offset: undefined })}
                {...(everywhere ? { placeholder: m.catalogue.allHolders } : {})}
                options={holders.map((h) => ({ value: h.id, label: h.name }))}
              />
            )}
            <SelectField
              id="services-status"
              label={e.status}
              value={status}
              onChange={(next) => go({ status: next, offset: undefined })}
              placeholder={e.allStatuses}
              options={STATUSES.map((s) => ({ value: s, label: m.catalogue.statuses[s] }))}
            />
          </div>
        </form>
      </search>
      <ErrorSummary error={error} />
      {!ready && <p>{e.noHolders}</p>}
      {loading && !data && <p className="loading">{m.common.loading}</p>}
      {data && (
        <>
          <p role="status">{fill(e.found, { total: data.total })}</p>
          {data.items.length > 0 && (
            <DataTable
              caption={e.listTitle}
              captionHidden
              columns={columns}
              rows={data.items}
              rowKey={(s) => s.id}
              exportName="services"
            />
          )}
          <Pager
            offset={offset}
            limit={LIMIT}
            shown={data.items.length}
            total={data.total}
            onPage={(next) => go({ offset: next || undefined })}
          />
        </>
      )}
    </Page>
  );
}
