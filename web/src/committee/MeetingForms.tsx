// The ministry's forms on a meeting's page: add an agenda item (CR-10.1 … CR-10.4), record that the meeting was held
// (CR-11), record a decision with each member organisation's vote, approve the minutes.
import { useState, type FormEvent } from 'react';
import { client } from '../api/client.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextAreaField, TextField } from '../shared/Field.tsx';
import { rigaToday } from '../shared/format.ts';
import { useGet } from '../useApi.ts';
import { useSubmit } from './use-submit.ts';
import type { ApiResponse } from '../api/types.ts';

/** GET /api/v1/committee/meetings/{id}. */
export type MeetingDetail = ApiResponse<'getCommitteeMeeting'>;

const KINDS = [
  'proposal',
  'quality_evaluation',
  'centres_analysis',
  'survey_report',
  'basket_version',
  'other',
] as const;
type Kind = (typeof KINDS)[number];
type VoteValue = 'for' | 'against' | 'abstain';

export function AgendaItemForm({ meetingId, onDone }: { meetingId: string; onDone(): void }) {
  const { m } = useI18n();
  const c = m.committee;
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<Kind>('other');
  const [subjectId, setSubjectId] = useState('');
  const candidates = useGet(kind === 'proposal' ? '/api/v1/committee/agenda-candidates' : null);
  const { error, run } = useSubmit(() => {
    setTitle('');
    setSubjectId('');
    onDone();
  });
  const needsSubject = kind === 'proposal' || kind === 'basket_version';
  const submit = (event: FormEvent) =>
    run(event, () =>
      client.POST('/api/v1/committee/meetings/{id}/agenda-items', {
        params: { path: { id: meetingId } },
        body: { title, subjectKind: kind, ...(needsSubject ? { subjectId: subjectId || null } : {}) },
      }),
    );
  const fields = {
    '/title': { id: 'item-title', label: c.itemTitle },
    '/subjectKind': { id: 'item-kind', label: c.subjectKind },
    '/subjectId': { id: 'item-subject', label: kind === 'proposal' ? c.proposal : c.subjectId },
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="agenda-form">
      <h3 id="agenda-form">{c.addItem}</h3>
      <TextField id="item-title" label={c.itemTitle} value={title} onChange={setTitle} />
      <SelectField
        id="item-kind"
        label={c.subjectKind}
        value={kind}
        onChange={(v) => setKind(v as Kind)}
        options={KINDS.map((k) => ({ value: k, label: c.subjectKinds[k] }))}
      />
      {kind === 'proposal' && (
        <SelectField
          id="item-subject"
          label={c.proposal}
          value={subjectId}
          onChange={setSubjectId}
          placeholder={candidates.data?.length === 0 ? c.noCandidates : c.chooseProposal}
          options={(candidates.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
        />
      )}
      {kind === 'basket_version' && (
        <TextField id="item-subject" label={c.subjectId} value={subjectId} onChange={setSubjectId} />
      )}
      <button type="submit" className="button">
        {c.addItem}
      </button>
      <ErrorSummary error={error} fields={fields} />
    </form>
  );
}

export function HeldForm({ meetingId, onDone }: { meetingId: string; onDone(): void }) {
  const { m } = useI18n();
  const c = m.committee;
  const [heldOn, setHeldOn] = useState(rigaToday());
  const { error, run } = useSubmit(onDone);
  const submit = (event: FormEvent) =>
    run(event, () =>
      client.POST('/api/v1/committee/meetings/{id}/held', { params: { path: { id: meetingId } }, body: { heldOn } }),
    );
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="held-form">
      <h2 id="held-form">{c.markHeld}</h2>
      <TextField id="meeting-held" label={c.heldOn} type="date" value={heldOn} onChange={setHeldOn} />
      <button type="submit" className="button button--primary">
        {c.markHeld}
      </button>
      <ErrorSummary error={error} fields={{ '/heldOn': { id: 'meeting-held', label: c.heldOn } }} />
    </form>
  );
}

export function DecisionForm({ meeting, onDone }: { meeting: MeetingDetail; onDone(): void }) {
  const { m } = useI18n();
  const c = m.committee;
  const open = meeting.agenda.filter((i) => !i.decision);
  const [itemId, setItemId] = useState('');
  const [text, setText] = useState('');
  const [votes, setVotes] = useState<Record<string, VoteValue | ''>>({});
  const { error, run } = useSubmit(() => {
    setItemId('');
    setText('');
    setVotes({});
    onDone();
  });
  if (open.length === 0) return null;
  const voters = [...new Map(meeting.members.map((x) => [x.organisation.id, x.organisation])).values()];
  const submit = (event: FormEvent) =>
    run(event, () =>
      client.POST('/api/v1/committee/meetings/{id}/decisions', {
        params: { path: { id: meeting.id } },
        body: {
          agendaItemId: itemId,
          text,
          votes: Object.entries(votes)
            .filter((e): e is [string, VoteValue] => e[1] !== '')
            .map(([organisationId, vote]) => ({ organisationId, vote })),
        },
      }),
    );
  const fields = {
    '/agendaItemId': { id: 'decision-item', label: c.agendaItem },
    '/text': { id: 'decision-text', label: c.decisionText },
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="decision-form">
      <h2 id="decision-form">{c.recordDecision}</h2>
      <SelectField
        id="decision-item"
        label={c.agendaItem}
        value={itemId}
        onChange={setItemId}
        placeholder={c.chooseItem}
        options={open.map((i) => ({ value: i.id, label: `${i.position}. ${i.title}` }))}
      />
      <TextAreaField id="decision-text" label={c.decisionText} value={text} onChange={setText} rows={3} />
      <fieldset>
        <legend>{c.votes}</legend>
        {voters.map((o, n) => (
          <SelectField
            key={o.id}
            id={`vote-${n}`}
            label={fill(c.voteOf, { name: o.name })}
            value={votes[o.id] ?? ''}
            onChange={(v) => setVotes({ ...votes, [o.id]: v as VoteValue | '' })}
            placeholder={c.notVoting}
            options={(['for', 'against', 'abstain'] as const).map((v) => ({ value: v, label: c.voteOptions[v] }))}
          />
        ))}
      </fieldset>
      <button type="submit" className="button button--primary">
        {c.recordDecision}
      </button>
      <ErrorSummary error={error} fields={fields} />
    </form>
  );
}

export function ApproveMinutesForm({ meetingId, onDone }: { meetingId: string; onDone(): void }) {
  const { m } = useI18n();
  const c = m.committee;
  const [approvedOn, setApprovedOn] = useState(rigaToday());
  const { error, run } = useSubmit(onDone);
  const submit = (event: FormEvent) =>
    run(event, () =>
      client.POST('/api/v1/committee/meetings/{id}/minutes/approval', {
        params: { path: { id: meetingId } },
        body: { approvedOn },
      }),
    );
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="approve-form">
      <h3 id="approve-form">{c.approveMinutes}</h3>
      <TextField id="minutes-approved" label={c.approvedOn} type="date" value={approvedOn} onChange={setApprovedOn} />
      <button type="submit" className="button button--primary">
        {c.approveMinutes}
      </button>
      <ErrorSummary error={error} fields={{ '/approvedOn': { id: 'minutes-approved', label: c.approvedOn } }} />
    </form>
  );
}
