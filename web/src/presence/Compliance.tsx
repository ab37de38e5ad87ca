// Regional and national centres against CR-5.3 / CR-6.3 in a month, from the presence actually recorded: the
// institutions' reception hours less their absences without a substitute, week by week (the API works it out). The
// ministry picks a month, narrows the weeks by centre or to those below the threshold, and takes the table further as
// CSV or on paper; a bar chart counts each centre's weeks below the threshold, its numbers also in the table.
import { useMemo, useState } from 'react';
import type { ApiResponse } from '../api/types.ts';
import { Link } from '../app/router.tsx';
import { BarChartView } from '../dashboards/Chart.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField } from '../shared/Field.tsx';
import { formatDate, rigaToday } from '../shared/format.ts';
import { Page } from '../shared/Page.tsx';
import { useGet } from '../useApi.ts';

type Centre = ApiResponse<'getPresenceCompliance'>['centres'][number];
type Row = Omit<Centre, 'weeks' | 'below'> & Centre['weeks'][number];

/** The 24 months up to the current one, newest first, as YYYY-MM. */
function recentMonths(today: string): string[] {
  const [y, mo] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: 24 }, (_, i) => {
    const index = y * 12 + (mo - 1) - i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

export function PresenceCompliancePage() {
  const { m, lang } = useI18n();
  const p = m.presence;
  const months = useMemo(() => recentMonths(rigaToday()), []);
  const [month, setMonth] = useState(months[1]!);
  const [text, setText] = useState('');
  const [onlyBelow, setOnlyBelow] = useState(false);
  const data = useGet('/api/v1/presence/compliance', { params: { query: { month } } });
  const centres = data.data?.centres ?? [];
  const monthName = (ym: string) =>
    new Intl.DateTimeFormat(lang === 'lv' ? 'lv-LV' : 'en-GB', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${ym}-01T00:00:00Z`));
  const rows: Row[] = centres.flatMap(({ weeks, below: _below, ...c }) => weeks.map((w) => ({ ...c, ...w })));
  const needle = text.trim().toLocaleLowerCase(lang);
  const shown = rows.filter(
    (r) => (!onlyBelow || r.below) && (!needle || r.centreName.toLocaleLowerCase(lang).includes(needle)),
  );
  const columns: Column<Row>[] = [
    { key: 'centre', header: p.centre, cell: (r) => r.centreName, sortValue: (r) => r.centreName, rowHeader: true },
    {
      key: 'rule',
      header: p.rule,
      cell: (r) => `${r.rule} (${p.centreKinds[r.kind as 'regional'] ?? r.kind})`,
      sortValue: (r) => r.rule,
    },
    { key: 'week', header: p.weekOf, cell: (r) => formatDate(r.weekOf), sortValue: (r) => r.weekOf },
    { key: 'days', header: p.workingDays, cell: (r) => r.workingDays, sortValue: (r) => r.workingDays },
    { key: 'count', header: p.count, cell: (r) => r.count, sortValue: (r) => r.count },
    { key: 'threshold', header: p.threshold, cell: (r) => r.threshold, sortValue: (r) => r.threshold },
    {
      key: 'result',
      header: p.result,
      cell: (r) => (r.below ? <strong>{p.below}</strong> : p.ok),
      sortValue: (r) => (r.below ? p.below : p.ok),
    },
    {
      key: 'institutions',
      header: p.institutions,
      cell: (r) => r.institutions.join(', '),
      sortValue: (r) => r.institutions.join(', '),
    },
  ];
  const charted = centres.filter((c) => !needle || c.centreName.toLocaleLowerCase(lang).includes(needle));
  const belowCounts = charted.map((c) => c.weeks.filter((w) => w.below).length);
  return (
    <Page title={p.complianceTitle} wide>
      <p className="lead">{p.complianceIntro}</p>
      <p>
        <Link to="/presence">{p.title}</Link>
      </p>
      <search aria-label={p.complianceTitle}>
        <div className="filters">
          <div className="filters__grid">
            <SelectField
              id="compliance-month"
              label={p.month}
              value={month}
              onChange={setMonth}
              options={months.map((ym) => ({ value: ym, label: monthName(ym) }))}
            />
            <div className="field">
              <label htmlFor="compliance-filter">{p.filter}</label>
              <input id="compliance-filter" type="search" value={text} onChange={(e) => setText(e.target.value)} />
            </div>
          </div>
          <div className="checkbox">
            <input
              id="compliance-below"
              type="checkbox"
              checked={onlyBelow}
              onChange={(e) => setOnlyBelow(e.target.checked)}
            />
            <label htmlFor="compliance-below">{p.onlyBelow}</label>
          </div>
        </div>
      </search>
      <ErrorSummary error={data.error} />
      {data.data && (
        <p role="status" data-testid="compliance-summary">
          {fill(p.centresBelow, {
            below: String(centres.filter((c) => c.below).length),
            total: String(centres.length),
          })}
        </p>
      )}
      <h2 id="compliance-table">{`${p.complianceTitle}: ${monthName(month)}`}</h2>
      {shown.length === 0 ? (
        <p>{p.noRows}</p>
      ) : (
        <DataTable
          caption={`${p.complianceTitle}: ${monthName(month)}`}
          captionHidden
          columns={columns}
          rows={shown}
          rowKey={(r) => `${r.centreId}-${r.weekOf}`}
          exportName={`klatbutne-${month}`}
        />
      )}
      {charted.length > 0 && (
        <section aria-labelledby="compliance-chart">
          <h2 id="compliance-chart">{p.chartTitle}</h2>
          <BarChartView
            horizontal
            categories={charted.map((c) => c.centreName)}
            series={[{ name: p.weeksBelow, values: belowCounts }]}
            summary={fill(p.chartSummary, {
              list: charted.map((c, i) => `${c.centreName} ${belowCounts[i]}`).join('; '),
            })}
          />
        </section>
      )}
    </Page>
  );
}
