// Authorised e-services (AM-1.1): the centre's staff see their centres' ones, with the client's name and masked
// personal code, and start a new one; the ministry, auditors and the maintainer see every centre's, without clients.
// Filtered by status and the days started (in the address); the table downloads every workflow of the filter.
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { Page } from '../shared/Page.tsx';
import { Pager } from '../shared/Pager.tsx';
import { formatDate, formatDateTime } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill, pick } from '../i18n/messages.ts';
import { Link, navigate, useLocation } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { type ApiQuery, client as apiClient, withQuery } from '../api.ts';
import { allPages } from '../shared/all-pages.ts';
import { FilterSummary } from '../shared/FilterSummary.tsx';
import { EserviceFilters, type EserviceFilter } from './EserviceFilters.tsx';
import { useGet } from '../useApi.ts';
import { FILING_ROLES, serviceName, type EserviceSummary } from './EserviceShared.tsx';

const LIMIT = 50;

export function EserviceListPage() {
  const { m, lang } = useI18n();
  const { roles } = useSession();
  const { query } = useLocation();
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const files = roles.some((r) => FILING_ROLES.includes(r));
  const filter: EserviceFilter = {
    status: query.get('status') ?? '',
    startedFrom: query.get('startedFrom') ?? '',
    startedTo: query.get('startedTo') ?? '',
  };
  const listQuery: ApiQuery<'listAuthorisedEservices'> = {
    // The address's word goes as it is: the API refuses one it does not know.
    status: (filter.status || undefined) as ApiQuery<'listAuthorisedEservices'>['status'],
    startedFrom: filter.startedFrom || undefined,
    startedTo: filter.startedTo || undefined,
  };
  const { data, error } = useGet('/api/v1/authorised-eservices', {
    params: { query: { ...listQuery, limit: LIMIT, offset } },
  });
  const everyRow = () =>
    allPages((from, limit) =>
      apiClient.GET('/api/v1/authorised-eservices', { params: { query: { ...listQuery, limit, offset: from } } }),
    );
  const go = (next: EserviceFilter, nextOffset = 0) =>
    navigate(withQuery('/eservices', { ...next, offset: nextOffset || undefined }));
  const status = (e: EserviceSummary) =>
    e.status === 'completed'
      ? `${m.eservices.statuses.completed} ${formatDate(e.completedOn)}`
      : e.status === 'cancelled'
        ? m.eservices.statuses.cancelled
        : e.nextStep
          ? fill(m.eservices.nextStep, { step: m.eservices.steps[e.nextStep] })
          : m.eservices.statuses.in_progress;
  const client = (e: EserviceSummary) => (e.clientName ? `${e.clientName} (${e.personalCodeMasked ?? ''})` : null);
  const clientColumn: Column<EserviceSummary> = {
    key: 'client',
    header: m.eservices.client,
    sortValue: client,
    cell: (e) => client(e) ?? '—',
  };
  const columns: Column<EserviceSummary>[] = [
    {
      key: 'service',
      header: m.eservices.service,
      rowHeader: true,
      sortValue: (e) => serviceName(lang, e.service),
      csv: (e) => `${serviceName(lang, e.service)} ${e.service.identifier}`,
      cell: (e) => (
        <>
          <Link to={`/eservices/${e.id}`}>{serviceName(lang, e.service)}</Link>
          <span className="muted small"> {e.service.identifier}</span>
        </>
      ),
    },
    { key: 'centre', header: m.eservices.centre, sortValue: (e) => e.centre.name, cell: (e) => e.centre.name },
    // Only those who file them see whose they are.
    ...(files ? [clientColumn] : []),
    {
      key: 'startedAt',
      header: m.eservices.startedAt,
      sortValue: (e) => e.startedAt,
      csv: (e) => formatDateTime(e.startedAt),
      cell: (e) => formatDateTime(e.startedAt),
    },
    { key: 'status', header: m.eservices.status, sortValue: status, cell: status },
  ];

  return (
    <Page title={m.eservices.title} wide>
      <p>{files ? m.eservices.intro : m.eservices.introReader}</p>
      {files && (
        <p>
          <Link to="/eservices/new" className="button">
            {m.eservices.start}
          </Link>
        </p>
      )}
      <ErrorSummary error={error} />
      <EserviceFilters value={filter} onApply={(next) => go(next)} />
      <h2>{m.eservices.listTitle}</h2>
      <FilterSummary
        items={[
          [m.eservices.status, filter.status && pick(m.eservices.statuses, filter.status)],
          [m.eservices.startedFrom, filter.startedFrom && formatDate(filter.startedFrom)],
          [m.eservices.startedTo, filter.startedTo && formatDate(filter.startedTo)],
        ]}
      />
      {!data && !error && <p className="loading">{m.common.loading}</p>}
      {data && <p>{fill(m.eservices.found, { total: data.total })}</p>}
      {data && data.items.length === 0 && <p>{m.eservices.none}</p>}
      {data && data.items.length > 0 && (
        <>
          <DataTable
            caption={m.eservices.title}
            captionHidden
            columns={columns}
            rows={data.items}
            rowKey={(e) => e.id}
            exportName="eservices"
            exportRows={everyRow}
          />
          <Pager
            offset={offset}
            limit={LIMIT}
            shown={data.items.length}
            total={data.total}
            onPage={(next) => go(filter, next)}
          />
        </>
      )}
    </Page>
  );
}
