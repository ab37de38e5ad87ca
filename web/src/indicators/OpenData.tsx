// SR-22 open data, public: the published years with their JSON and CSV downloads, the dataset's DCAT-AP metadata,
// the method in words, and a year's indicators in the shared table (with a correction's versions named).
import type { ApiResponse } from '../api/types.ts';
import { Link, useLocation } from '../app/router.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { formatDate } from '../shared/format.ts';
import { Page } from '../shared/Page.tsx';
import { useGet } from '../useApi.ts';

type Row = ApiResponse<'getPublicIndicators'>['items'][number];
type Year = ApiResponse<'listPublicIndicatorYears'>['items'][number];

export function OpenDataIndicatorsPage() {
  const { m, lang } = useI18n();
  const t = m.openData;
  const ti = m.indicators;
  const { query } = useLocation();
  const years = useGet('/api/v1/public/indicators/years');
  const chosen = Number(query.get('year')) || years.data?.items[0]?.year;
  const data = useGet(chosen ? '/api/v1/public/indicators' : null, { params: { query: { year: chosen ?? 0 } } });

  const yearColumns: Column<Year>[] = [
    {
      key: 'year',
      header: ti.year,
      cell: (y) => <Link to={`/open-data/indicators?year=${y.year}`}>{y.year}</Link>,
      sortValue: (y) => y.year,
      rowHeader: true,
    },
    { key: 'holders', header: t.holders, cell: (y) => y.holders, sortValue: (y) => y.holders },
    {
      key: 'last',
      header: t.lastPublished,
      cell: (y) => formatDate(y.lastPublishedOn),
      sortValue: (y) => y.lastPublishedOn,
    },
    {
      key: 'downloads',
      header: t.downloads,
      cell: (y) => (
        <>
          <a href={`/api/v1/public/indicators?year=${y.year}`}>JSON {y.year}</a>
          {' · '}
          <a href={`/api/v1/public/indicators.csv?year=${y.year}`}>CSV {y.year}</a>
        </>
      ),
      csv: false,
    },
  ];
  const columns: Column<Row>[] = [
    { key: 'holder', header: t.holder, cell: (r) => r.holder, sortValue: (r) => r.holder },
    {
      key: 'identifier',
      header: ti.identifier,
      cell: (r) => r.serviceIdentifier,
      sortValue: (r) => r.serviceIdentifier,
      rowHeader: true,
    },
    { key: 'service', header: ti.service, cell: (r) => r.serviceName, sortValue: (r) => r.serviceName },
    { key: 'channel', header: ti.channel, cell: (r) => ti.channels[r.channel], sortValue: (r) => r.channel },
    {
      key: 'applications',
      header: ti.applications,
      cell: (r) => r.applications,
      sortValue: (r) => r.applications,
      className: 'num',
    },
    { key: 'delayed', header: ti.delayed, cell: (r) => r.delayed, sortValue: (r) => r.delayed, className: 'num' },
    {
      key: 'complaints',
      header: ti.complaints,
      cell: (r) => r.complaints,
      sortValue: (r) => r.complaints,
      className: 'num',
    },
    {
      key: 'version',
      header: ti.version,
      cell: (r) => (r.version > 1 ? `${r.version} (${t.correction})` : r.version),
      sortValue: (r) => r.version,
    },
  ];

  return (
    <Page title={t.title} wide>
      <p className="lead">{t.intro}</p>
      <p>
        <a href="/api/v1/public/indicators/dataset">{t.metadata}</a>
      </p>
      <h2>{t.years}</h2>
      {years.data && years.data.items.length === 0 && <p>{t.noYears}</p>}
      {years.data && years.data.items.length > 0 && (
        <DataTable
          caption={t.years}
          captionHidden
          columns={yearColumns}
          rows={years.data.items}
          rowKey={(y) => String(y.year)}
        />
      )}
      {data.data && chosen && (
        <>
          <h2>{fill(t.yearTable, { year: chosen })}</h2>
          <DataTable
            caption={fill(t.yearTable, { year: chosen })}
            captionHidden
            columns={columns}
            rows={data.data.items}
            rowKey={(r) => `${r.holderId}|${r.serviceIdentifier}|${r.channel}`}
            exportName={`izpildes-raditaji-${chosen}`}
          />
        </>
      )}
      {years.data && (
        <details>
          <summary>{t.method}</summary>
          <p lang={lang}>{years.data.method[lang === 'en' ? 'en' : 'lv']}</p>
        </details>
      )}
    </Page>
  );
}
