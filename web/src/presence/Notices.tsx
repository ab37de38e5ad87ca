// Institutions' officers at a centre (CR-19.1 … CR-19.5, DR-26.1.9): an institution's coordinator sends notices to
// a regional or national centre (the centre's head may enter one on its behalf, marked so); the centre sees each
// with its sent time and notice-period check, publishes a change and informs the ministry, and sees the conflicts.
import { useMemo, useState } from 'react';
import { client } from '../api.ts';
import type { ApiResponse } from '../api/types.ts';
import { Link, useLocation } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField } from '../shared/Field.tsx';
import { formatDate, formatDateTime, sortByName } from '../shared/format.ts';
import { Page } from '../shared/Page.tsx';
import { useStatus } from '../shared/Status.tsx';
import { useGet } from '../useApi.ts';
import { Briefings } from './Briefings.tsx';
import { CentreHead } from './CentreHead.tsx';
import { NoticeForm } from './NoticeForm.tsx';
import { lateText } from './notice-text.ts';

type Notice = ApiResponse<'createPresenceNoticePublication'>;
type Conflict = ApiResponse<'listPresenceConflicts'>[number];
const INSTITUTION_ROLES = ['institution_coordinator', 'org_admin'];
const LEADS = ['centre_head', 'org_admin'];
/** Who reads the month's CR-5.3 / CR-6.3 compliance (the API's readers). */
const COMPLIANCE_READERS = ['ministry_supervisor', 'auditor', 'maintainer'];

