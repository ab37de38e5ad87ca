// A holder's performance indicators of a year (SR-21): the figures per service and channel in the shared table, the
// automatic checks' findings, the delayed cases explained one by one, and the publication with its versions (SR-22).
// Holders' people see their own; the ministry, auditors and the maintainer choose any holder.
import { useState, type FormEvent } from 'react';
import type { ApiResponse } from '../api/types.ts';
import { withQuery } from '../api.ts';
import { Link, navigate, useLocation } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { useI18n } from '../i18n/context.tsx';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField } from '../shared/Field.tsx';
import { formatDate, rigaToday } from '../shared/format.ts';
import { Page } from '../shared/Page.tsx';
import { useGet } from '../useApi.ts';
import { NetworkFigures } from './NetworkFigures.tsx';
import { OwnCounts } from './OwnCounts.tsx';
import { Publication } from './Publication.tsx';
import { Requests } from './Requests.tsx';

type Figures = ApiResponse<'getIndicatorFigures'>;
type Row = Figures['rows'][number];
type Delayed = Figures['delayedCases'][number];

const HOLDER_ROLES = ['org_admin', 'institution_coordinator'];
const READERS = ['ministry_supervisor', 'auditor', 'maintainer'];

/** The holders the user may choose: its own (admin, coordinator), or every holder and institution for a reader. */
function useHolders() {
  const { me, roles } = useSession();
  const reader = roles.some((r) => READERS.includes(r));
  const all = useGet(reader ? '/api/v1/organisations' : null);
  if (reader)
    return (all.data?.items ?? [])
      .filter((o) => o.kind === 'holder' || o.kind === 'institution' || o.kind === 'municipality')
      .map((o) => ({ value: o.id, label: o.name }));
  const own = new Map<string, string>();
  for (const g of me?.grants ?? []) if (HOLDER_ROLES.includes(g.role)) own.set(g.organisationId, g.organisationName);
  return [...own].map(([value, label]) => ({ value, label }));
}

