// Dashboards for everyone who supervises: the network for the ministry, a municipality's centres, a
// centre for its head, an institution's services — the period chosen beside the one before. Each chart has its table
// (CSV, XLSX, print) and a text alternative; a centre's view offers the BV-4.4 report as a PDF.
import { useEffect, useState, type FormEvent } from 'react';
import type { ApiResponse } from '../api/types.ts';
import { withQuery } from '../api.ts';
import { navigate, useLocation } from '../app/router.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextField } from '../shared/Field.tsx';
import { formatDate, formatNumber } from '../shared/format.ts';
import { Page } from '../shared/Page.tsx';
import { useGet } from '../useApi.ts';
import { ChartPanel } from './ChartPanel.tsx';
import './dashboards.css';

type Dashboard = ApiResponse<'getDashboard'>;
type TotalKey = keyof Dashboard['totals'];
const TOTAL_KEYS: TotalKey[] = ['contacts', 'applications', 'eservicesFiled', 'delayed', 'complaints'];

function periodLabel(start: string, by: 'month' | 'week', lang: string): string {
  if (by === 'week') return formatDate(start);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'lv-LV', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${start}T00:00:00Z`));
}

export function DashboardsPage() {
  const { m, lang } = useI18n();
  const t = m.dashboards;
  const { query } = useLocation();
  const scopes = useGet('/api/v1/dashboards/scopes');
  const asked = {
    scope: query.get('scope') ?? undefined,
    id: query.get('id') ?? undefined,
    from: query.get('from') ?? undefined,
    to: query.get('to') ?? undefined,
    by: query.get('by') ?? undefined,
  };
  const figures = useGet('/api/v1/dashboards', {
    params: { query: Object.fromEntries(Object.entries(asked).filter(([, v]) => v)) as never },
  });
  const d = figures.data;
  const [choice, setChoice] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [by, setBy] = useState('');
  useEffect(() => {
    if (!d) return;
    setChoice(`${d.scope}:${d.id ?? ''}`);
    setFrom(d.from);
    setTo(d.to);
    setBy(d.by);
  }, [d]);

  const show = (event: FormEvent) => {
    event.preventDefault();
    const [scope, id] = choice.split(':');
    navigate(withQuery('/dashboards', { scope, id: id || undefined, from, to, by }));
  };
  const options = (scopes.data?.items ?? []).map((s) => ({
    value: `${s.scope}:${s.id ?? ''}`,
    label: `${t.levels[s.scope]}: ${s.scope === 'network' ? t.network : s.name}`,
  }));

  return (
    <Page title={t.title} wide>
      <p className="lead">{t.intro}</p>
      {scopes.data && options.length === 0 && <p>{t.none}</p>}
      <form className="filters" onSubmit={show}>
        <SelectField id="dash-scope" label={t.scope} value={choice} onChange={setChoice} options={options} />
        <TextField id="dash-from" label={t.from} type="date" value={from} onChange={setFrom} />
        <TextField id="dash-to" label={t.to} type="date" value={to} onChange={setTo} />
        <SelectField
          id="dash-by"
          label={t.by}
          value={by}
          onChange={setBy}
          options={[
            { value: 'month', label: t.byMonth },
            { value: 'week', label: t.byWeek },
          ]}
        />
        <button type="submit" className="button">
          {t.show}
        </button>
      </form>
      <ErrorSummary error={figures.error} />
      {figures.loading && !d && <p role="status">{t.loading}</p>}
      {d && <Figures d={d} lang={lang} />}
    </Page>
  );
}

function Figures({ d, lang }: { d: Dashboard; lang: string }) {
  const { m } = useI18n();
  const t = m.dashboards;
  const periods = d.series.map((r) => periodLabel(r.period, d.by, lang));
  const change = (now: number, before: number) =>
    before === 0
      ? now === 0
        ? '0'
        : '—'
      : `${now >= before ? '+' : ''}${Math.round(((now - before) / before) * 100)} %`;
  const totalColumns: Column<TotalKey>[] = [
    { key: 'figure', header: t.figure, cell: (k) => t.totalNames[k], csv: (k) => t.totalNames[k], rowHeader: true },
    {
      key: 'now',
      header: t.now,
      cell: (k) => formatNumber(lang as 'lv', d.totals[k]),
      sortValue: (k) => d.totals[k],
      className: 'num',
    },
    {
      key: 'before',
      header: t.before,
      cell: (k) => formatNumber(lang as 'lv', d.previousTotals[k]),
      sortValue: (k) => d.previousTotals[k],
      className: 'num',
    },
    {
      key: 'change',
      header: t.change,
      cell: (k) => change(d.totals[k], d.previousTotals[k]),
      csv: (k) => change(d.totals[k], d.previousTotals[k]),
      className: 'num',
    },
  ];
  const name = d.scope === 'network' ? t.network : d.name;
  return (
    <>
      <h2>
        {name}: {formatDate(d.from)}–{formatDate(d.to)}
      </h2>
      <p>{fill(t.previous, { from: formatDate(d.previous.from), to: formatDate(d.previous.to) })}</p>
      {d.scope === 'centre' && d.id && (
        <p>
          <a
            className="button button--secondary"
            href={`/api/v1/centres/${d.id}/report.pdf?from=${d.from}&to=${d.to}&by=${d.by}`}
            download
          >
            {t.report}
          </a>{' '}
          <span className="hint">{t.reportHint}</span>
        </p>
      )}
      <DataTable
        caption={t.totals}
        columns={totalColumns}
        rows={TOTAL_KEYS}
        rowKey={(k) => k}
        exportName="kopsavilkums"
      />
      <ChartPanel
        id="laika-gaita"
        stacked
        title={t.overTime}
        categoryHeader={t.period}
        categories={periods}
        series={[
          { name: t.totalNames.contacts, values: d.series.map((r) => r.contacts) },
          { name: t.totalNames.applications, values: d.series.map((r) => r.applications) },
          { name: t.totalNames.eservicesFiled, values: d.series.map((r) => r.eservicesFiled) },
          { name: t.totalNames.complaints, values: d.series.map((r) => r.complaints) },
        ]}
      />
      <ChartPanel
        id="kanali"
        title={t.byChannel}
        categoryHeader={t.channel}
        categories={d.byChannel.map((c) => t.channels[c.key as keyof typeof t.channels] ?? c.key)}
        series={[
          { name: t.now, values: d.byChannel.map((c) => c.count) },
          { name: t.before, values: d.byChannel.map((c) => c.previous) },
        ]}
      />
      <ChartPanel
        id="veidi"
        title={t.byType}
        categoryHeader={t.type}
        horizontal
        categories={d.byType.map((c) => t.types[c.key] ?? c.key)}
        series={[
          { name: t.now, values: d.byType.map((c) => c.count) },
          { name: t.before, values: d.byType.map((c) => c.previous) },
        ]}
      />
      <Services d={d} />
    </>
  );
}

function Services({ d }: { d: Dashboard }) {
  const { m, lang } = useI18n();
  const t = m.dashboards;
  type S = Dashboard['byService'][number];
  const columns: Column<S>[] = [
    {
      key: 'identifier',
      header: t.identifier,
      cell: (s) => s.identifier,
      sortValue: (s) => s.identifier,
      rowHeader: true,
    },
    { key: 'name', header: t.service, cell: (s) => s.name, sortValue: (s) => s.name },
    {
      key: 'count',
      header: t.count,
      cell: (s) => formatNumber(lang, s.count),
      sortValue: (s) => s.count,
      className: 'num',
    },
  ];
  return (
    <DataTable
      caption={t.byService}
      columns={columns}
      rows={d.byService}
      rowKey={(s) => s.id}
      exportName="pakalpojumi"
    />
  );
}
