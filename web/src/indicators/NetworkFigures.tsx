// The network's own view of SR-21: a year's applications at the centres per centre or municipality
// and channel, for the ministry, auditors and the maintainer. Read from the contacts' rollups on the server.
import { useState } from 'react';
import type { ApiResponse } from '../api/types.ts';
import { useI18n } from '../i18n/context.tsx';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField } from '../shared/Field.tsx';
import { useGet } from '../useApi.ts';

type Row = ApiResponse<'listIndicatorNetworkFigures'>['items'][number];

export function NetworkFigures({ year }: { year: number }) {
  const { m } = useI18n();
  const t = m.indicators;
  const [groupBy, setGroupBy] = useState<'centre' | 'municipality'>('municipality');
  const figures = useGet('/api/v1/indicators/network-figures', { params: { query: { year, groupBy } } });
  const columns: Column<Row>[] = [
    { key: 'name', header: t.network.name, cell: (r) => r.name, sortValue: (r) => r.name, rowHeader: true },
    { key: 'channel', header: t.channel, cell: (r) => t.channels[r.channel], sortValue: (r) => t.channels[r.channel] },
    {
      key: 'applications',
      header: t.applications,
      cell: (r) => r.applications,
      sortValue: (r) => r.applications,
      className: 'num',
    },
    {
      key: 'sources',
      header: t.network.sources,
      cell: (r) => `${r.sources.centres} / ${r.sources.eservices}`,
      csv: (r) => `${r.sources.centres} / ${r.sources.eservices}`,
    },
  ];
  return (
    <section aria-labelledby="ind-network-title">
      <h2 id="ind-network-title">{t.network.title}</h2>
      <p>{t.network.intro}</p>
      <div className="filters">
        <SelectField
          id="ind-network-group"
          label={t.network.groupBy}
          value={groupBy}
          onChange={(v) => setGroupBy(v === 'centre' ? 'centre' : 'municipality')}
          options={[
            { value: 'municipality', label: t.network.municipality },
            { value: 'centre', label: t.network.centre },
          ]}
        />
      </div>
      <ErrorSummary error={figures.error} />
      {figures.data &&
        (figures.data.items.length === 0 ? (
          <p>{t.network.none}</p>
        ) : (
          <DataTable
            caption={`${t.network.title} — ${year}`}
            captionHidden
            columns={columns}
            rows={figures.data.items}
            rowKey={(r) => `${r.id}|${r.channel}`}
            exportName={`raditaji-tikls-${year}`}
          />
        ))}
    </section>
  );
}