export function IndicatorsPage() {
  const { m, lang } = useI18n();
  const t = m.indicators;
  const { query } = useLocation();
  const { me, roles } = useSession();
  const holders = useHolders();
  const lastYear = String(Number(rigaToday().slice(0, 4)) - 1);
  const holderId = query.get('holderId') ?? (holders.length === 1 ? holders[0]!.value : '');
  const year = query.get('year') ?? lastYear;
  const [holder, setHolder] = useState(holderId);
  const [chosenYear, setChosenYear] = useState(year);
  // Entering counts and publishing are the holder's own (its admin or coordinator), never a reader's.
  const own = (me?.grants ?? []).some((g) => HOLDER_ROLES.includes(g.role) && g.organisationId === holderId);
  // A reader without a holder chosen sees the whole network's year (every holder's rows).
  const network = !holderId && roles.some((r) => READERS.includes(r));
  const figures = useGet(holderId || network ? '/api/v1/indicators/figures' : null, {
    params: { query: { ...(holderId ? { holderId } : {}), year: Number(year) } },
  });
  const years = Array.from({ length: Number(rigaToday().slice(0, 4)) - 2016 }, (_, i) => String(2017 + i)).reverse();

  const show = (event: FormEvent) => {
    event.preventDefault();
    navigate(withQuery('/indicators', { holderId: holder || holderId, year: chosenYear }));
  };
  const name = (r: Row) => (lang === 'en' && r.serviceNameEn ? r.serviceNameEn : r.serviceName);
  const holderColumn: Column<Row> = {
    key: 'holder',
    header: t.holder,
    cell: (r) => r.holder,
    sortValue: (r) => r.holder,
  };
  const columns: Column<Row>[] = [
    ...(holderId ? [] : [holderColumn]),
    {
      key: 'identifier',
      header: t.identifier,
      cell: (r) => r.identifier,
      sortValue: (r) => r.identifier,
      rowHeader: true,
    },
    { key: 'service', header: t.service, cell: name, sortValue: name },
    { key: 'channel', header: t.channel, cell: (r) => t.channels[r.channel], sortValue: (r) => t.channels[r.channel] },
    {
      key: 'applications',
      header: t.applications,
      cell: (r) => r.applications,
      sortValue: (r) => r.applications,
      className: 'num',
    },
    { key: 'delayed', header: t.delayed, cell: (r) => r.delayed, sortValue: (r) => r.delayed, className: 'num' },
    {
      key: 'complaints',
      header: t.complaints,
      cell: (r) => r.complaints,
      sortValue: (r) => r.complaints,
      className: 'num',
    },
    {
      key: 'sources',
      header: t.sources,
      cell: (r) => `${r.sources.centres} / ${r.sources.eservices} / ${r.sources.own}`,
      csv: (r) => `${r.sources.centres} / ${r.sources.eservices} / ${r.sources.own}`,
    },
  ];
  const delayedColumns: Column<Delayed>[] = [
    {
      key: 'identifier',
      header: t.identifier,
      cell: (d) => d.identifier,
      sortValue: (d) => d.identifier,
      rowHeader: true,
    },
    { key: 'channel', header: t.channel, cell: (d) => t.channels[d.channel], sortValue: (d) => d.channel },
    {
      key: 'due',
      header: t.delayed,
      cell: (d) => d.explanation[lang === 'en' ? 'en' : 'lv'],
      sortValue: (d) => d.dueOn,
    },
  ];

  return (
    <Page title={t.title} wide>
      <p className="lead">{t.intro}</p>
      <form className="filters" onSubmit={show}>
        <SelectField
          id="ind-holder"
          label={t.holder}
          value={holder || holderId}
          onChange={setHolder}
          options={holders}
          placeholder={roles.some((r) => READERS.includes(r)) ? t.allHolders : t.chooseHolder}
        />
        <SelectField
          id="ind-year"
          label={t.year}
          value={chosenYear}
          onChange={setChosenYear}
          options={years.map((y) => ({ value: y, label: y }))}
        />
        <button type="submit" className="button">
          {t.show}
        </button>
      </form>
      <p>
        <Link to="/open-data/indicators">{t.openDataLink}</Link>
        {holderId && (
          <>
            {' · '}
            <Link to={withQuery('/indicators/evaluation', { holderId, year })}>{t.evaluationLink}</Link>
          </>
        )}
      </p>
      <ErrorSummary error={figures.error} />
      {figures.data && (
        <>
          <h2>{t.figures}</h2>
          {figures.data.rows.length === 0 ? (
            <p>{t.noFigures}</p>
          ) : (
            <DataTable
              caption={`${t.figures} — ${year} (${formatDate(figures.data.asOf)})`}
              columns={columns}
              rows={figures.data.rows}
              rowKey={(r) => `${r.serviceId}|${r.channel}`}
              exportName={`raditaji-${year}`}
            />
          )}
          <h2>{t.findings}</h2>
          {figures.data.findings.length === 0 ? (
            <p>{t.noFindings}</p>
          ) : (
            <ul className="findings">
              {figures.data.findings.map((f) => (
                <li key={`${f.code}-${f.identifier}-${f.channel}`}>
                  <strong>{t.severity[f.severity]}</strong> ({f.code}): {f.message[lang === 'en' ? 'en' : 'lv']}
                </li>
              ))}
            </ul>
          )}
          <h2>{t.delayedCases}</h2>
          <p>{t.delayedCasesIntro}</p>
          {figures.data.delayedCases.length === 0 ? (
            <p>{t.noDelayed}</p>
          ) : (
            <DataTable
              caption={t.delayedCases}
              captionHidden
              columns={delayedColumns}
              rows={figures.data.delayedCases}
              rowKey={(d) => `${d.contactId}|${d.serviceId}`}
              exportName={`kavejumi-${year}`}
            />
          )}
          {network && <NetworkFigures year={Number(year)} />}
          {own && <OwnCounts holderId={holderId} year={Number(year)} onSaved={figures.reload} />}
          {holderId && (
            <>
              <Publication
                holderId={holderId}
                year={Number(year)}
                canPublish={own}
                blocked={figures.data.findings.some((f) => f.severity === 'error')}
                onPublished={figures.reload}
              />
              <Requests
                holderId={holderId}
                year={Number(year)}
                canAsk={roles.includes('ministry_supervisor')}
                canAnswer={own}
              />
            </>
          )}
        </>
      )}
    </Page>
  );
}
