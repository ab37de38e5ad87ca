// Public "who receives here today / this week" at a centre (CR-19.6, CR-20.8): the institutions' officers with their
// hours, a substitute when one receives, and an absence when nobody does. Open without logging in; links to the
// same data as JSON and as an iCalendar feed, and to the full-screen lobby view.
import type { ApiResponse } from '../api/types.ts';
import { Link } from '../app/router.tsx';
import type { PageProps } from '../app/page-props.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { formatDate } from '../shared/format.ts';
import { Page } from '../shared/Page.tsx';
import { useGet } from '../useApi.ts';

export type Entry = ApiResponse<'getPublicCentreReceiving'>['entries'][number];

export function personText(e: Entry): string {
  const p = e.substitute ?? e.officers[0];
  return p ? `${p.position} ${p.name} ${p.surname}` : '';
}

export const hoursText = (e: Entry) => e.intervals.map((i) => `${i.opens}–${i.closes}`).join(', ');

export function CentreReceivingPage({ params }: PageProps) {
  const { m } = useI18n();
  const p = m.presence;
  const id = params.id ?? '';
  // The server's today (Europe/Riga), whatever the visitor's clock says.
  const week = useGet('/api/v1/public/centres/{id}/receiving', { params: { path: { id }, query: { days: 7 } } });
  const today = week.data?.from ?? '';
  const name = week.data?.centreName ?? '';
  const columns: Column<Entry>[] = [
    { key: 'date', header: p.date, cell: (e) => formatDate(e.date), sortValue: (e) => e.date },
    {
      key: 'institution',
      header: p.institution,
      cell: (e) => e.institutionName,
      sortValue: (e) => e.institutionName,
      rowHeader: true,
    },
    { key: 'time', header: p.time, cell: hoursText, sortValue: hoursText },
    { key: 'who', header: p.who, cell: personText, sortValue: personText },
    {
      key: 'status',
      header: p.status,
      cell: (e) =>
        e.status === 'absent' && e.absenceReason
          ? `${p.statuses.absent} (${e.absenceReason})`
          : p.statuses[e.status as 'absent'],
      sortValue: (e) => e.status,
    },
  ];
  const todays = (week.data?.entries ?? []).filter((e) => e.date === today);
  return (
    <Page title={fill(p.receivingTitle, { centre: name })} wide>
      <p className="lead">{p.receivingIntro}</p>
      <ErrorSummary error={week.error} />
      <p>
        <Link to={`/centres/${id}/lobby`}>{p.lobby}</Link> ·{' '}
        <a href={`/api/v1/public/centres/${id}/receiving.ics`}>{p.ical}</a> ·{' '}
        <a href={`/api/v1/public/centres/${id}/receiving`}>{p.json}</a> · <Link to={`/centres/${id}`}>{name}</Link>
      </p>
      {week.data?.head && (
        <p data-testid="centre-head">
          {fill(p.headPublic, { name: `${week.data.head.name} ${week.data.head.surname}` })}
        </p>
      )}
      <h2>{p.today}</h2>
      {todays.length === 0 ? (
        <p>{p.nobody}</p>
      ) : (
        <ul>
          {todays.map((e) => (
            <li key={`${e.institutionId}`}>
              <strong>{e.institutionName}</strong> {hoursText(e)} — {p.statuses[e.status as 'absent']}
              {e.status !== 'absent' && personText(e) ? `: ${personText(e)}` : ''}
            </li>
          ))}
        </ul>
      )}
      <h2>{p.thisWeek}</h2>
      <DataTable
        caption={p.thisWeek}
        captionHidden
        columns={columns}
        rows={week.data?.entries ?? []}
        rowKey={(e) => `${e.date}-${e.institutionId}`}
        exportName="pienem"
      />
    </Page>
  );
}
