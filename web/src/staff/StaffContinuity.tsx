// Continuity of service (CR-17.11, CR-20.17): the centre's uncovered opening hours in the next four weeks, before
// they happen; and for the ministry, auditors and the maintainer the overview of every centre with a staff list.
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { formatDate, formatNumber } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { useSession } from '../app/session.tsx';
import { useGet } from '../useApi.ts';
import type { Gap, StaffCentre } from './StaffShared.tsx';

const NETWORK = ['ministry_supervisor', 'auditor', 'maintainer'];

function Overview() {
  const { m, lang } = useI18n();
  const s = m.staff;
  const { data, error } = useGet('/api/v1/continuity/overview');
  type Row = NonNullable<typeof data>['items'][number];
  const columns: Column<Row>[] = [
    { key: 'centre', header: s.centre, rowHeader: true, sortValue: (r) => r.centreName, cell: (r) => r.centreName },
    { key: 'days', header: s.gapDays, sortValue: (r) => r.gapDays, cell: (r) => r.gapDays },
    {
      key: 'hours',
      header: s.uncovered,
      sortValue: (r) => r.uncoveredHours,
      cell: (r) => formatNumber(lang, r.uncoveredHours, 1),
    },
    { key: 'first', header: s.firstGap, sortValue: (r) => r.firstGap, cell: (r) => formatDate(r.firstGap) },
  ];
  return (
    <>
      <h2>{s.overviewTitle}</h2>
      <p>{s.overviewIntro}</p>
      <ErrorSummary error={error} />
      {data && (
        <p>
          {fill(s.overviewSummary, {
            checked: data.centresChecked,
            gaps: data.centresWithGaps,
            without: data.centresWithoutStaffList,
          })}
        </p>
      )}
      {data && data.items.length > 0 && (
        <DataTable
          caption={s.overviewTitle}
          captionHidden
          columns={columns}
          rows={data.items}
          rowKey={(r) => r.centreId}
          exportName="continuity-overview"
        />
      )}
    </>
  );
}

export function StaffContinuity({ centre }: { centre: StaffCentre }) {
  const { m, lang } = useI18n();
  const s = m.staff;
  const { roles } = useSession();
  const { data, error } = useGet('/api/v1/centres/{id}/continuity', { params: { path: { id: centre.id } } });
  const columns: Column<Gap>[] = [
    { key: 'date', header: s.date, rowHeader: true, sortValue: (g) => g.date, cell: (g) => formatDate(g.date) },
    { key: 'point', header: s.point, sortValue: (g) => g.servicePoint.name, cell: (g) => g.servicePoint.name },
    {
      key: 'hours',
      header: s.hours,
      sortValue: (g) => g.minutes,
      csv: (g) => g.hours.join(', '),
      cell: (g) => g.hours.join(', '),
    },
    { key: 'reason', header: s.reason, sortValue: (g) => s.reasons[g.reason], cell: (g) => s.reasons[g.reason] },
    {
      key: 'absent',
      header: s.absentees,
      sortValue: (g) => g.absentees.map((a) => a.name).join(', '),
      cell: (g) =>
        g.absentees
          .map((a) => `${a.name} (${s.kinds[a.kind]}${a.substitute ? `; ${s.substitute}: ${a.substitute}` : ''})`)
          .join('; ') || '—',
    },
  ];
  return (
    <>
      <h2>{s.continuityTitle}</h2>
      <p>{s.continuityIntro}</p>
      <ErrorSummary error={error} />
      {!data && !error && <p className="loading">{m.common.loading}</p>}
      {data && <p className="muted">{`${formatDate(data.from)} – ${formatDate(data.to)}`}</p>}
      {data && !data.staffListed && <p className="alert alert--warning">{s.noStaffList}</p>}
      {data && data.gaps.length === 0 && <p>{s.noGaps}</p>}
      {data && data.gaps.length > 0 && (
        <>
          <p className="staff-gap">
            {fill(s.gapsFound, { hours: formatNumber(lang, data.uncoveredHours, 1), count: data.gaps.length })}
          </p>
          <DataTable
            caption={s.continuityTitle}
            captionHidden
            columns={columns}
            rows={data.gaps}
            rowKey={(g) => `${g.date}-${g.servicePoint.id}`}
            exportName="continuity"
          />
        </>
      )}
      {roles.some((r) => NETWORK.includes(r)) && <Overview />}
    </>
  );
}
