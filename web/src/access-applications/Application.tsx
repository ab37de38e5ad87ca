// One access application (CR-22 as amended by AM-1.4, AM-1.11): its employees with their terms, the signed file and
// what it says of its signer (never claimed valid), the DR-20.2 due date, and — for the ministry or the maintainer —
// approve or reject. After an approved grant the organisation's admin accepts the cooperation terms and confirms its
// remote channels here (DR-21.2, DR-22.2).
import { useState } from 'react';
import type { ApiResponse } from '../api/types.ts';
import type { PageProps } from '../app/page-props.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { DocumentLink } from '../shared/DocumentLink.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { formatDate } from '../shared/format.ts';
import { Page } from '../shared/Page.tsx';
import { useGet } from '../useApi.ts';
import { ChannelsList, ConfirmForm, DecisionForms } from './DecisionForms.tsx';
import { SignaturePanel } from './SignaturePanel.tsx';

type Detail = ApiResponse<'getAccessApplication'>;
type Employee = Detail['employees'][number];

function Facts({ d }: { d: Detail }) {
  const { m } = useI18n();
  const a = m.accessApplications;
  return (
    <dl className="facts">
      <dt>{a.organisation}</dt>
      <dd>{d.organisation.name}</dd>
      <dt>{a.action}</dt>
      <dd>{a.actions[d.action]}</dd>
      <dt>{a.status}</dt>
      <dd>{a.statuses[d.status]}</dd>
      <dt>{a.receivedOn}</dt>
      <dd>{formatDate(d.receivedOn)}</dd>
      <dt>{a.decisionDue}</dt>
      <dd>
        {formatDate(d.decisionDue)}
        {d.overdue && <strong> ({a.overdue})</strong>}
      </dd>
      {d.submittedBy && (
        <>
          <dt>{a.submittedBy}</dt>
          <dd>{d.submittedBy.name}</dd>
        </>
      )}
      {d.decidedOn && (
        <>
          <dt>{a.decidedOn}</dt>
          <dd>
            {formatDate(d.decidedOn)}
            {d.decidedBy && ` (${d.decidedBy.name})`}
          </dd>
        </>
      )}
      {d.rejectionReason && (
        <>
          <dt>{a.rejectionReason}</dt>
          <dd>{d.rejectionReason}</dd>
        </>
      )}
      {d.document && (
        <>
          <dt>{a.document}</dt>
          <dd>
            <DocumentLink document={d.document} />
          </dd>
        </>
      )}
      {d.note && (
        <>
          <dt>{a.note}</dt>
          <dd>{d.note}</dd>
        </>
      )}
    </dl>
  );
}

export function AccessApplicationPage({ params }: PageProps) {
  const { m } = useI18n();
  const a = m.accessApplications;
  const { roles } = useSession();
  const id = params.id ?? '';
  const detail = useGet('/api/v1/access-applications/{id}', { params: { path: { id } } });
  const [message, setMessage] = useState('');
  const done = (text: string) => {
    setMessage(text);
    detail.reload();
  };
  const d = detail.data;
  const decider = roles.includes('ministry_supervisor') || roles.includes('maintainer');
  const columns: Column<Employee>[] = [
    { key: 'name', header: a.name, cell: (r) => r.name, sortValue: (r) => r.name, rowHeader: true },
    { key: 'email', header: a.email, cell: (r) => r.email, sortValue: (r) => r.email },
    { key: 'phone', header: a.phone, cell: (r) => r.phone },
    { key: 'position', header: a.position, cell: (r) => r.position, sortValue: (r) => r.position },
    { key: 'workplace', header: a.workplace, cell: (r) => r.workplace, sortValue: (r) => r.workplace },
    {
      key: 'term',
      header: a.term,
      cell: (r) => (r.validUntil ? formatDate(r.validUntil) : a.permanent),
      sortValue: (r) => r.validUntil ?? '9999',
    },
    {
      key: 'outcome',
      header: a.outcome,
      cell: (r) =>
        r.grantId ? a.grantCreated : r.revokedGrants !== null ? fill(a.grantsRevoked, { n: r.revokedGrants }) : '—',
    },
  ];

  return (
    <Page title={d ? `${a.title}: ${d.number}` : a.title} wide>
      <p>
        <Link to="/access-applications">{a.back}</Link>
      </p>
      <ErrorSummary error={detail.error} />
      {message && <p role="status">{message}</p>}
      {d && (
        <>
          <Facts d={d} />
          <section aria-labelledby="app-employees">
            <h2 id="app-employees">{a.employees}</h2>
            <DataTable
              caption={a.employees}
              captionHidden
              columns={columns}
              rows={d.employees}
              rowKey={(r) => r.email}
              exportName={`pieteikums-${d.number}`}
            />
          </section>
          <SignaturePanel signature={d.signature} />
          {decider && d.status === 'submitted' && <DecisionForms id={d.id} onDone={done} />}
          {d.status === 'approved' && d.action === 'grant' && (
            <section aria-labelledby="app-onboarding">
              <h2 id="app-onboarding">{a.onboarding}</h2>
              <p>{a.onboardingIntro}</p>
              {d.onboardingDue && (
                <p>
                  {a.onboardingDue}: {formatDate(d.onboardingDue)}
                </p>
              )}
              <h3>{a.channels}</h3>
              <ChannelsList channels={d.channels} />
              {d.termsAcceptedOn ? (
                <p>
                  {a.termsAcceptedOn}: {formatDate(d.termsAcceptedOn)}
                </p>
              ) : (
                roles.includes('org_admin') &&
                !decider && (
                  <>
                    <p>{a.channelsHint}</p>
                    <ConfirmForm detail={d} onDone={done} />
                  </>
                )
              )}
            </section>
          )}
        </>
      )}
    </Page>
  );
}