export function PresencePage() {
  const { m } = useI18n();
  const p = m.presence;
  const { me, roles } = useSession();
  const { announce } = useStatus();
  const centres = useGet('/api/v1/centres');
  const organisations = useGet('/api/v1/organisations');
  // An obligation about a notice links here with its centre (/presence?centreId=…).
  const { query } = useLocation();
  const [chosen, setChosen] = useState(query.get('centreId') ?? '');
  const [error, setError] = useState<unknown>(null);
  const grants = me?.grants ?? [];
  const mine = new Set(grants.filter((g) => INSTITUTION_ROLES.includes(g.role)).map((g) => g.organisationId));
  // A centre's own staff (no institution's or network reader's role) read only their centres' notices; the API
  // answers 404 for another centre, so the picker offers theirs and opens on it.
  const onlyOwn = mine.size === 0 && !roles.some((r) => COMPLIANCE_READERS.includes(r));
  const options = useMemo(() => {
    const ownCentre = (c: { id: string; municipality: { id: string } }) =>
      grants.some((g) => (g.centreId ? g.centreId === c.id : g.organisationId === c.municipality.id));
    return sortByName(
      (centres.data?.items ?? []).filter(
        (c) => (c.kind === 'regional' || c.kind === 'national') && (!onlyOwn || ownCentre(c)),
      ),
      (c) => c.name,
    ).map((c) => ({ value: c.id, label: c.name }));
  }, [centres.data, grants, onlyOwn]);
  const centreId = chosen || options[0]?.value || '';
  const institutions = sortByName(
    (organisations.data?.items ?? []).filter(
      (o) =>
        (o.kind === 'institution' || o.kind === 'holder') && (mine.has(o.id) || roles.some((r) => LEADS.includes(r))),
    ),
    (o) => o.name,
  ).map((o) => ({ value: o.id, label: o.name }));
  const names = new Map((organisations.data?.items ?? []).map((o) => [o.id, o.name]));
  const centreNames = new Map((centres.data?.items ?? []).map((c) => [c.id, c.name]));
  const centre = centres.data?.items.find((c) => c.id === centreId);
  // CR-20.3: the municipality's admin records the head's appointment.
  const appoints =
    !!centre && (me?.grants ?? []).some((g) => g.role === 'org_admin' && g.organisationId === centre.municipality.id);
  const notices = useGet(centreId ? '/api/v1/centres/{id}/presence-notices' : null, {
    params: { path: { id: centreId } },
  });
  const conflicts = useGet(centreId ? '/api/v1/centres/{id}/presence-conflicts' : null, {
    params: { path: { id: centreId }, query: {} },
  });
  const lead = roles.some((r) => LEADS.includes(r));

  const publish = async (n: Notice) => {
    setError(null);
    try {
      await client.POST('/api/v1/presence-notices/{id}/publication', { params: { path: { id: n.id } } });
      announce(p.published);
      notices.reload();
    } catch (e) {
      setError(e);
    }
  };
  const who = (n: Notice) => {
    const x = n.substitute ?? n.officer;
    return x ? `${x.position} ${x.name} ${x.surname}` : '';
  };
  const columns: Column<Notice>[] = [
    { key: 'sentAt', header: p.sentAt, cell: (n) => formatDateTime(n.sentAt), sortValue: (n) => n.sentAt },
    {
      key: 'institution',
      header: p.institution,
      cell: (n) => names.get(n.institutionId) ?? '',
      sortValue: (n) => names.get(n.institutionId) ?? '',
    },
    {
      key: 'kind',
      header: p.kind,
      cell: (n) => p.kinds[n.kind as 'absence'],
      sortValue: (n) => n.kind,
      rowHeader: true,
    },
    { key: 'who', header: p.who, cell: who, sortValue: who },
    {
      key: 'period',
      header: p.period,
      cell: (n) => `${formatDate(n.from)}${n.until ? ` – ${formatDate(n.until)}` : ''}`,
      sortValue: (n) => n.from,
    },
    {
      key: 'term',
      header: p.term,
      cell: (n) => (
        <>
          {n.late ? <strong>{p.late}</strong> : p.onTime}
          {n.late && <span className="hint"> {lateText(m, n)}</span>}
          {n.onBehalf && <span className="hint"> · {p.onBehalf}</span>}
        </>
      ),
      sortValue: (n) => (n.late ? 1 : 0),
      csv: (n) => (n.late ? lateText(m, n) : p.onTime),
    },
    {
      key: 'publication',
      header: p.published,
      cell: (n) =>
        n.publishedAt ? (
          formatDateTime(n.publishedAt)
        ) : n.needsPublication && lead ? (
          <button type="button" className="button button--small" onClick={() => publish(n)}>
            {p.publish}
          </button>
        ) : n.needsPublication ? (
          p.toPublish
        ) : (
          ''
        ),
      csv: (n) => n.publishedAt ?? '',
    },
  ];
  const conflictColumns: Column<Conflict>[] = [
    { key: 'date', header: p.date, cell: (c) => formatDate(c.date), sortValue: (c) => c.date },
    {
      key: 'institution',
      header: p.institution,
      cell: (c) => names.get(c.institutionId) ?? '',
      sortValue: (c) => names.get(c.institutionId) ?? '',
    },
    {
      key: 'kind',
      header: p.status,
      cell: (c) => p.conflictKinds[c.kind as 'public_holiday'] ?? c.kind,
      sortValue: (c) => c.kind,
      rowHeader: true,
    },
    {
      key: 'hours',
      header: p.time,
      cell: (c) =>
        `${c.hours}${c.officer ? ` (${c.officer})` : ''}${
          c.otherCentreId ? `, ${fill(p.otherCentre, { centre: centreNames.get(c.otherCentreId) ?? '' })}` : ''
        }`,
    },
  ];

  return (
    <Page title={p.title} wide>
      <p className="lead">{p.intro}</p>
      <ErrorSummary error={error ?? centres.error} />
      <SelectField id="presence-centre" label={p.centre} value={centreId} onChange={setChosen} options={options} />
      {centres.data && options.length === 0 && <p>{p.noCentre}</p>}
      {roles.some((r) => COMPLIANCE_READERS.includes(r)) && (
        <p>
          <Link to="/presence/compliance">{p.complianceLink}</Link>
        </p>
      )}
      {centreId && (
        <p>
          <Link to={`/centres/${centreId}/receiving`}>{p.thisWeek}</Link> ·{' '}
          <Link to={`/centres/${centreId}/lobby`}>{p.lobby}</Link>
        </p>
      )}
      {centreId && <CentreHead key={centreId} centreId={centreId} appoints={appoints} />}
      {centreId && institutions.length > 0 && (
        <section aria-labelledby="presence-send">
          <h2 id="presence-send">{p.send}</h2>
          <NoticeForm
            centreId={centreId}
            institutions={institutions}
            onSent={() => {
              notices.reload();
              conflicts.reload();
            }}
          />
        </section>
      )}
      <h2>{p.notices}</h2>
      <DataTable
        caption={p.notices}
        captionHidden
        columns={columns}
        rows={notices.data ?? []}
        rowKey={(n) => n.id}
        exportName="pazinojumi"
      />
      <Briefings notices={notices.data ?? []} names={names} lead={lead} onChanged={notices.reload} />
      <h2>{p.conflicts}</h2>
      {(conflicts.data ?? []).length === 0 ? (
        <p>{p.noConflicts}</p>
      ) : (
        <DataTable
          caption={p.conflicts}
          captionHidden
          columns={conflictColumns}
          rows={conflicts.data ?? []}
          rowKey={(c) => `${c.date}-${c.institutionId}-${c.kind}-${c.otherCentreId ?? ''}`}
        />
      )}
    </Page>
  );
}
