// One figure of the dashboard: its chart and, beside it, the table of the same numbers (the shared DataTable with
// its CSV and XLSX downloads and print). Chart and table are made from one list, so they always agree.
import { useMemo } from 'react';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { formatNumber } from '../shared/format.ts';
import { BarChartView, type Series } from './Chart.tsx';

interface Row {
  key: string;
  label: string;
  values: readonly number[];
}

export function ChartPanel({
  id,
  title,
  categoryHeader,
  categories,
  series,
  horizontal,
  stacked,
}: {
  id: string;
  title: string;
  categoryHeader: string;
  categories: readonly string[];
  series: readonly Series[];
  horizontal?: boolean;
  /** The table under the chart rather than beside it (a table of many columns). */
  stacked?: boolean;
}) {
  const { m, lang } = useI18n();
  const t = m.dashboards;
  const rows: Row[] = useMemo(
    () => categories.map((label, i) => ({ key: `${i}`, label, values: series.map((s) => s.values[i] ?? 0) })),
    [categories, series],
  );
  const columns: Column<Row>[] = [
    { key: 'label', header: categoryHeader, cell: (r) => r.label, csv: (r) => r.label, rowHeader: true },
    ...series.map((s, i) => ({
      key: `s${i}`,
      header: s.name,
      cell: (r: Row) => formatNumber(lang, r.values[i] ?? 0),
      sortValue: (r: Row) => r.values[i] ?? 0,
      className: 'num',
    })),
  ];
  const summary = fill(t.chartSummary, {
    title,
    items: series
      .map((s) => `${s.name}: ${categories.map((c, i) => `${c} ${s.values[i] ?? 0}`).join(', ')}`)
      .join('; '),
  });
  return (
    <section className="dashboard-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <div className={stacked ? 'dashboard-panel__body dashboard-panel__body--stacked' : 'dashboard-panel__body'}>
        <BarChartView categories={categories} series={series} summary={summary} horizontal={horizontal ?? false} />
        <div>
          <DataTable
            caption={title}
            captionHidden
            columns={columns}
            rows={rows}
            rowKey={(r) => r.key}
            exportName={id}
          />
        </div>
      </div>
    </section>
  );
}
