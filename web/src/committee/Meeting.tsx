// One committee meeting: its agenda (each item with what it is about and the CR-10 point it serves), the decisions
// with every member organisation's vote, and the minutes — a draft PDF after the meeting, the stored final PDF once
// approved. The ministry edits a planned meeting (its day, place and agenda items, CR-11), adds items, records that the
// meeting was held, records decisions and approves the minutes; a held meeting's day, place and items stay as they were.
import { useState } from 'react';
import type { ApiResponse } from '../api/types.ts';
import { Link } from '../app/router.tsx';
import type { PageProps } from '../app/page-props.ts';
import { useSession } from '../app/session.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { formatDate } from '../shared/format.ts';
import { Page } from '../shared/Page.tsx';
import { useGet } from '../useApi.ts';
import { AgendaItemEdit, MeetingEditForm } from './MeetingEdit.tsx';
import { AgendaItemForm, ApproveMinutesForm, DecisionForm, HeldForm } from './MeetingForms.tsx';

type Item = ApiResponse<'getCommitteeMeeting'>['agenda'][number];

function DecisionView({ item }: { item: Item }) {
  const { m } = useI18n();
  const c = m.committee;
  const d = item.decision;
  if (!d) return <p>{c.noDecision}</p>;
  return (
    <div>
      <p>
        <strong>{c.decision}: </strong>
        {d.text} — <strong>{d.adopted ? c.adopted : c.rejected}</strong> (
        {fill(c.tally, { for: d.tally.for, against: d.tally.against, abstain: d.tally.abstain })})
      </p>
      {d.votes.length > 0 && (
        <ul aria-label={c.votes}>
          {d.votes.map((v) => (
            <li key={v.organisation.id}>
              {v.organisation.name}: {c.voteOptions[v.vote]}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function CommitteeMeetingPage({ params }: PageProps) {
  const { m } = useI18n();
  const c = m.committee;
  const { roles } = useSession();
  const id = params.id ?? '';
  const meeting = useGet('/api/v1/committee/meetings/{id}', { params: { path: { id } } });
  const [message, setMessage] = useState('');
  const data = meeting.data;
  const manager = roles.includes('ministry_supervisor') && data?.status !== 'minutes_approved';
  // CR-11: a planned meeting can be edited until it is held.
  const planned = manager && data?.status === 'planned';
  const done = (text: string) => {
    setMessage(text);
    meeting.reload();
  };
  const title = data ? fill(c.meetingTitle, { date: formatDate(data.heldOn ?? data.plannedOn) }) : c.meetings;

  return (
    <Page title={title} wide>
      <p>
        <Link to="/committee/meetings">{c.backToMeetings}</Link>
      </p>
      <ErrorSummary error={meeting.error} />
      {message && <p role="status">{message}</p>}
      {data && (
        <>
          <dl className="facts">
            <dt>{c.status}</dt>
            <dd>
              {c.statuses[data.status]}
              {data.demo && ` (${c.demo})`}
            </dd>
            <dt>{c.plannedOn}</dt>
            <dd>{formatDate(data.plannedOn)}</dd>
            {data.heldOn && (
              <>
                <dt>{c.heldOn}</dt>
                <dd>{formatDate(data.heldOn)}</dd>
              </>
            )}
            <dt>{c.place}</dt>
            <dd>{data.place}</dd>
          </dl>
          <section aria-labelledby="meeting-agenda">
            <h2 id="meeting-agenda">{c.agenda}</h2>
            {data.agenda.length === 0 && <p>{c.noAgenda}</p>}
            <ol className="agenda">
              {data.agenda.map((item) => (
                <li key={item.id}>
                  <h3>{item.title}</h3>
                  <p>
                    {c.subjectKinds[item.subject.kind]}
                    {item.subject.title && (
                      <>
                        {': '}
                        <Link to={`/proposals/${item.subject.id}`}>{item.subject.title}</Link>
                      </>
                    )}
                  </p>
                  <DecisionView item={item} />
                  {planned && <AgendaItemEdit meeting={data} item={item} onDone={done} />}
                </li>
              ))}
            </ol>
            {manager && <AgendaItemForm meetingId={id} onDone={() => done(c.itemAdded)} />}
          </section>
          {planned && <MeetingEditForm meeting={data} onDone={done} />}
          {manager && data.status === 'planned' && <HeldForm meetingId={id} onDone={() => done(c.heldRecorded)} />}
          {manager && data.status === 'held' && <DecisionForm meeting={data} onDone={() => done(c.decisionRecorded)} />}
          <section aria-labelledby="meeting-minutes">
            <h2 id="meeting-minutes">{c.minutes}</h2>
            {data.minutes.state === 'none' && <p>{c.minutesNone}</p>}
            {data.minutes.state !== 'none' && (
              <p>
                <a href={`/api/v1/committee/meetings/${encodeURIComponent(id)}/minutes.pdf`}>
                  {data.minutes.state === 'final' ? c.minutesFinal : c.minutesDraft}
                </a>
              </p>
            )}
            {data.minutesApprovedOn && <p>{fill(c.minutesApprovedOn, { date: formatDate(data.minutesApprovedOn) })}</p>}
            {manager && data.status === 'held' && (
              <ApproveMinutesForm meetingId={id} onDone={() => done(c.minutesApproved)} />
            )}
          </section>
        </>
      )}
    </Page>
  );
}
