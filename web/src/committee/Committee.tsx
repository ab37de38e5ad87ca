// The supervisory committee (CR-9): its members with their representatives and periods, the composition check on a
// day naming the bodies point 9 requires that have no member, and the statute the ministry approved. The ministry's
// supervisors add and end memberships and record the statute; committee members and auditors read.
import { useState, type FormEvent } from 'react';
import type { ApiResponse } from '../api/types.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { DocumentLink } from '../shared/DocumentLink.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { formatDate, rigaToday } from '../shared/format.ts';
import { Page } from '../shared/Page.tsx';
import { useGet } from '../useApi.ts';
import { EndMemberForm, MemberForm, StatuteForm } from './CommitteeForms.tsx';

type Member = ApiResponse<'getCommittee'>['members'][number];

export function CommitteePage() {
  const { m, lang } = useI18n();
  const { roles } = useSession();
  const [day, setDay] = useState(rigaToday());
  const [date, setDate] = useState(day);
  const committee = useGet('/api/v1/committee', { params: { query: { date } } });
  const manager = roles.includes('ministry_supervisor');
  const c = m.committee;
  const data = committee.data;

  const check = (event: FormEvent) => {
    event.preventDefault();
    setDate(day);
  };
  const columns: Column<Member>[] = [
    {
      key: 'organisation',
      header: c.organisation,
      cell: (r) => r.organisation.name,
      sortValue: (r) => r.organisation.name,
      rowHeader: true,
    },
    {
      key: 'kind',
      header: c.kind,
      cell: (r) => m.directory.kinds[r.organisation.kind as keyof typeof m.directory.kinds] ?? r.organisation.kind,
      sortValue: (r) => r.organisation.kind,
    },
    {
      key: 'representative',
      header: c.representative,
      cell: (r) => r.representative.name,
      sortValue: (r) => r.representative.name,
    },
    {
      key: 'position',
      header: c.position,
      cell: (r) => r.representative.position ?? '',
      sortValue: (r) => r.representative.position ?? '',
    },
    { key: 'from', header: c.validFrom, cell: (r) => formatDate(r.validFrom), sortValue: (r) => r.validFrom },
    {
      key: 'until',
      header: c.validUntil,
      cell: (r) => (r.validUntil ? formatDate(r.validUntil) : c.openEnded),
      sortValue: (r) => r.validUntil ?? '9999',
    },
  ];

  return (
    <Page title={c.title} wide>
      <p className="lead">{c.intro}</p>
      <p>
        <Link to="/committee/meetings">{c.meetingsLink}</Link>
      </p>
      <ErrorSummary error={committee.error} />
      <section aria-labelledby="committee-composition">
        <h2 id="committee-composition">{c.composition}</h2>
        <form className="filters" onSubmit={check}>
          <div className="field">
            <label htmlFor="committee-date">{c.compositionDate}</label>
            <input id="committee-date" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
          </div>
          <button type="submit" className="button">
            {c.check}
          </button>
        </form>
        {data &&
          (data.composition.complete ? (
            <p role="status">{c.complete}</p>
          ) : (
            <div role="status">
              <p>{c.missing}</p>
              <ul>
                {data.composition.missing.map((x) => (
                  <li key={x.body}>{lang === 'en' ? x.name.en : x.name.lv}</li>
                ))}
              </ul>
            </div>
          ))}
      </section>
      <section aria-labelledby="committee-members">
        <h2 id="committee-members">{c.members}</h2>
        {data && data.members.length === 0 && <p>{c.noMembers}</p>}
        {data && data.members.length > 0 && (
          <DataTable
            caption={c.members}
            columns={columns}
            rows={data.members}
            rowKey={(r) => r.id}
            exportName="komitejas-locekli"
            initialSort={{ key: 'organisation', direction: 'ascending' }}
          />
        )}
        {manager && data && (
          <>
            <MemberForm onDone={committee.reload} />
            <EndMemberForm members={data.members.filter((x) => !x.validUntil)} onDone={committee.reload} />
          </>
        )}
      </section>
      <section aria-labelledby="committee-statute">
        <h2 id="committee-statute">{c.statute}</h2>
        {data && !data.statute && <p>{c.noStatute}</p>}
        {data?.statute && (
          <p>
            {fill(c.statuteApproved, { date: formatDate(data.statute.approvedOn) })}
            {data.statute.document && (
              <>
                {' — '}
                <DocumentLink document={data.statute.document} />
              </>
            )}
            {data.statute.note && ` (${data.statute.note})`}
          </p>
        )}
        {manager && <StatuteForm onDone={committee.reload} />}
      </section>
    </Page>
  );
}
